import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  FinModelError,
  growthContribution,
  growthRate,
  mixRateDecomposition,
  mixShares,
  mixShift,
  money,
  partGrowth,
  partValues,
  percent,
  pp,
} from "finmodel";
import { thrown } from "../support/errors.js";


const usd = (n: number | string) => money(n, "USD");
const sum = (xs: readonly Decimal[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));
const values = <T extends { value: Decimal }>(r: Readonly<Record<string, T>>) => Object.values(r).map((q) => q.value);

describe("mixShares", () => {
  it("61 / 24 / 15 of a total", () => {
    const mix = mixShares({ china: usd(61), asia: usd(24), other: usd(15) });
    expect(mix.china.value.toString()).toBe("0.61");
    expect(mix.asia.kind).toBe("ratio");
    expect(Object.isFrozen(mix)).toBe(true);
  });

  it("thirds: the unit left over by rounding goes to the largest remainder, ties to the larger part, then the earlier key", () => {
    const thirds = mixShares({ a: 1, b: 1, c: 1 });
    // 1/3 rounded down to 33 places, three times, leaves one unit of 1e-33: it goes to "a"
    expect(thirds.a.value.toString()).toBe(`0.${"3".repeat(32)}4`);
    expect(thirds.b.value.toString()).toBe(`0.${"3".repeat(33)}`);
    expect(sum(values(thirds)).toString()).toBe("1");
    // display rounding to one decimal of a percent: 2/3 → 66.7%, 1/6 → 16.7%, 1/6 → 16.7% would be 100.1%
    const d = mixShares({ x: 4, y: 1, z: 1 }, { decimalPlaces: 3 });
    // floors 0.666 + 0.166 + 0.166 = 0.998; remainders .667, .667, .667 (×1e-3) tie: larger part x first, then y
    expect([d.x.value.toString(), d.y.value.toString(), d.z.value.toString()]).toEqual(["0.667", "0.167", "0.166"]);
  });

  it("refuses negative parts, an all-zero total and mixed currencies", () => {
    expect(thrown(() => mixShares({ a: 1, b: -1 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => mixShares({ a: 0, b: 0 })).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => mixShares({})).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => mixShares({ a: usd(1), b: money(1, "HKD") })).code).toBe("CURRENCY_MISMATCH");
    expect(thrown(() => mixShares({ a: 1 }, { decimalPlaces: 34 })).code).toBe("OUT_OF_DOMAIN");
  });

  it("property: shares sum to exactly 1 in any order, each within one unit of the last place", () => {
    const parts = fc.array(fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(parts, fc.integer({ min: 0, max: 33 }), (xs, places) => {
        fc.pre(xs.some((x) => x > 0));
        const rec = Object.fromEntries(xs.map((x, i) => [`p${i}`, x]));
        const shares = values(mixShares(rec, { decimalPlaces: places }));
        expect(sum(shares).toString()).toBe("1");
        expect(sum([...shares].reverse()).toString()).toBe("1");
        const total = sum(xs.map((x) => new Decimal(x)));
        const unit = new Decimal(10).pow(-places);
        shares.forEach((s, i) => {
          expect(s.decimalPlaces()).toBeLessThanOrEqual(places);
          expect(s.minus(new Decimal(xs[i]!).div(total)).abs().lte(unit)).toBe(true);
        });
      }),
    );
  });
});

