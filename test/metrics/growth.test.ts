import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cagr, cagrBetween, compound, Decimal, FinModelError, growthMultiple, growthRate, money, percent, priorValue, ratio } from "finmodel";
import { thrown } from "../support/errors.js";

// An independent reference: decimal.js at 50 significant digits, not finmodel's constructor.
const D50 = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_EVEN });


const usd = (n: number | string) => money(n, "USD");

describe("growthRate and growthMultiple", () => {
  it("US$75M → US$700M is 9.33× and +833.3%", () => {
    // 700 / 75 = 9.3333…
    expect(growthMultiple(usd(75e6), usd(700e6)).value.toFixed(2)).toBe("9.33");
    expect(growthRate(usd(75e6), usd(700e6)).value.toFixed(4)).toBe("8.3333");
    expect(growthRate(usd(75e6), usd(700e6)).kind).toBe("ratio");
    expect(growthMultiple(75, 700).kind).toBe("multiple");
  });

  it("handles declines and refuses a zero, negative or mixed-currency base", () => {
    expect(growthRate(100, 80).value.toString()).toBe("-0.2"); // 80 / 100 − 1
    expect(growthRate(100, -20).value.toString()).toBe("-1.2"); // profit turned to a loss
    expect(thrown(() => growthRate(0, 5)).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => growthMultiple(-1, 5)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => growthRate(usd(1), money(2, "HKD") as never)).code).toBe("CURRENCY_MISMATCH");
  });
});

describe("cagr", () => {
  it("is exact to the private Decimal's precision: cagr(10.7, 206.5, 5) = 0.807620490403920301…", () => {
    const reference = new D50(206.5).div(10.7).pow(new D50(1).div(5)).minus(1);
    expect(reference.toFixed(18)).toBe("0.807620490403920301");
    const got = cagr(10.7, 206.5, 5).value;
    // 34 significant digits: agrees with the 50-digit reference to 33 decimals
    expect(got.toFixed(18)).toBe("0.807620490403920301");
    expect(new D50(got.toString()).minus(reference).abs().lt("1e-33")).toBe(true);
  });

  it("hand-checked values, fractional years", () => {
    expect(cagr(100, 121, 2).value.toString()).toBe("0.1"); // √1.21 = 1.1
    expect(cagr(1, 8, 3).value.toString()).toBe("1"); // ∛8 = 2
    expect(cagr(1, 2, 0.5).value.toString()).toBe("3"); // 2² = 4
    expect(cagr(100, 0, 3).value.toString()).toBe("-1"); // to zero: −100%
    // 2.5 years from 100 to 200: 2^(0.4) − 1 = 0.319507910772894…
    expect(cagr(100, 200, 2.5).value.toFixed(15)).toBe("0.319507910772894");
    expect(cagr(usd(10.7e9), usd(206.5e9), 5).kind).toBe("ratio");
  });

  it("says why CAGR is undefined", () => {
    const zero = thrown(() => cagr(0, 10, 5));
    expect(zero.code).toBe("OUT_OF_DOMAIN");
    expect(zero.path).toBe("from");
    expect(zero.message).toMatch(/CAGR is undefined from a zero or negative start/);
    expect(thrown(() => cagr(-5, 10, 5)).path).toBe("from");
    const sign = thrown(() => cagr(10, -5, 5));
    expect(sign.code).toBe("OUT_OF_DOMAIN");
    expect(sign.message).toMatch(/changes sign/);
    expect(thrown(() => cagr(10, 20, 0)).message).toMatch(/zero or negative number of years/);
    expect(thrown(() => cagr(10, 20, -1)).path).toBe("years");
    expect(thrown(() => cagr(10, 20, ratio(1) as never)).code).toBe("INVALID_NUMBER");
  });

  it("refuses a CAGR too large to represent, over a tiny number of years (a raw DecimalError escaped)", () => {
    // 10^(1/1e-20) = 10^(1e20): past Decimal's own range; 10^(1/1e-4) = 1e10000: past finmodel's
    for (const years of ["1e-20", 2e-323]) {
      const e = thrown(() => cagr(1, 10, years));
      expect([e.code, e.path, e.message]).toEqual(["OUT_OF_DOMAIN", "result", "result would be infinite or not a number (too large to represent); check the inputs"]);
    }
    expect(thrown(() => cagr(1, 10, "0.0001")).code).toBe("OUT_OF_DOMAIN");
  });

  it("property: compound(from, cagr(from, to, n), n) = to within 1e-25 relative", () => {
    const amount = fc.integer({ min: 1, max: 10 ** 12 });
    const years = fc.integer({ min: 1, max: 400 }).map((n) => new Decimal(n).div(8)); // 0.125 … 50 years
    fc.assert(
      fc.property(amount, amount, years, (from, to, n) => {
        // A value collapsing by more than 1e8 a year makes 1 + CAGR tiny, and a 34-digit CAGR near −1
        // then keeps too few digits of 1 + CAGR: that corner is outside the identity's 1e-25 promise.
        fc.pre((to / from) ** (1 / n.toNumber()) >= 1e-8);
        const back = compound(from, cagr(from, to, n), n);
        expect(back.minus(to).abs().div(to).lte("1e-25")).toBe(true);
      }),
    );
  });
});

