// Accuracy of the float64 time-value kernels against an independent reference: the textbook
// formulas evaluated in decimal.js at 60 significant digits, where the cancellations that
// ruin them in double precision cost nothing that matters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "finmodel";
import { CUMIPMT, CUMPRINC, FV, IPMT, IRR, MIRR, PMT, PPMT, PV, RATE, RRI, XIRR } from "finmodel/excel";
import { ipmt, irr, ppmt, rateDetails } from "finmodel";
import { cumulativeKernel } from "../../../src/metrics/tvm/kernels.js";

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
type D = InstanceType<typeof D>;
/** A double's exact binary value (to 100 digits, rounded to 60), not its shortest decimal: 0.1 is 0.1000000000000000055511…. */
const d = (x: number | string): D => new D(typeof x === "number" ? x.toPrecision(100) : x);

/** The reference payment and its split, straight from the definitions (spreadsheet IPMT = FV(rate, per − 1, PMT, pv, type)·rate). */
function reference(rate: number, per: number, nper: number, pv: number, fv: number, type: 0 | 1) {
  const r = d(rate);
  const k = type === 1 ? r.plus(1) : d(1);
  const g = r.plus(1).pow(nper);
  const payment = d(pv).times(g).plus(d(fv)).times(r).neg().div(k.times(g.minus(1)));
  let interest: D;
  if (type === 1 && per === 1) interest = d(0);
  else {
    const gk = r.plus(1).pow(per - 1);
    const balance = d(pv).times(gk).plus(payment.times(k).times(gk.minus(1)).div(r)).neg();
    interest = type === 1 ? balance.times(r).div(r.plus(1)) : balance.times(r);
  }
  return { payment, interest, principal: payment.minus(interest) };
}

/** |got − ref| / |ref| (0 when both are 0). */
function relErr(got: number, ref: D): number {
  if (ref.isZero()) return got === 0 ? 0 : Number.POSITIVE_INFINITY;
  return d(got).minus(ref).abs().div(ref.abs()).toNumber();
}

