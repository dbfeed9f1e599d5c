import { describe, expect, it } from "vitest";
import { type Distribution, FinModelError, discrete, fixed, lognormal, monteCarlo, normal, pert, triangular, uniform } from "finmodel";
import { normalCdf, normalQuantile } from "../../src/scenarios/normal.js";
import { codeOf as code } from "../support/errors.js";


/** Draws of one distribution through monteCarlo with the identity model. */
function sample(d: Distribution, draws: number, seed = 11): Float64Array {
  return monteCarlo(({ v }) => v, { inputs: { v: d }, draws, seed, keepDraws: true }).values!;
}

function moments(xs: Float64Array) {
  const n = xs.length;
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = (x - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  return { n, mean, variance: m2 / (n - 1), m4: m4 / n };
}

describe("closed-form moments (checked by hand)", () => {
  it("gives the textbook means and variances", () => {
    expect(normal(100, 15).mean).toBe(100);
    expect(normal(100, 15).variance).toBe(225);
    // uniform(30, 70): (30 + 70)/2 = 50; 40²/12 = 133.33
    expect(uniform(30, 70).variance).toBeCloseTo(1600 / 12, 12);
    // triangular(30, 54, 70): (900 + 2916 + 4900 − 1620 − 2100 − 3780)/18 = 1216/18
    expect(triangular(30, 54, 70).variance).toBeCloseTo(1216 / 18, 12);
    // pert(30, 54, 70): mean 316/6 = 52.667; (52.667 − 30)(70 − 52.667)/7 = 22.667 × 17.333 / 7
    expect(pert(30, 54, 70).variance).toBeCloseTo(((316 / 6 - 30) * (70 - 316 / 6)) / 7, 12);
    // lognormal(1, 1): mean e^0.5, variance (e − 1)e
    expect(lognormal(1, 1).mean).toBeCloseTo(Math.sqrt(Math.E), 14);
    expect(lognormal(1, 1).variance).toBeCloseTo((Math.E - 1) * Math.E, 12);
    // discrete: 0.25·1000 + 0.5·700 + 0.25·400 = 700; 0.25·300² + 0 + 0.25·300² = 45,000
    const d = discrete({ bull: 1000, base: 700, bear: 400 }, { bull: 0.25, base: 0.5, bear: 0.25 });
    expect(d.mean).toBe(700);
    expect(d.variance).toBe(45_000);
    expect(fixed(7.8)).toMatchObject({ mean: 7.8, variance: 0, type: "fixed" });
  });

  it("returns frozen descriptors", () => {
    const d = normal(0, 1);
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.params)).toBe(true);
  });
});

describe("sampled moments match the closed forms (200,000 draws, within 5 standard errors)", () => {
  // Tolerance basis: the sample mean has standard error √(σ²/n); the sample variance has standard
  // error √((μ₄ − σ⁴)/n), with μ₄ the (sample) fourth central moment. Five standard errors leave
  // a chance below 1e-6 of a false failure for a correct sampler.
  const n = 200_000;
  const cases: [string, Distribution][] = [
    ["normal(100, 15)", normal(100, 15)],
    ["lognormal(700, 0.3)", lognormal(700, 0.3)],
    ["uniform(30, 70)", uniform(30, 70)],
    ["triangular(30, 54, 70)", triangular(30, 54, 70)],
    ["triangular(0, 0, 1) (mode at an end)", triangular(0, 0, 1)],
    ["pert(30, 54, 70)", pert(30, 54, 70)],
    ["pert(0, 1, 1) (mode at an end)", pert(0, 1, 1)],
    ["discrete bull/base/bear", discrete([1000, 700, 400], [0.25, 0.5, 0.25])],
  ];
  it.each(cases)("%s", (_, d) => {
    const m = moments(sample(d, n));
    expect(Math.abs(m.mean - d.mean)).toBeLessThan(5 * Math.sqrt(d.variance / n));
    expect(Math.abs(m.variance - d.variance)).toBeLessThan(5 * Math.sqrt((m.m4 - m.variance ** 2) / n));
  });

  it("keeps triangular and PERT draws inside their bounds", () => {
    for (const d of [triangular(30, 54, 70), pert(30, 54, 70)]) {
      const xs = sample(d, 50_000);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(30);
      expect(Math.max(...xs)).toBeLessThanOrEqual(70);
    }
  });

  it("puts the median of a symmetric PERT at its mode", () => {
    const r = monteCarlo(({ v }) => v, { inputs: { v: pert(0, 5, 10) }, draws: 100_000, seed: 3 });
    // Beta(3, 3) on [0, 10]: density at the median 10⁻¹ × 30/16 = 0.1875, so the median's
    // standard error is √(0.25/n)/0.1875 ≈ 0.0085
    expect(Math.abs(r.summary.percentiles.p50! - 5)).toBeLessThan(5 * 0.0085);
  });

  it("gives discrete outcomes only, in their proportions", () => {
    const xs = sample(discrete({ up: 2, down: -1 }, { up: 0.3, down: 0.7 }), 100_000);
    const ups = xs.filter((x) => x === 2).length;
    expect(xs.every((x) => x === 2 || x === -1)).toBe(true);
    expect(Math.abs(ups / 100_000 - 0.3)).toBeLessThan(5 * Math.sqrt((0.3 * 0.7) / 100_000));
  });
});

