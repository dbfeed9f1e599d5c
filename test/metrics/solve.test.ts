import { describe, expect, it } from "vitest";
import { FinModelError } from "finmodel";
import { ACCEPT, GRID, type RateEquation, findRate } from "../../src/metrics/solve.js";
import { irrEquation } from "../../src/metrics/tvm/kernels.js";

const base = { what: "TEST", guess: 0.1, tolerance: 1e-10, maxIterations: 50, allRoots: false };

/** A polynomial in v = 1/(1+r) through the IRR equation: flows are its coefficients. */
const eq = (flows: number[]): RateEquation => irrEquation(flows);

describe("findRate", () => {
  it("the grid spans (−1, 1e6], is ascending, and is dense near −1 and 0", () => {
    expect(GRID[0]!).toBeGreaterThan(-1);
    expect(GRID[0]!).toBeLessThan(-0.99999);
    expect(GRID[GRID.length - 1]).toBe(1e6);
    for (let i = 1; i < GRID.length; i++) expect(GRID[i]!).toBeGreaterThan(GRID[i - 1]!);
    expect(Array.from(GRID).filter((r) => Math.abs(r) < 0.01).length).toBeGreaterThanOrEqual(10);
  });
  it("the grid holds each of its 129 documented points (two-decimal rates as the doubles of their text)", () => {
    const expected = new Set<number>([0]);
    for (const k of [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6]) expected.add(-1 + 10 ** -k);
    const add = (from: string, count: number, step: number) => {
      for (let i = 0; i < count; i++) expected.add(Number((Number(from) + i * step).toFixed(2)));
    };
    add("-0.90", 17, 0.05); // −0.90 … −0.10
    add("-0.10", 21, 0.01); // −0.10 … 0.10
    add("0.15", 18, 0.05); // 0.15 … 1.00
    add("1.25", 16, 0.25); // 1.25 … 5.00
    add("6", 15, 1); // 6 … 20
    // (10 ** -4 is not the double nearest 1e-4 in V8; the grid holds the power, either is a fine point.)
    for (let k = 3; k <= 9; k++) expected.add(10 ** -k).add(-(10 ** -k));
    for (let q = 0; q <= 18; q++) expected.add(10 ** (1.5 + q * 0.25));
    expect(GRID.length).toBe(129);
    expect(Array.from(GRID)).toEqual([...expected].sort((a, b) => a - b));
  });
  it("Newton from the guess: (1 + r)^2 = 1.21 ⇒ r = 0.1", () => {
    // −100 + 0/(1+r) + 121/(1+r)^2 = 0
    const found = findRate(eq([-100, 0, 121]), base);
    expect(found.method).toBe("newton");
    expect(found.rate).toBeCloseTo(0.1, 14);
    expect(found.residual).toBeLessThanOrEqual(ACCEPT);
  });
  it("falls back to bracketing when Newton diverges, and reports every root with allRoots", () => {
    // Roots at 10% and 20% (−100 + 230v − 132v² = 0, v = 1/1.1 or 1/1.2).
    const all = findRate(eq([-100, 230, -132]), { ...base, guess: 1e5, allRoots: true });
    expect(all.roots).toHaveLength(2);
    expect(all.roots[0]).toBeCloseTo(0.1, 12);
    expect(all.roots[1]).toBeCloseTo(0.2, 12);
  });
  it("with maxIterations 1 Newton cannot finish, and the bracket still finds the root", () => {
    const found = findRate(eq([-1000, 100, 100, 100]), { ...base, maxIterations: 1 });
    expect(found.method).toBe("bisection-newton");
    // Check the root independently: −1000 + Σ 100/(1+r)^i = 0.
    const r = found.rate;
    expect(Math.abs(-1000 + 100 / (1 + r) + 100 / (1 + r) ** 2 + 100 / (1 + r) ** 3)).toBeLessThan(1e-8);
  });
  it("no root: NO_SOLUTION with what was tried, bounded", () => {
    // 1 + r² > 0 everywhere: a function with no root.
    const noRoot: RateEquation = (r, out) => {
      out[0] = 1 + r * r;
      out[1] = 2 * r;
      out[2] = 1 + r * r;
    };
    let error: unknown;
    try {
      findRate(noRoot, base);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FinModelError);
    const e = error as FinModelError;
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.excelError).toBe("#NUM!");
    expect(e.message).toMatch(/Newton from 0\.1.*scan of \d+ rates.*re-seeded/);
    expect(e.details).toMatchObject({ methods: ["newton", "scan", "bisection-newton", "newton-reseeded"], bracket: [-1, 1e6], signChanges: 0 });
    expect((e.details as { iterations: number }).iterations).toBeLessThan(1000);
  });
  it("a near-miss is not accepted: |f| must be tiny relative to the terms", () => {
    // f(r) = 1e-6 + (r − 0.5)²: minimum 1e-6 at 0.5, relative residual 1e-6 > 1e-10.
    const nearMiss: RateEquation = (r, out) => {
      out[0] = 1e-6 + (r - 0.5) ** 2;
      out[1] = 2 * (r - 0.5);
      out[2] = 1;
    };
    expect(() => findRate(nearMiss, base)).toThrow(FinModelError);
  });
  it("NaN and Infinity from the equation are never returned", () => {
    const blowsUp: RateEquation = (r, out) => {
      out[0] = r < 0 ? Number.NaN : Number.POSITIVE_INFINITY;
      out[1] = Number.NaN;
      out[2] = 1;
    };
    expect(() => findRate(blowsUp, base)).toThrow(FinModelError);
  });
});
