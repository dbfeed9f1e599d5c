import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FinModelError, fixed, lognormal, monteCarlo, normal, psTargetPriceFloat, triangular, uniform, xoshiro128ss } from "finmodel";
import { normalQuantile } from "../../src/scenarios/normal.js";
import { thrown } from "../support/errors.js";


const valuation = {
  inputs: { revenue: lognormal(700e6, 0.3), multiple: triangular(30, 54, 70), fx: fixed(7.8), shares: fixed(317.03e6) },
  correlation: { inputs: ["revenue", "multiple"], matrix: [[1, 0.5], [0.5, 1]] },
} as const;

describe("the draws come from the seeded stream, in input order", () => {
  it("uses one uniform per random input per draw, fixed inputs taking none", () => {
    // uniform(0, 1) is the quantile u itself, so the draws are the stream's own uniforms:
    // draw d takes u(2d) for a, u(2d + 1) for b.
    const r = monteCarlo(({ a, b }) => a * 1000 + b, { inputs: { a: uniform(0, 1), k: fixed(3), b: uniform(0, 1) }, draws: 5, seed: 99, keepDraws: true });
    const s = xoshiro128ss(99);
    const expected = Array.from({ length: 5 }, () => {
      const a = s.nextFloat();
      const b = s.nextFloat();
      return a * 1000 + b;
    });
    expect(Array.from(r.values!)).toEqual(expected);
  });

  it("maps a normal input through Φ⁻¹ of the uniform", () => {
    const r = monteCarlo(({ z }) => z, { inputs: { z: normal(10, 2) }, draws: 3, seed: 4, keepDraws: true });
    const s = xoshiro128ss(4);
    expect(Array.from(r.values!)).toEqual([0, 1, 2].map(() => 10 + 2 * normalQuantile(s.nextFloat())));
  });
});

describe("reproducibility", () => {
  const run = (seed: number, chunkSize?: number) =>
    monteCarlo(psTargetPriceFloat, { ...valuation, draws: 20_000, seed, keepDraws: true, thresholds: [930], ...(chunkSize === undefined ? {} : { chunkSize }) });

  it("gives bit-identical results for the same seed", () => {
    const a = run(2027);
    const b = run(2027);
    expect(Array.from(b.values!)).toEqual(Array.from(a.values!));
    expect(b.summary).toEqual(a.summary);
  });

  it("gives different draws for another seed", () => {
    expect(run(2028).values![0]).not.toBe(run(2027).values![0]);
  });

  it("does not depend on the chunk size, and reports progress after each chunk", () => {
    const calls: [number, number][] = [];
    const a = run(5);
    const b = monteCarlo(psTargetPriceFloat, { ...valuation, draws: 20_000, seed: 5, keepDraws: true, thresholds: [930], chunkSize: 7_000, onProgress: (d, t) => calls.push([d, t]) });
    const c = run(5, 1);
    expect(Array.from(b.values!)).toEqual(Array.from(a.values!));
    expect(Array.from(c.values!)).toEqual(Array.from(a.values!));
    expect(b.summary).toEqual(a.summary);
    expect(calls).toEqual([[7_000, 20_000], [14_000, 20_000], [20_000, 20_000]]);
  });
});