describe("payment splits: relative error ≤ 1e-9 against the 60-digit reference", () => {
  it("the issue's cases", () => {
    // Each of these lost every digit when the interest came from a difference of large balances.
    expect(relErr(PPMT(0.1, 250, 500, 1000), reference(0.1, 250, 500, 1000, 0, 0).principal)).toBeLessThan(1e-9);
    expect(PPMT(0.1, 250, 500, 1000)).toBeLessThan(0); // the principal of a loan payment is paid out
    expect(relErr(IPMT(0.3, 100, 200, 1000), reference(0.3, 100, 200, 1000, 0, 0).interest)).toBeLessThan(1e-9);
    // cumprinc over the whole loan repays exactly the loan.
    expect(Math.abs(CUMPRINC(0.2, 300, 1000, 1, 300, 0) + 1000)).toBeLessThan(1e-9 * 1000);
  });

  it("a grid of long terms and high rates, both timings, with and without a balloon", () => {
    const rates = [1e-9, 1e-4, 0.004, 0.05, 0.1, 0.3, 1];
    const terms = [1, 2, 12, 60, 360, 500, 1000];
    let checked = 0;
    for (const r of rates) {
      for (const n of terms) {
        // The reference subtracts numbers of size (1+r)^n: keep 20 of its 60 digits.
        if (n * Math.log10(1 + r) > 40) continue;
        for (const type of [0, 1] as const) {
          for (const fv of [0, -250]) {
            for (const per of new Set([1, 2, Math.ceil(n / 2), n - 1, n].filter((p) => p >= 1 && p <= n))) {
              const ref = reference(r, per, n, 1000, fv, type);
              const where = `r=${r} per=${per} n=${n} fv=${fv} type=${type}`;
              expect(relErr(IPMT(r, per, n, 1000, fv, type), ref.interest), `IPMT ${where}`).toBeLessThanOrEqual(1e-9);
              expect(relErr(PPMT(r, per, n, 1000, fv, type), ref.principal), `PPMT ${where}`).toBeLessThanOrEqual(1e-9);
              expect(relErr(PMT(r, n, 1000, fv, type), ref.payment), `PMT ${where}`).toBeLessThanOrEqual(1e-9);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("cumipmt and cumprinc over ranges of a long loan", () => {
    for (const [r, n] of [
      [0.2, 300],
      [0.1, 500],
      [0.0075, 360],
      [0.3, 150],
    ] as const) {
      for (const type of [0, 1] as const) {
        for (const [s, e] of [
          [1, n],
          [1, 1],
          [n - 10, n],
          [Math.floor(n / 3), Math.floor((2 * n) / 3)],
        ] as const) {
          let interest = d(0);
          let principal = d(0);
          for (let per = s; per <= e; per++) {
            const ref = reference(r, per, n, 125000, 0, type);
            interest = interest.plus(ref.interest);
            principal = principal.plus(ref.principal);
          }
          const where = `r=${r} n=${n} ${s}..${e} type=${type}`;
          expect(relErr(CUMIPMT(r, n, 125000, s, e, type), interest), `CUMIPMT ${where}`).toBeLessThanOrEqual(1e-9);
          expect(relErr(CUMPRINC(r, n, 125000, s, e, type), principal), `CUMPRINC ${where}`).toBeLessThanOrEqual(1e-9);
          // The closed form that takes over beyond LOOP_PERIODS periods, held to the same bound.
          expect(relErr(cumulativeKernel(r, n, 125000, s, e, type, 0, 0), interest), `closed-form CUMIPMT ${where}`).toBeLessThanOrEqual(1e-9);
          expect(relErr(cumulativeKernel(r, n, 125000, s, e, type, 1, 0), principal), `closed-form CUMPRINC ${where}`).toBeLessThanOrEqual(1e-9);
        }
      }
    }
  });

  it("property: any loan, any payment, either timing (both faces)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 600 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.constantFrom(0 as const, 1 as const),
        (r, n, u, pv, balloon, type) => {
          fc.pre(n * Math.log10(1 + r) <= 40);
          const per = Math.min(n, 1 + Math.floor(u * n));
          const fv = -balloon * pv;
          const ref = reference(r, per, n, pv, fv, type);
          expect(relErr(IPMT(r, per, n, pv, fv, type), ref.interest)).toBeLessThanOrEqual(1e-9);
          expect(relErr(PPMT(r, per, n, pv, fv, type), ref.principal)).toBeLessThanOrEqual(1e-9);
          const timing = type === 1 ? "begin" : "end";
          expect(relErr(ipmt(r, per, n, pv, { fv, timing }).toNumber(), ref.interest)).toBeLessThanOrEqual(1e-9);
          expect(relErr(ppmt(r, per, n, pv, { fv, timing }).toNumber(), ref.principal)).toBeLessThanOrEqual(1e-9);
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });
});

describe("scale-safe closed forms: a finite true answer is returned", () => {
  it("PMT(0.5, 2000, 1000) is −500 although 1.5^2000 overflows", () => {
    // PMT = −pv·r / (1 − 1.5^−2000) and 1.5^−2000 ≈ 1e-352 is far below one unit in the last place of 1.
    expect(PMT(0.5, 2000, 1000)).toBe(-500);
  });
  it("PV(−0.9, 300, −1) ≈ 1.11e300 although 0.1^300 leaves little room", () => {
    // PV = −pmt·(1 − 0.1^−300)/(−0.9) = (10^300 − 1)/0.9
    const ref = d(10).pow(300).minus(1).div("0.9");
    expect(relErr(PV(-0.9, 300, -1), ref)).toBeLessThan(1e-12);
  });
  it("FV and PV match the reference where powers overflow but results do not", () => {
    // FV(0.5, 2000, 0, −1e-300): 1e-300·1.5^2000 ≈ 1.8e52.
    expect(relErr(FV(0.5, 2000, 0, -1e-300), d("1e-300").times(d("1.5").pow(2000)))).toBeLessThan(1e-12);
    // PV(0.5, 2000, 0, −1e300): 1e300 / 1.5^2000 ≈ 5.6e-53.
    expect(relErr(PV(0.5, 2000, 0, -1e300), d("1e300").div(d("1.5").pow(2000)))).toBeLessThan(1e-12);
  });
});

describe("RATE finds a root that exists", () => {
  it("RATE(10, 0, −1e7, 1) is RRI(10, 1e7, 1) = (1e-7)^(1/10) − 1 = −0.80047…", () => {
    const ref = d("1e-7").pow(d(1).div(10)).minus(1);
    expect(relErr(RATE(10, 0, -1e7, 1), ref)).toBeLessThan(1e-14);
    expect(relErr(RRI(10, 1e7, 1), ref)).toBeLessThan(1e-14);
  });
  it("ordinary cases still converge by Newton from the guess, as a spreadsheet's would", () => {
    // The equation is divided by (1+r)^n only where that power passes 1e150; elsewhere Newton's
    // steps are the spreadsheet's (the divided form would overshoot from 0.1 to below 0 here).
    expect(rateDetails(48, -200, 8000).method).toBe("newton");
    expect(rateDetails(60, -10, 1000).method).toBe("newton");
  });
  it("RATE(2000, 100, −150) = 2/3 and RATE(1200, 100, −150) = 2/3", () => {
    // −150 + 100·(1 − (1+r)^−n)/r = 0 at r = 2/3 up to (5/3)^−n, below double precision for n ≥ 1200.
    expect(RATE(2000, 100, -150)).toBeCloseTo(2 / 3, 14);
    expect(RATE(1200, 100, -150)).toBeCloseTo(2 / 3, 14);
  });
  it("property: with no payments, RATE is (−fv/pv)^(1/n) − 1 for ratios up to 1e±200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: -200, max: 200, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (n, e, pv) => {
        const fv = -pv * 10 ** e;
        const ref = d(-fv).div(d(pv)).pow(d(1).div(n)).minus(1);
        fc.pre(!ref.eq(-1) && ref.gt(-1 + 1e-12));
        expect(relErr(RATE(n, 0, pv, fv), ref)).toBeLessThan(1e-9);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
  it("property: a rate built into an annuity is found again (one sign change, one root)", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 5, noNaN: true }), fc.integer({ min: 1, max: 3000 }), fc.double({ min: 1, max: 1e6, noNaN: true }), (r, n, pv) => {
        fc.pre(Math.abs(r) > 1e-6);
        // A loan pv repaid by payments and a last balloon of −pv: pmt = −pv·r (interest only), fv = −pv.
        const pmt = -pv * r;
        const found = RATE(n, pmt, pv, -pv);
        expect(Math.abs(found - r)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r)));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe("MIRR at the edges", () => {
  it("a finance rate of −100% is harmless when only the first flow is negative", () => {
    // (300·1.1² + 400·1.1 + 500) / 1000 = 1.303; 1.303^(1/3) − 1 = 0.09223…
    const ref = d("1.303").pow(d(1).div(3)).minus(1);
    expect(relErr(MIRR([-1000, 300, 400, 500], -1, 0.1), ref)).toBeLessThan(1e-14);
    expect(() => MIRR([-1000, -300, 400, 500], -1, 0.1)).toThrow(/after time 0/);
  });
  it("1,100 small negative flows financed at −50%: the sums overflow, the answer does not", () => {
    const flows = [...Array.from({ length: 1099 }, () => -1), 1e10];
    // PV of the negatives = −Σ 2^i = −(2^1099 − 1); FV of the positive = 1e10.
    const ref = d(1e10).div(d(2).pow(1099).minus(1)).pow(d(1).div(1099)).minus(1);
    const got = MIRR(flows, -0.5, 0.1);
    expect(got).toBeGreaterThan(-1);
    expect(relErr(got, ref)).toBeLessThan(1e-12);
  });
  it("property: MIRR is unchanged when every flow is scaled by a power of two", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: -1070, max: 900 }), (flows, k) => {
        fc.pre(flows.some((c) => c < 0) && flows.some((c) => c > 0));
        const s = (x: number) => x * 2 ** Math.max(k, -1022) * 2 ** Math.min(0, k + 1022);
        const base = MIRR(flows, 0.08, 0.12);
        expect(Math.abs(MIRR(flows.map(s), 0.08, 0.12) - base)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(base)));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe("IRR and XIRR are scale-invariant down to the subnormal range", () => {
  const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
  it("flows times 2^−1060 (subnormal, still exact) give the same IRR", () => {
    const tiny = flows.map((c) => c * 2 ** -1060);
    expect(tiny.every((c) => Math.abs(c) < 2.2250738585072014e-308 && c * 2 ** 1060 !== 0)).toBe(true);
    expect(IRR(tiny)).toBe(IRR(flows));
    expect(irr(tiny).value.toNumber()).toBe(IRR(flows));
  });
  it("property: IRR and XIRR of c·2^k equal those of c for every k that keeps the flows exact", () => {
    const dates = ["2020-01-01", "2020-07-01", "2021-01-01", "2021-09-15", "2022-01-01", "2023-03-01"];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: -1070, max: 1000 }), (c, k) => {
        c[0] = -Math.abs(c[0]!) - 1;
        c[5] = Math.abs(c[5]!) + 1;
        const scaled = c.map((x) => x * 2 ** Math.max(k, -1022) * 2 ** Math.min(0, k + 1022));
        // Exact: scaling back returns the integers.
        fc.pre(scaled.every((x, i) => x * 2 ** -Math.max(k, -1022) * 2 ** -Math.min(0, k + 1022) === c[i]));
        let base: number;
        try {
          base = IRR(c);
        } catch {
          expect(() => IRR(scaled)).toThrow();
          return;
        }
        expect(IRR(scaled)).toBe(base);
        let xbase: number | undefined;
        try {
          xbase = XIRR(c, dates);
        } catch {
          xbase = undefined;
        }
        if (xbase !== undefined) expect(XIRR(scaled, dates)).toBe(xbase);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
