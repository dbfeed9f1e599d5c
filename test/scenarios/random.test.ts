import { describe, expect, it } from "vitest";
import { FinModelError, xoshiro128ss } from "finmodel";
import { advanceState, seedState, splitmix32, streamFromState } from "../../src/scenarios/random.js";

// An independent reference: the algorithms stepped in BigInt arithmetic mod 2^32, written from
// their published definitions (no Math.imul, no >>> tricks).
const M32 = (1n << 32n) - 1n;
const mask = (x: bigint) => x & M32;
const rotl = (x: bigint, k: bigint) => mask((x << k) | (x >> (32n - k)));

function refSplitmix32(seed: number): () => bigint {
  let state = BigInt(seed);
  return () => {
    state = mask(state + 0x9e3779b9n);
    let z = state;
    z = mask((z ^ (z >> 16n)) * 0x85ebca6bn);
    z = mask((z ^ (z >> 13n)) * 0xc2b2ae35n);
    return z ^ (z >> 16n);
  };
}

function refXoshiro(seed: number): () => bigint {
  const sm = refSplitmix32(seed);
  const s = [sm(), sm(), sm(), sm()];
  return () => {
    const result = mask(rotl(mask(s[1]! * 5n), 7n) * 9n);
    const t = mask(s[1]! << 9n);
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11n);
    return result;
  };
}

describe("splitmix32 seeding", () => {
  it("matches the BigInt reference for a few seeds", () => {
    for (const seed of [0, 1, 42, 0xffffffff]) {
      const a = splitmix32(seed);
      const b = refSplitmix32(seed);
      for (let i = 0; i < 8; i++) expect(BigInt(a())).toBe(b());
    }
  });

  it("gives the first output for seed 0 computed by hand", () => {
    // state = 0x9E3779B9; z ^ z>>16 = 0x9E3779B9 ^ 0x00009E37 = 0x9E37E78E; then the two
    // multiplications mod 2^32 and the final xor-shift (stepped with BigInt above).
    const z0 = 0x9e3779b9n ^ (0x9e3779b9n >> 16n);
    expect(z0).toBe(0x9e37e78en);
    expect(BigInt(splitmix32(0)())).toBe(refSplitmix32(0)());
  });
});

describe("xoshiro128ss", () => {
  it("gives the same 32-bit stream as the BigInt reference (1,000 outputs, four seeds)", () => {
    for (const seed of [0, 7, 42, 0xffffffff]) {
      const a = xoshiro128ss(seed);
      const b = refXoshiro(seed);
      for (let i = 0; i < 1000; i++) expect(BigInt(a.nextUint32())).toBe(b());
    }
  });

  it("builds each uniform from the high 27 and 26 bits of two outputs, strictly inside (0, 1)", () => {
    const a = xoshiro128ss(123);
    const b = refXoshiro(123);
    for (let i = 0; i < 100; i++) {
      const hi = b() >> 5n;
      const lo = b() >> 6n;
      // (hi · 2^26 + lo + 1/2) / 2^53, exact in doubles since hi · 2^26 + lo < 2^53
      const expected = (Number(hi) * 2 ** 26 + Number(lo) + 0.5) / 2 ** 53;
      const u = a.nextFloat();
      expect(u).toBe(expected);
      expect(u > 0 && u < 1).toBe(true);
    }
  });

  it("keeps separate state per stream and is reproducible from the seed", () => {
    const a = xoshiro128ss(5);
    const first = [a.nextUint32(), a.nextUint32()];
    const b = xoshiro128ss(5);
    expect([b.nextUint32(), b.nextUint32()]).toEqual(first);
    expect(xoshiro128ss(6).nextUint32()).not.toBe(first[0]);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("has a uniform mean and variance (1e5 draws, within 5 standard errors)", () => {
    const r = xoshiro128ss(2024);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const u = r.nextFloat();
      s += u;
      s2 += u * u;
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    // U(0,1): mean 1/2 with SE √(1/12/n); variance 1/12 with SE √((1/80 − 1/144)/n)
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(5 * Math.sqrt((1 / 80 - 1 / 144) / n));
  });

  it.each([-1, 1.5, 2 ** 32, Number.NaN, "1"])("refuses the seed %s", (seed) => {
    expect(() => xoshiro128ss(seed as number)).toThrow(FinModelError);
    try {
      xoshiro128ss(seed as number);
    } catch (e) {
      expect((e as FinModelError).code).toBe("OUT_OF_DOMAIN");
    }
  });
});

describe("skipping ahead", () => {
  it("advanceState(s, n) starts where n nextUint32 calls leave the BigInt reference", () => {
    for (const seed of [0, 7, 0xffffffff]) {
      for (const n of [0, 1, 2, 31, 128, 1000, 65_537]) {
        const skipped = streamFromState(advanceState(seedState(seed), n));
        // the next five outputs after the skip are the reference's next five
        const probe = refXoshiro(seed);
        for (let i = 0; i < n; i++) probe();
        for (let i = 0; i < 5; i++) expect(BigInt(skipped.nextUint32())).toBe(probe());
      }
    }
  });

  it("a stream from the seed's state is xoshiro128ss(seed), and streamFromState leaves its argument alone", () => {
    const state = seedState(42);
    const before = Array.from(state);
    const a = streamFromState(state);
    const b = xoshiro128ss(42);
    for (let i = 0; i < 10; i++) expect(a.nextUint32()).toBe(b.nextUint32());
    expect(Array.from(state)).toEqual(before);
  });

  it("skips far (2⁴⁰ steps) as two skips of 2³⁹", () => {
    const s = seedState(3);
    expect(Array.from(advanceState(s, 2 ** 40))).toEqual(Array.from(advanceState(advanceState(s, 2 ** 39), 2 ** 39)));
  });
});