describe("the summary", () => {
  const r = monteCarlo(psTargetPriceFloat, { ...valuation, draws: 10_001, seed: 1, keepDraws: true, percentiles: [1, 97.5], thresholds: [930, 0], bins: 25 });
  const xs = Array.from(r.values!);
  const sorted = [...xs].sort((a, b) => a - b);

  it("computes mean, sample standard deviation, min and max of the draws", () => {
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    expect(r.summary.mean).toBeCloseTo(mean, 9);
    expect(r.summary.stdev).toBeCloseTo(sd, 9);
    expect(r.summary.min).toBe(sorted[0]);
    expect(r.summary.max).toBe(sorted[sorted.length - 1]);
  });

  it("interpolates percentiles between order statistics (PERCENTILE.INC)", () => {
    // 10,001 draws: p50 is order statistic 5,000 (0-based) exactly; p1 is at h = 100; p97.5 at h = 9,750
    expect(r.summary.percentiles.p50).toBe(sorted[5000]);
    expect(r.summary.percentiles.p1).toBe(sorted[100]);
    expect(r.summary.percentiles["p97.5"]).toBe(sorted[9750]);
    // p5 at h = 500, p25 at h = 2,500
    expect(Object.keys(r.summary.percentiles)).toEqual(["p5", "p25", "p50", "p75", "p95", "p1", "p97.5"]);
    expect(r.summary.percentiles.p25).toBe(sorted[2500]);
    const small = monteCarlo(({ a }) => a, { inputs: { a: uniform(0, 1) }, draws: 4, seed: 8, keepDraws: true });
    const s4 = Array.from(small.values!).sort((a, b) => a - b);
    // 4 draws: p25 at h = 0.75 → s0 + 0.75 (s1 − s0)
    expect(small.summary.percentiles.p25).toBeCloseTo(s4[0]! + 0.75 * (s4[1]! - s4[0]!), 15);
  });

  it("counts exceedance strictly above the threshold", () => {
    expect(r.exceedance["930"]).toBe(xs.filter((x) => x > 930).length / xs.length);
    expect(r.exceedance["0"]).toBe(1);
    expect(r.probabilityAbove(r.summary.max)).toBe(0);
    expect(r.probabilityAbove(1200)).toBe(xs.filter((x) => x > 1200).length / xs.length);
  });

  it("bins every draw in a histogram from min to max", () => {
    expect(r.histogram.counts).toHaveLength(25);
    expect(r.histogram.edges).toHaveLength(26);
    expect(r.histogram.counts.reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(r.histogram.edges[0]).toBe(r.summary.min);
    expect(r.histogram.edges[25]).toBe(r.summary.max);
    const w = (r.summary.max - r.summary.min) / 25;
    expect(r.histogram.counts[0]).toBe(xs.filter((x) => x < r.summary.min + w).length);
  });

  it("is frozen, and keeps the draws only on request", () => {
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.summary.percentiles)).toBe(true);
    expect(monteCarlo(({ a }) => a, { inputs: { a: uniform(0, 1) }, draws: 10, seed: 1 }).values).toBeUndefined();
  });

  it("handles constant outputs (one bin, zero spread)", () => {
    const c = monteCarlo(() => 5, { inputs: { a: fixed(1) }, draws: 3, seed: 0 });
    expect(c.summary).toEqual({ mean: 5, stdev: 0, min: 5, max: 5, percentiles: { p5: 5, p25: 5, p50: 5, p75: 5, p95: 5 } });
    expect(c.histogram.counts).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("correlation (Gaussian copula)", () => {
  function pearson(a: Float64Array, b: Float64Array): number {
    const n = a.length;
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < n; i++) {
      ma += a[i]!;
      mb += b[i]!;
    }
    ma /= n;
    mb /= n;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (a[i]! - ma) * (b[i]! - mb);
      saa += (a[i]! - ma) ** 2;
      sbb += (b[i]! - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  }

  it.each([0.5, -0.7, 0.95])("gives normal draws the target correlation %s (within 5 standard errors)", (rho) => {
    const n = 100_000;
    const opts = { inputs: { a: normal(0, 1), b: normal(5, 2), c: uniform(0, 1) }, draws: n, seed: 17, keepDraws: true, correlation: { inputs: ["a", "b"], matrix: [[1, rho], [rho, 1]] } } as const;
    const a = monteCarlo(({ a }) => a, opts).values!;
    const b = monteCarlo(({ b }) => b, opts).values!;
    const c = monteCarlo(({ c }) => c, opts).values!;
    // SE of a sample correlation ≈ (1 − ρ²)/√n
    expect(Math.abs(pearson(a, b) - rho)).toBeLessThan((5 * (1 - rho * rho)) / Math.sqrt(n));
    expect(Math.abs(pearson(a, c))).toBeLessThan(5 / Math.sqrt(n));
  });

  it("correlates non-normal inputs through their ranks (revenue and multiple move together)", () => {
    const n = 50_000;
    const base = { inputs: valuation.inputs, draws: n, seed: 3, keepDraws: true } as const;
    const rev = monteCarlo(({ revenue }) => revenue, { ...base, correlation: valuation.correlation }).values!;
    const mult = monteCarlo(({ multiple }) => multiple, { ...base, correlation: valuation.correlation }).values!;
    const r = pearson(rev, mult);
    expect(r).toBeGreaterThan(0.4);
    expect(r).toBeLessThan(0.55);
  });

  it("accepts a singular but positive semi-definite matrix (perfect correlation)", () => {
    const opts = { inputs: { a: normal(0, 1), b: normal(0, 1) }, draws: 100, seed: 1, keepDraws: true, correlation: { inputs: ["a", "b"], matrix: [[1, 1], [1, 1]] } } as const;
    expect(Array.from(monteCarlo(({ a }) => a, opts).values!)).toEqual(Array.from(monteCarlo(({ b }) => b, opts).values!));
  });

  it.each([
    ["not symmetric", [[1, 0.5], [0.4, 1]], /symmetric/],
    ["a diagonal other than 1", [[1, 0.5], [0.5, 0.9]], /must be 1/],
    ["an entry outside [−1, 1]", [[1, 1.5], [1.5, 1]], /between −1 and 1/],
    ["the wrong size", [[1, 0.5, 0], [0.5, 1, 0], [0, 0, 1]], /2 × 2/],
  ])("refuses a matrix with %s", (_, matrix, message) => {
    const e = thrown(() => monteCarlo(({ a }) => a, { inputs: { a: normal(0, 1), b: normal(0, 1) }, draws: 10, seed: 1, correlation: { inputs: ["a", "b"], matrix } }));
    expect(e?.code).toBe("OUT_OF_DOMAIN");
    expect(e?.message).toMatch(message);
  });

  it("refuses a matrix that is not positive semi-definite", () => {
    // ρab = ρac = 0.9 forces b and c close together, so ρbc = −0.9 is impossible (determinant < 0)
    const matrix = [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]];
    const e = thrown(() => monteCarlo(({ a }) => a, { inputs: { a: normal(0, 1), b: normal(0, 1), c: normal(0, 1) }, draws: 10, seed: 1, correlation: { inputs: ["a", "b", "c"], matrix } }));
    expect(e?.code).toBe("OUT_OF_DOMAIN");
    expect(e?.message).toMatch(/positive semi-definite/);
  });

  it("refuses correlating a fixed or unknown input", () => {
    const inputs = { a: normal(0, 1), k: fixed(1) };
    expect(thrown(() => monteCarlo(({ a }) => a, { inputs, draws: 10, seed: 1, correlation: { inputs: ["a", "k"], matrix: [[1, 0], [0, 1]] } }))?.code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => monteCarlo(({ a }) => a, { inputs, draws: 10, seed: 1, correlation: { inputs: ["a", "z" as "k"], matrix: [[1, 0], [0, 1]] } }))?.code).toBe("OUT_OF_DOMAIN");
  });
});

describe("bad runs", () => {
  it("refuses a model that returns a non-finite number, naming the draw", () => {
    const e = thrown(() => monteCarlo(({ a }) => 1 / (a - a), { inputs: { a: uniform(0, 1) }, draws: 10, seed: 1 }));
    expect(e?.code).toBe("OUT_OF_DOMAIN");
    expect(e?.message).toMatch(/draw 0/);
  });

  it("passes on the model's own errors", () => {
    expect(thrown(() => monteCarlo(psTargetPriceFloat, { inputs: { revenue: normal(0, 1e6), multiple: fixed(5), fx: fixed(1), shares: fixed(1) }, draws: 100, seed: 1 }))?.code).toBe("OUT_OF_DOMAIN");
  });

  it.each([
    ["zero draws", { draws: 0 }],
    ["fractional draws", { draws: 1.5 }],
    ["too many draws", { draws: 1e9 }],
    ["a negative seed", { seed: -1 }],
    ["a percentile above 100", { percentiles: [101] }],
    ["zero bins", { bins: 0 }],
    ["a misspelt option", { seeds: 1 }],
  ])("refuses %s", (_, patch) => {
    expect(thrown(() => monteCarlo(({ a }) => a, { inputs: { a: uniform(0, 1) }, draws: 10, seed: 1, ...(patch as object) }))?.code).toBe("OUT_OF_DOMAIN");
  });
});

describe("merging sorted runs (how simulateAsync shares the summary's sort)", () => {
  it("equals sorting the whole, −0 before +0, for any split", async () => {
    const { mergeSorted } = await import("../../src/scenarios/monte-carlo.js");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(-0, 0, 1, -1, 2.5, 1e300, -1e-300), { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 5 }), (values, cuts) => {
        const all = Float64Array.from(values);
        const at = [...new Set(cuts.map((c) => Math.min(c, all.length)))].sort((a, b) => a - b);
        const bounds = [0, ...at, all.length];
        const runs = bounds.slice(1).map((end, i) => all.slice(bounds[i]!, end).sort());
        const merged = Array.from(mergeSorted(runs));
        const whole = Array.from(all.slice().sort());
        expect(merged.length).toBe(whole.length);
        merged.forEach((v, i) => expect(Object.is(v, whole[i])).toBe(true));
      }),
    );
  });
});
