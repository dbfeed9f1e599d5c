import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  FinModelError,
  cumipmt,
  cumprinc,
  daysBetween,
  effect,
  fv,
  ipmt,
  irr,
  irrDetails,
  mirr,
  money,
  nominal,
  nper,
  npv,
  percent,
  pmt,
  ppmt,
  pv,
  rate,
  rateDetails,
  ratio,
  rri,
  xirr,
  xirrDetails,
  xnpv,
} from "finmodel";
import { IRR, XIRR } from "finmodel/excel";
import { codeOf as code } from "../../support/errors.js";

const n = (d: Decimal) => d.toNumber();

describe("finmodel face: values and types", () => {
  it("npv: the spreadsheet convention by default, numpy's on request; they differ by (1 + r)", () => {
    const flows = [-10000, 3000, 4200, 6800];
    const excel = n(npv(0.1, flows));
    const zero = n(npv(0.1, flows, { convention: "first-at-time-zero" }));
    expect(excel).toBeCloseTo(1188.44, 2);
    expect(zero).toBeCloseTo(excel * 1.1, 9);
    // numpy-style: -10000 + 3000/1.1 + 4200/1.21 + 6800/1.331 = 1307.29
    expect(zero).toBeCloseTo(-10000 + 3000 / 1.1 + 4200 / 1.21 + 6800 / 1.331, 9);
  });
  it("results are Decimals from the double's shortest representation", () => {
    const d = pmt(0.08 / 12, 10, 10000);
    expect(d).toBeInstanceOf(Decimal);
    // The double nearest −1037.03208935915217752… (the payment at 60 digits), written shortest.
    expect(d.toString()).toBe(String(-1037.0320893591522));
  });
  it("Money in, Money of the same currency out; Ratio rates accepted", () => {
    const m = pmt(percent(8).value.div(12), 10, money(10000, "HKD"), { fv: money(0, "HKD") });
    expect(m.currency).toBe("HKD");
    expect(m.amount.toFixed(2)).toBe("-1037.03");
    expect(npv(ratio(0.1), [money(-100, "USD"), money(121, "USD")]).currency).toBe("USD");
    expect(fv(ratio(0.1), 2, money(0, "EUR"), { pv: money(-100, "EUR") }).amount.toFixed(10)).toBe("121.0000000000");
    expect(irr([money(-100, "USD"), money(0, "USD"), money(121, "USD")], { guess: ratio(0.2) }).value.toFixed(12)).toBe("0.100000000000");
  });
  it("mixed currencies are CURRENCY_MISMATCH; quantities of the wrong kind UNIT_MISMATCH", () => {
    expect(code(() => npv(0.1, [money(-100, "USD"), money(110, "HKD")]))).toBe("CURRENCY_MISMATCH");
    // @ts-expect-error -- mixing currencies fails to compile, and throws at run time
    expect(code(() => pmt(0.1, 10, money(1, "USD"), { fv: money(1, "EUR") }))).toBe("CURRENCY_MISMATCH");
    expect(code(() => pmt(money(1, "USD") as never, 10, 100))).toBe("UNIT_MISMATCH");
    expect(code(() => pmt(0.1, ratio(10) as never, 100))).toBe("UNIT_MISMATCH");
  });
  it("rates come back as Ratios", () => {
    for (const r of [irr([-100, 110]), xirr([-100, 110], ["2025-01-01", "2026-01-01"]), rate(10, 0, -100, { fv: 200 }), rri(2, 100, 121), effect(0.05, 12), nominal(0.05, 12), mirr([-100, 60, 60], 0.1, 0.1)]) {
      expect(r.kind).toBe("ratio");
    }
  });
  it("irrDetails lists every root: [-100, 230, -132] has 10% and 20%", () => {
    // -100 + 230/1.1 - 132/1.21 = -100 + 209.0909 - 109.0909 = 0; -100 + 230/1.2 - 132/1.44 = -100 + 191.667 - 91.667 = 0
    const info = irrDetails([-100, 230, -132]);
    expect(info.roots.map((r) => r.value.toNumber())).toEqual([expect.closeTo(0.1, 12), expect.closeTo(0.2, 12)]);
    expect(info.rate.value.toNumber()).toBeCloseTo(0.1, 12);
    expect(irrDetails([-100, 230, -132], { guess: 0.25 }).rate.value.toNumber()).toBeCloseTo(0.2, 12);
    expect(info.residual.toNumber()).toBeLessThanOrEqual(1e-10);
    // The spreadsheet face returns the root Newton reaches from the guess.
    expect(IRR([-100, 230, -132], 0.05)).toBeCloseTo(0.1, 12);
    expect(IRR([-100, 230, -132], 0.3)).toBeCloseTo(0.2, 12);
  });
  it("xirrDetails and rateDetails say how they solved", () => {
    expect(xirrDetails([-100, 110], ["2025-01-01", "2026-01-01"]).method).toBe("closed-form");
    const dated = xirrDetails([-10000, 2750, 4250, 3250, 2750], ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"]);
    expect(dated.method).toBe("newton");
    expect(dated.roots).toHaveLength(1);
    expect(rateDetails(10, 0, -1000, { fv: 2000 }).method).toBe("closed-form");
    // (1 + r)^10 = 2 ⇒ r = 2^(1/10) − 1 = 0.0717734625…
    expect(rate(10, 0, -1000, { fv: 2000 }).value.toNumber()).toBeCloseTo(2 ** 0.1 - 1, 15);
  });
  it("xirr reads Date, ISO strings and CalendarDates alike; day counts match daysBetween", () => {
    const flows = [-1000, 300, 400, 500];
    const iso = ["2024-01-31", "2024-02-29", "2024-07-15", "2025-03-01"];
    const a = xirr(flows, iso).value.toString();
    expect(xirr(flows, iso.map((d) => new Date(d))).value.toString()).toBe(a);
    expect(xirr(flows, [{ year: 2024, month: 1, day: 31 }, { year: 2024, month: 2, day: 29 }, { year: 2024, month: 7, day: 15 }, { year: 2025, month: 3, day: 1 }]).value.toString()).toBe(a);
    // Same result from an XNPV built on daysBetween.
    const r = xirr(flows, iso).value.toNumber();
    const byDays = flows.reduce((s, c, i) => s + c / (1 + r) ** (daysBetween(iso[0]!, iso[i]!) / 365), 0);
    expect(Math.abs(byDays)).toBeLessThan(1e-9);
    expect(xnpv(r, flows, iso).toNumber()).toBeCloseTo(0, 9);
    expect(code(() => xirr(flows, [20240131, 1, 2, 3] as never))).toBe("INVALID_PERIOD");
  });
  it("cumipmt/cumprinc match the sums of ipmt/ppmt and refuse fractional periods", () => {
    let i = 0;
    let p = 0;
    for (let k = 13; k <= 24; k++) {
      i += n(ipmt(0.0075, k, 360, 125000));
      p += n(ppmt(0.0075, k, 360, 125000));
    }
    expect(n(cumipmt(0.0075, 360, 125000, 13, 24))).toBeCloseTo(i, 8);
    expect(n(cumprinc(0.0075, 360, 125000, 13, 24))).toBeCloseTo(p, 8);
    expect(code(() => cumipmt(0.0075, 360, 125000, 1.5, 24))).toBe("OUT_OF_DOMAIN");
  });
  it("errors: rate ≤ −1, bad timing, bad options, bad convention", () => {
    expect(code(() => pmt(-1, 10, 100))).toBe("OUT_OF_DOMAIN");
    expect(code(() => pmt(0.1, 10, 100, { timing: "start" as "end" }))).toBe("OUT_OF_DOMAIN");
    expect(code(() => pmt(0.1, 10, 100, "fv" as never))).toBe("OUT_OF_DOMAIN");
    expect(code(() => npv(0.1, [1], { convention: "numpy" as "excel" }))).toBe("OUT_OF_DOMAIN");
    expect(code(() => irr([-1, 2], { maxIterations: 0 }))).toBe("OUT_OF_DOMAIN");
    expect(code(() => irr([-1, 2], { tolerance: 0 }))).toBe("OUT_OF_DOMAIN");
    expect(code(() => effect(0.05, 0))).toBe("OUT_OF_DOMAIN");
    expect(code(() => rri(10, 0, 100))).toBe("OUT_OF_DOMAIN");
  });
  it("the finmodel face allows negative nominal rates where the spreadsheet does not", () => {
    // (1 − 0.04/4)^4 − 1 = 0.99^4 − 1 = −0.03940399
    expect(effect(-0.04, 4).value.toNumber()).toBeCloseTo(-0.03940399, 15);
  });
});

describe("properties", () => {
  const rateArb = fc.double({ min: -0.5, max: 0.5, noNaN: true }).filter((r) => Math.abs(r) > 1e-6);
  const nperArb = fc.integer({ min: 1, max: 360 });
  const amountArb = fc.double({ min: 1, max: 1e6, noNaN: true });

  it("NPV at the IRR is ≈ 0 (relative to the discounted flows)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 30 }), amountArb, (inflows, outlay) => {
        const flows = [-outlay, ...inflows];
        const r = IRR(flows);
        const terms = flows.map((c, i) => c / (1 + r) ** i);
        const sum = terms.reduce((a, b) => a + b, 0);
        const scale = terms.reduce((a, b) => a + Math.abs(b), 0);
        expect(Math.abs(sum) / scale).toBeLessThan(1e-9);
      }),
    );
  });

  it("XNPV at the XIRR is ≈ 0", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 20 }), amountArb, (rest, outlay) => {
        const flows = [-outlay];
        const days = [40000];
        for (const [c, gap] of rest) {
          flows.push(c);
          days.push(days[days.length - 1]! + gap);
        }
        let r: number;
        try {
          r = XIRR(flows, days);
        } catch (e) {
          // Only an unrepresentable root (below −100% + 1 ulp) may fail.
          expect((e as FinModelError).code).toBe("NO_SOLUTION");
          return;
        }
        const terms = flows.map((c, i) => c / (1 + r) ** ((days[i]! - days[0]!) / 365));
        const sum = terms.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum) / terms.reduce((a, b) => a + Math.abs(b), 0)).toBeLessThan(1e-9);
      }),
    );
  });

  it("pv, fv, pmt, nper and rate are mutually consistent", () => {
    fc.assert(
      // One payment in advance repays the loan at once for every rate, so at least 2 periods.
      fc.property(fc.double({ min: 0.001, max: 0.2, noNaN: true }), fc.integer({ min: 2, max: 360 }), amountArb, fc.constantFrom<"end" | "begin">("end", "begin"), (r, periods, loan, timing) => {
        // Beyond (1+r)^n ≈ 1e8 the payment is the interest to double precision (a perpetuity).
        fc.pre((1 + r) ** periods < 1e8);
        const payment = n(pmt(r, periods, loan, { timing }));
        expect(n(pv(r, periods, payment, { timing }))).toBeCloseTo(loan, Math.max(0, 8 - Math.round(Math.log10(loan))));
        expect(Math.abs(n(fv(r, periods, payment, { pv: loan, timing })))).toBeLessThan(1e-8 * loan * (1 + r) ** periods);
        // NPER and RATE amplify the payment's last-digit rounding by about (1 + r)^n.
        const amplification = 1e-13 * (1 + r) ** periods;
        expect(Math.abs(n(nper(r, payment, loan, { timing })) - periods)).toBeLessThanOrEqual(1e-9 + periods * amplification);
        expect(Math.abs(rate(periods, payment, loan, { timing }).value.toNumber() - r)).toBeLessThanOrEqual(1e-9 + amplification);
      }),
    );
  });

  it("late interest in a long loan at a high rate is the interest on the small remaining balance", () => {
    // 215 payments at 28.17%: before payment 213, two payments are left, so the balance is
    // PV of 2 payments ≈ 16.74·(1/1.2817 + 1/1.2817²) = 23.25, and its interest is 0.2817·23.25 = 8.79 (the forward formula would give −1.5e8).
    const p = -n(pmt(0.2817396373594625, 215, 59.42820716513527));
    const balance = p / 1.2817396373594625 + p / 1.2817396373594625 ** 2 + p / 1.2817396373594625 ** 3;
    expect(n(ipmt(0.2817396373594625, 213, 215, 59.42820716513527))).toBeCloseTo(-0.2817396373594625 * balance, 9);
  });

  it("ipmt + ppmt == pmt", () => {
    fc.assert(
      fc.property(rateArb, nperArb, amountArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom<"end" | "begin">("end", "begin"), (r, periods, loan, at, timing) => {
        const per = 1 + Math.floor(at * (periods - 1));
        const total = n(pmt(r, periods, loan, { timing }));
        const parts = n(ipmt(r, per, periods, loan, { timing })) + n(ppmt(r, per, periods, loan, { timing }));
        const scale = Math.max(Math.abs(total), Math.abs(n(ipmt(r, per, periods, loan, { timing }))));
        expect(Math.abs(parts - total)).toBeLessThanOrEqual(1e-12 * scale);
      }),
    );
  });

  it("effect(nominal(x, n), n) == x", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 2, noNaN: true }), fc.integer({ min: 1, max: 365 }), (x, k) => {
        const back = effect(nominal(x, k), k).value.toNumber();
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  it("tiny rates (1e-12) agree with the rate → 0 limits", () => {
    fc.assert(
      fc.property(fc.constantFrom(1e-12, -1e-12, 1e-15), nperArb, amountArb, (r, periods, loan) => {
        // At r = 0: pmt = −pv/n, fv = −(pv + pmt·n), pv = −pmt·n, nper = −pv/pmt.
        const rel = (x: number, y: number) => Math.abs(x - y) / Math.abs(y);
        expect(rel(n(pmt(r, periods, loan)), -loan / periods)).toBeLessThan(1e-9);
        expect(rel(n(fv(r, periods, -10, { pv: -loan })), loan + 10 * periods)).toBeLessThan(1e-9);
        expect(rel(n(pv(r, periods, -10)), 10 * periods)).toBeLessThan(1e-9);
        // NPER moves by r·n²/2 to first order (5e-5 for n = 1e4 and r = 1e-12): compare relatively.
        expect(Math.abs(n(nper(r, -10, loan)) - loan / 10)).toBeLessThanOrEqual(1e-6 * (loan / 10));
        // And exactly to first order: pmt(r) ≈ −pv/n·(1 + r·(n+1)/2)
        const expected = (-loan / periods) * (1 + (r * (periods + 1)) / 2);
        expect(Math.abs(n(pmt(r, periods, loan)) - expected)).toBeLessThanOrEqual(1e-13 * loan);
        expect(effect(r * 12, 12).value.toNumber() / (r * 12)).toBeCloseTo(1, 9);
        // (1 + 1e-12)^(1/n) − 1 = 1e-12/n to first order; fv − pv = 1 is exact here.
        expect((rri(periods, 1e12, 1e12 + 1).value.toNumber() * periods) / 1e-12).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe("cumipmt keeps the currency of its amount", () => {
  it("a lone Money amount in any currency gives Money in that currency", async () => {
    const { cumipmt, money } = await import("finmodel");
    expect(cumipmt(0.01, 10, money(100, "XXX"), 1, 2).currency).toBe("XXX");
  });
});