describe("the normal kernels", () => {
  it("Φ⁻¹ matches tabulated quantiles to 1e-9 relative (Acklam)", () => {
    // standard normal table: Φ⁻¹(0.975) = 1.959963984540054, Φ⁻¹(0.95) = 1.6448536269514722,
    // Φ⁻¹(0.001) = −3.090232306167813
    for (const [u, z] of [[0.975, 1.959963984540054], [0.95, 1.6448536269514722], [0.001, -3.090232306167813], [0.5, 0]] as const) {
      expect(Math.abs(normalQuantile(u) - z)).toBeLessThanOrEqual(1.2e-9 * Math.max(1, Math.abs(z)));
    }
  });

  it("Φ matches tabulated values to 1e-14 and inverts Φ⁻¹", () => {
    // Φ(1.96) = 0.9750021048517795, Φ(−1) = 0.15865525393145707
    expect(Math.abs(normalCdf(1.96) - 0.9750021048517795)).toBeLessThan(1e-14);
    expect(Math.abs(normalCdf(-1) - 0.15865525393145707)).toBeLessThan(1e-14);
    for (const u of [1e-6, 0.01, 0.3, 0.5, 0.77, 0.999]) expect(Math.abs(normalCdf(normalQuantile(u)) - u)).toBeLessThan(2e-9 * Math.max(u, 1e-3));
    expect(normalCdf(-40)).toBeGreaterThan(0);
    expect(normalCdf(40)).toBeLessThan(1);
  });
});

describe("invalid parameters are OUT_OF_DOMAIN", () => {
  it.each([
    ["normal sd = 0", () => normal(1, 0)],
    ["normal sd < 0", () => normal(1, -1)],
    ["lognormal median ≤ 0", () => lognormal(0, 0.3)],
    ["lognormal sigma ≤ 0", () => lognormal(1, 0)],
    ["uniform low > high", () => uniform(2, 1)],
    ["uniform low = high", () => uniform(1, 1)],
    ["triangular mode below low", () => triangular(1, 0, 2)],
    ["triangular mode above high", () => triangular(1, 3, 2)],
    ["triangular low > high", () => triangular(3, 2, 1)],
    ["pert mode outside", () => pert(1, 5, 2)],
    ["discrete weights not summing to 1", () => discrete([1, 2], [0.5, 0.6])],
    ["discrete negative weight", () => discrete([1, 2, 3], [1.2, -0.2, 0])],
    ["discrete missing weight", () => discrete({ a: 1, b: 2 }, { a: 1, c: 0 })],
    ["discrete no outcome", () => discrete([], [])],
  ])("%s", (_, fn) => {
    expect(code(fn)).toBe("OUT_OF_DOMAIN");
  });

  it("refuses non-numbers with INVALID_NUMBER", () => {
    expect(code(() => normal(Number.NaN, 1))).toBe("INVALID_NUMBER");
    expect(code(() => fixed("abc"))).toBe("INVALID_NUMBER");
  });
});