describe("compound and priorValue", () => {
  it("projects forward and back", () => {
    expect(compound(100, 0.1, 2).toString()).toBe("121"); // 100 × 1.1²
    expect(compound(121, 0.1, -2).toString()).toBe("100"); // negative years discount
    const m = compound(usd(100), percent(10), 3);
    expect(m.currency).toBe("USD");
    expect(m.amount.toString()).toBe("133.1"); // 100 × 1.331
  });

  it("2025 revenue US$75M after +158.9% growth → 2024 revenue ≈ US$28.97M", () => {
    // 75 / 2.589 = 28.96871378910776…
    const prior = priorValue(usd(75e6), percent(158.9));
    expect(prior.currency).toBe("USD");
    expect(prior.amount.div(1e6).toFixed(2)).toBe("28.97");
    expect(prior.amount.toFixed(4)).toBe("28968713.7891");
  });

  it("refuses growth ≤ −100%", () => {
    expect(thrown(() => compound(100, -1, 2)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => priorValue(100, -1)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => priorValue(100, -2)).code).toBe("OUT_OF_DOMAIN");
  });

  it("property: priorValue undoes growth exactly enough", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: -999, max: 100_000 }), (v, g1000) => {
        const g = new Decimal(g1000).div(1000);
        const back = priorValue(v, g).times(g.plus(1));
        expect(back.minus(v).abs().div(v).lte("1e-32")).toBe(true);
      }),
    );
  });

  it("does not mutate its operands", () => {
    const m = usd("1.5");
    const r = ratio("0.1");
    compound(m, r, 2);
    expect(m.amount.toString()).toBe("1.5");
    expect(r.value.toString()).toBe("0.1");
  });
});

describe("cagrBetween", () => {
  it("30/360 US gives whole years on anniversaries", () => {
    // 2024-01-01 → 2026-01-01 is 720 / 360 = 2 years: √1.21 − 1
    expect(cagrBetween(100, 121, "2024-01-01", "2026-01-01", { basis: "30/360 US" }).value.toString()).toBe("0.1");
  });

  it("ACT/365F by default: 731 days", () => {
    const years = new D50(731).div(365);
    const reference = new D50(1.21).pow(new D50(1).div(years)).minus(1);
    const got = cagrBetween(100, 121, "2024-01-01", "2026-01-01").value;
    expect(new D50(got.toString()).minus(reference).abs().lt("1e-32")).toBe(true);
    expect(got.toFixed(6)).toBe("0.099857");
  });

  it("the MiniMax market: US$10.7B (end 2024) → US$206.5B (end 2029), 30/360 US is exactly 5 years", () => {
    // 2024-12-31 → 2029-12-31: both 31st → both 30th, (360 × 5) / 360 = 5
    const got = cagrBetween(usd(10.7e9), usd(206.5e9), "2024-12-31", "2029-12-31", { basis: "30/360 US" }).value;
    expect(got.minus(cagr(10.7, 206.5, 5).value).abs().lt("1e-32")).toBe(true);
    // ACT/ACT ISDA: 1/366 (2024) + 3 (2025–27) + 366/366 (2028) + 364/365 (2029) = 4.99999251… years
    const isda = cagrBetween(10.7, 206.5, "2024-12-31", "2029-12-31", { basis: "ACT/ACT ISDA" }).value;
    const years = new D50(1).div(366).plus(4).plus(new D50(364).div(365));
    const reference = new D50(206.5).div(10.7).pow(new D50(1).div(years)).minus(1);
    expect(new D50(isda.toString()).minus(reference).abs().lt("1e-32")).toBe(true);
  });

  it("refuses equal dates, reversed dates and unknown bases", () => {
    expect(thrown(() => cagrBetween(100, 121, "2025-01-01", "2025-01-01")).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => cagrBetween(100, 121, "2026-01-01", "2025-01-01")).code).toBe("INVALID_PERIOD");
    expect(thrown(() => cagrBetween(100, 121, "2024-01-01", "2026-01-01", { basis: "ACT/999" as never })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => cagrBetween(0, 121, "2024-01-01", "2026-01-01")).code).toBe("OUT_OF_DOMAIN");
  });
});