describe("mixShift and partValues", () => {
  it("overseas 19% → 73% is +54 pp", () => {
    const shift = mixShift({ china: percent(81), overseas: percent(19) }, { china: 0.27, overseas: 0.73 });
    expect(shift.overseas).toEqual(pp(54)); // (0.73 − 0.19) × 100
    expect(shift.china.value.toString()).toBe("-54");
  });

  it("shares off 1 are OUT_OF_DOMAIN naming the sum; a tolerance loosens it", () => {
    const e = thrown(() => mixShift({ a: 0.333, b: 0.333, c: 0.333 }, { a: 0.5, b: 0.25, c: 0.25 }));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.message).toMatch(/sum to 0\.999/);
    const loose = mixShift({ a: 0.333, b: 0.333, c: 0.333 }, { a: 0.5, b: 0.25, c: 0.25 }, { tolerance: 0.002 });
    expect(loose.a.value.toString()).toBe("16.7"); // (0.5 − 0.333) × 100
    expect(thrown(() => mixShift({ a: 1 }, { b: 1 } as never)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => mixShift({ a: 1.2, b: -0.2 }, { a: 1, b: 0 })).code).toBe("OUT_OF_DOMAIN");
  });

  it("splits a total by shares", () => {
    // 75M × 0.61 = 45.75M; × 0.24 = 18M; × 0.15 = 11.25M
    const parts = partValues(usd(75e6), { china: 0.61, asia: 0.24, other: 0.15 });
    expect(parts.china.amount.toString()).toBe("45750000");
    expect(parts.asia.amount.toString()).toBe("18000000");
    expect(parts.other.amount.toString()).toBe("11250000");
    expect(partValues(100, { a: 0.5, b: 0.5 }).a.toString()).toBe("50");
    expect(thrown(() => partValues(100, { a: 0.6, b: 0.6 })).code).toBe("OUT_OF_DOMAIN");
  });
});

describe("partGrowth", () => {
  it("Open Platform: 29% of 2024 revenue → 40% of 2027 revenue", () => {
    // 2024 revenue 75 / 2.589 ≈ US$28.9687M; 29% of it = 8.400927M. 2027 base case US$700M; 40% = 280M.
    // growth 280 / 8.400927 = 33.3297×, i.e. +3,232.97%; CAGR over 3 years = 33.3297^(1/3) − 1 = 2.21818…
    const total2024 = new Decimal(75e6).div("2.589");
    const g = partGrowth({ totalBefore: total2024, totalAfter: 700e6, shareBefore: percent(29), shareAfter: percent(40), years: 3 });
    expect(g.value.toFixed(4)).toBe("2.2182");
    const simple = partGrowth({ totalBefore: total2024, totalAfter: 700e6, shareBefore: 0.29, shareAfter: 0.4 });
    expect(simple.value.toFixed(3)).toBe("32.330");
  });

  it("agrees with growthRate on the segment amounts; refuses a zero start", () => {
    expect(partGrowth({ totalBefore: 100, totalAfter: 150, shareBefore: 0.5, shareAfter: 0.4 }).value.eq(growthRate(50, 60).value)).toBe(true);
    expect(thrown(() => partGrowth({ totalBefore: 100, totalAfter: 150, shareBefore: 0, shareAfter: 0.4 })).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => partGrowth({ totalBefore: 100, totalAfter: 150, shareBefore: 0, shareAfter: 0.4, years: 2 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => partGrowth({ totalBefore: 100, totalAfter: 150, shareBefore: 1.5, shareAfter: 0.4 })).code).toBe("OUT_OF_DOMAIN");
  });
});

describe("growthContribution", () => {
  it("contributions in pp add up to total growth", () => {
    // total 100 → 150 (+50%): a 60 → 70 adds 10 pp, b 40 → 80 adds 40 pp
    const c = growthContribution({ a: usd(60), b: usd(40) }, { a: usd(70), b: usd(80) });
    expect(c.a).toEqual(pp(10));
    expect(c.b).toEqual(pp(40));
    // thirds: total 3 → 4 (+33.3…%): each part's +1/3 of growth is 11.1… pp
    const t = growthContribution({ a: 1, b: 1, c: 1 }, { a: 2, b: 1, c: 1 });
    expect(sum(values(t)).eq(new Decimal(100).div(3))).toBe(true);
  });

  it("refuses a zero or negative start total and different parts", () => {
    expect(thrown(() => growthContribution({ a: 0 }, { a: 1 })).code).toBe("DIVISION_BY_ZERO");
    expect(thrown(() => growthContribution({ a: -1 }, { a: 1 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => growthContribution({ a: 1 }, { b: 1 } as never)).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => growthContribution({ a: usd(1) }, { a: money(1, "HKD") })).code).toBe("CURRENCY_MISMATCH");
  });

  it("property: contributions sum exactly to the total growth (any order)", () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 10 }), (pairs) => {
        const before = Object.fromEntries(pairs.map(([x], i) => [`p${i}`, x]));
        const after = Object.fromEntries(pairs.map(([, y], i) => [`p${i}`, y]));
        const b = sum(pairs.map(([x]) => new Decimal(x)));
        fc.pre(b.gt(0));
        const a = sum(pairs.map(([, y]) => new Decimal(y)));
        const contributions = values(growthContribution(before, after));
        const total = a.minus(b).times(100).div(b);
        const s1 = sum(contributions);
        expect(sum([...contributions].reverse()).eq(s1)).toBe(true);
        // equal to the 34-digit total growth up to the common rounding place (≤ 1e-30 relative to the largest term)
        const scale = Decimal.max(1, total.abs(), sum(contributions.map((c) => c.abs())));
        expect(s1.minus(total).abs().lte(scale.times("1e-31"))).toBe(true);
        // when every part moves the same way, exactly equal
        if (pairs.every(([x, y]) => y >= x)) expect(s1.eq(total)).toBe(true);
      }),
    );
  });
});

