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
  return streamFromState(seedState(integerIn(seed, "seed", 0, 0xffffffff)));
}

/** @internal The xoshiro128** state (s0, s1, s2, s3) that {@link xoshiro128ss} starts from for a seed. */
export function seedState(seed: number): Uint32Array {
  const mix = splitmix32(seed);
  const s = Uint32Array.of(mix(), mix(), mix(), mix());
  // The all-zero state is a fixed point; splitmix32 cannot give it, but stay safe.
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  return s;
}

/** @internal A xoshiro128** stream that starts from a given state (which it does not change). */
export function streamFromState(state: Uint32Array): RandomStream {
  let s0 = state[0]! | 0;
  let s1 = state[1]! | 0;
  let s2 = state[2]! | 0;
  let s3 = state[3]! | 0;
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

// Skipping ahead. The state transition of xoshiro128** (everything but the output scrambler) is
// linear over GF(2): the next state is T·s for a 128 × 128 bit matrix T. So the state n outputs
// later is Tⁿ·s, which square-and-multiply gives in about 2·log₂(n) matrix products. A matrix is
// stored by columns, each column four 32-bit words: column k is T applied to the k-th unit state.

/** One step of the state transition, in place. */
function step(s: Uint32Array): void {
  let [s0, s1, s2, s3] = [s[0]!, s[1]!, s[2]!, s[3]!];
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = (s3 << 11) | (s3 >>> 21);
  s.set([s0, s1, s2, s3]);
}

/** M·v over GF(2): the XOR of the columns of M where v has a one bit. */
function times(m: Uint32Array, v: Uint32Array): Uint32Array {
  const out = new Uint32Array(4);
  for (let w = 0; w < 4; w++) {
    const word = v[w]!;
    if (word === 0) continue;
    for (let b = 0; b < 32; b++) {
      if (((word >>> b) & 1) === 0) continue;
      const c = (w * 32 + b) * 4;
      out[0] = out[0]! ^ m[c]!;
      out[1] = out[1]! ^ m[c + 1]!;
      out[2] = out[2]! ^ m[c + 2]!;
      out[3] = out[3]! ^ m[c + 3]!;
    }
  }
  return out;
}

/** A·B: column k is A applied to column k of B. */
function product(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(512);
  for (let k = 0; k < 128; k++) out.set(times(a, b.subarray(k * 4, k * 4 + 4)), k * 4);
  return out;
}

function transition(): Uint32Array {
  const m = new Uint32Array(512);
  for (let k = 0; k < 128; k++) {
    const e = new Uint32Array(4);
    e[k >>> 5] = 1 << (k & 31);
    step(e);
    m.set(e, k * 4);
  }
  return m;
}

/**
 * @internal The state `steps` outputs (`nextUint32` calls) after `state`, without drawing them:
 * square-and-multiply of the linear transition, a few milliseconds for any count below 2⁵³.
 */
export function advanceState(state: Uint32Array, steps: number): Uint32Array {
  let v: Uint32Array = Uint32Array.from(state);
  let n = steps;
  let power = transition();
  while (n > 0) {
    if (n % 2 === 1) v = times(power, v);
    n = Math.floor(n / 2);
    if (n > 0) power = product(power, power);
  }
  return v;
}
