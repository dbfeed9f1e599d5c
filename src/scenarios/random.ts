// The seeded pseudo-random generator behind Monte Carlo: xoshiro128** seeded through splitmix32.
import { integerIn } from "../core/guards.js";

/** A seeded stream of pseudo-random numbers. It holds its own state: two streams never share it. */
export interface RandomStream {
  /** The next 32-bit unsigned integer of the xoshiro128** sequence. */
  nextUint32(): number;
  /** The next uniform deviate in the open interval (0, 1), built from two 32-bit outputs (53 bits). */
  nextFloat(): number;
}

/** 2^53, the number of distinct uniforms `nextFloat` can give. */
const TWO_POW_53 = 9007199254740992;
/** 2^26, the shift of the high 27 bits. */
const TWO_POW_26 = 67108864;

/**
 * @internal splitmix32: a golden-ratio Weyl sequence scrambled by the MurmurHash3 finaliser.
 * Used only to spread a 32-bit seed over the 128-bit xoshiro state.
 */
export function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A seeded xoshiro128** generator (Blackman and Vigna, 2018): the same seed gives the same
 * stream, bit for bit, on every platform and engine.
 *
 * Notes: the 128-bit state (s0, s1, s2, s3) is filled with four successive outputs of splitmix32
 * started at `seed` (state ← state + 0x9E3779B9; z ← state; z ← (z ⊕ z≫16)·0x85EBCA6B;
 * z ← (z ⊕ z≫13)·0xC2B2AE35; out ← z ⊕ z≫16, all mod 2³²). Each step outputs
 * rotl(s1·5, 7)·9 and advances t ← s1≪9; s2 ⊕= s0; s3 ⊕= s1; s1 ⊕= s2; s0 ⊕= s3; s2 ⊕= t;
 * s3 ← rotl(s3, 11). Everything is 32-bit integer arithmetic (`Math.imul`, `>>> 0`), which
 * every JavaScript engine performs identically. `nextFloat` takes the high 27 bits of one
 * output and the high 26 bits of the next: u = (a·2²⁶ + b + ½) / 2⁵³, so u is never 0 or 1.
 * The period is 2¹²⁸ − 1. Not for cryptography.
 *
 * @param seed - an integer from 0 to 2³² − 1
 * @returns a {@link RandomStream} with its own state
 * @throws FinModelError `OUT_OF_DOMAIN` if the seed is not such an integer
 *
 * @example
 * ```ts
 * import { xoshiro128ss } from "finmodel";
 * const a = xoshiro128ss(42);
 * const b = xoshiro128ss(42);
 * a.nextUint32() === b.nextUint32() //=> true
 * const u = a.nextFloat();
 * u > 0 && u < 1 //=> true
 * xoshiro128ss(-1) // throws FinModelError OUT_OF_DOMAIN
 * ```
 */
export function xoshiro128ss(seed: number): RandomStream {
  const s = integerIn(seed, "seed", 0, 0xffffffff);
  const mix = splitmix32(s);
  let s0 = mix() | 0;
  let s1 = mix() | 0;
  let s2 = mix() | 0;
  let s3 = mix() | 0;
  // The all-zero state is a fixed point; splitmix32 cannot give it, but stay safe.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const nextUint32 = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  const nextFloat = (): number => {
    const a = nextUint32() >>> 5;
    const b = nextUint32() >>> 6;
    return (a * TWO_POW_26 + b + 0.5) / TWO_POW_53;
  };
  return Object.freeze({ nextUint32, nextFloat });
}