describe("mixRateDecomposition", () => {
  it("splits a blended margin change into mix, rate and interaction", () => {
    // before 0.5×20% + 0.5×60% = 40%; after 0.3×25% + 0.7×60% = 49.5%: +9.5 pp
    // mix  = (0.3−0.5)×0.20 + (0.7−0.5)×0.60 = −0.04 + 0.12 = 0.08 → 8 pp
    // rate = 0.5×(0.25−0.20) + 0.5×0 = 0.025 → 2.5 pp
    // interaction = (−0.2)×0.05 + 0.2×0 = −0.01 → −1 pp;  8 + 2.5 − 1 = 9.5
    const d = mixRateDecomposition(
      { hardware: { weight: 0.5, rate: 0.2 }, software: { weight: 0.5, rate: 0.6 } },
      { hardware: { weight: 0.3, rate: percent(25) }, software: { weight: percent(70), rate: 0.6 } },
    );
    expect(d.rateBefore.value.toString()).toBe("0.4");
    expect(d.rateAfter.value.toString()).toBe("0.495");
    expect([d.change, d.mix, d.rate, d.interaction].map((q) => q.value.toString())).toEqual(["9.5", "8", "2.5", "-1"]);
    expect(d.mix.kind).toBe("pp");
    expect(Object.isFrozen(d)).toBe(true);
  });

  it("refuses weights that do not sum to 1 and different segments", () => {
    const e = thrown(() => mixRateDecomposition({ a: { weight: 0.5, rate: 0.1 } }, { a: { weight: 1, rate: 0.1 } }));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.message).toMatch(/sum to 0\.5/);
    expect(thrown(() => mixRateDecomposition({ a: { weight: 1, rate: 0.1 } }, { b: { weight: 1, rate: 0.1 } } as never)).code).toBe("OUT_OF_DOMAIN");
  });

  it("property: mix + rate + interaction = change exactly; each effect matches its formula", () => {
    const seg = fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -1000, max: 1000 }));
    fc.assert(
      fc.property(fc.array(seg, { minLength: 1, maxLength: 8 }), (segs) => {
        const w0t = segs.reduce((s, [w]) => s + w, 0);
        const w1t = segs.reduce((s, [, , w]) => s + w, 0);
        const before = Object.fromEntries(segs.map(([w, r], i) => [`s${i}`, { weight: new Decimal(w).div(w0t), rate: new Decimal(r).div(997) }]));
        const after = Object.fromEntries(segs.map(([, , w, r], i) => [`s${i}`, { weight: new Decimal(w).div(w1t), rate: new Decimal(r).div(991) }]));
        const d = mixRateDecomposition(before, after);
        expect(d.mix.value.plus(d.rate.value).plus(d.interaction.value).eq(d.change.value)).toBe(true);
        expect(d.interaction.value.plus(d.rate.value).plus(d.mix.value).eq(d.change.value)).toBe(true);
        let mix = new Decimal(0);
        let inter = new Decimal(0);
        for (const k of Object.keys(before)) {
          const b = before[k]!;
          const a = after[k]!;
          mix = mix.plus(a.weight.minus(b.weight).times(b.rate));
          inter = inter.plus(a.weight.minus(b.weight).times(a.rate.minus(b.rate)));
        }
        expect(d.mix.value.minus(mix.times(100)).abs().lte("1e-28")).toBe(true);
        expect(d.interaction.value.minus(inter.times(100)).abs().lte("1e-28")).toBe(true);
      }),
    );
  });
});
