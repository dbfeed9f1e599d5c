// The namespace and its named export, not the default export: under "module": "node16"/
// "nodenext" an ESM consumer's default import of decimal.js (a CommonJS package) is the whole
// module namespace, so a shipped `import DecimalJs from "decimal.js"` declaration fails with
// TS2709 and, under skipLibCheck, turns every Decimal into `any`.
import * as DecimalJs from "decimal.js";

/**
 * The decimal exponent range finmodel accepts and computes in: every finite
 * non-zero value it reads or returns has `1e-1000 ≤ |x| < 1e1001` (decimal.js
 * `e` from −1000 to 1000). A value outside it is `OUT_OF_DOMAIN` when read, and
 * a result outside it is refused rather than returned, so no accepted value can
 * make a later call (formatting, allocation, a date) run for minutes.
 */
export const EXPONENT_LIMIT = 1000;

/** @internal Every option of finmodel's constructors, so that none is inherited from the global decimal.js. */
export const SETTINGS = {
  defaults: false,
  precision: 34,
  rounding: DecimalJs.Decimal.ROUND_HALF_EVEN,
  toExpNeg: -21,
  toExpPos: 21,
  // decimal.js's own limits, set rather than inherited. Intermediate results may pass
  // EXPONENT_LIMIT (a percentage of 1e1000 is 1e1002); what finmodel accepts and returns may not.
  minE: -9e15,
  maxE: 9e15,
  modulo: DecimalJs.Decimal.ROUND_FLOOR,
  crypto: false,
} as DecimalJs.Decimal.Config;

/**
 * @internal The constructor finmodel computes with. It is never handed out, so nothing an
 * application does to the exported `Decimal` (see public-decimal.ts) (or to decimal.js's global
 * `Decimal`) changes a result: every option is set here, none is inherited.
 */
export const Decimal = /* @__PURE__ */ DecimalJs.Decimal.clone({ ...SETTINGS });

/** A decimal.js value, as produced by finmodel's private {@link Decimal} constructor. */
export type Decimal = DecimalJs.Decimal;

/** The number of significant digits finmodel computes with. */
export const PRECISION = 34;

/**
 * @internal The one test of "is this a decimal.js value": an instance of any
 * clone of the decimal.js copy finmodel uses (they share one prototype).
 * Values of another copy of decimal.js, or objects that only claim the
 * `Decimal` tag, are not: {@link toDecimal} reads those through their text.
 */
export function isDecimal(value: unknown): value is Decimal {
  try {
    return value instanceof Decimal;
  } catch {
    return false; // a Proxy whose getPrototypeOf trap throws
  }
}

/**
 * @internal Whether a value claims to be a decimal.js value of any copy of decimal.js (its
 * `Symbol.toStringTag` is "Decimal"): the test for Decimals that {@link isDecimal} does not
 * know, which are read through their text (core/numeric.ts `toDecimal`). False for anything
 * whose tag cannot be read.
 */
export function claimsDecimal(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "Decimal";
  } catch {
    return false;
  }
}

const LOG_BASE = 7;
const WORD_SCALE = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/**
 * @internal `new Decimal(x)` for a finite number (−0 read as 0), without decimal.js's text parser (a regular
 * expression, a replace and a slice per word: about 0.45 µs, more than most of the arithmetic
 * that follows). The digits are the same: the shortest decimal that reads back as `x`, which is
 * what `String(x)` prints and what decimal.js parses. They are written into decimal.js's
 * documented representation (sign `s`, exponent `e`, base-10⁷ words `d`, each word aligned on
 * the decimal point and the last padded with zeros) of a new instance of finmodel's
 * constructor; test/core/decimal-of-float.test.ts compares it with `new Decimal(x)` on every
 * kind of double.
 */
export function decimalOfFloat(x: number): Decimal {
  // decimal.js's own fast path: zero (−0 too: a sign artefact of float arithmetic) and small integers.
  if (x === 0) return new Decimal(0);
  const negative = x < 0;
  const v = negative ? -x : x;
  if (v < 1e7 && v === Math.floor(v)) return new Decimal(x);
  const text = String(v);
  const n = text.length;
  // The digits end at "e", which String prints only outside [1e-6, 1e21); the point is at
  // `point` (or at the end of the digits).
  let end = v >= 1e-6 && v < 1e21 ? -1 : text.indexOf("e");
  let exponent = 0;
  if (end < 0) end = n;
  else exponent = Number(text.slice(end + 1));
  let point = text.indexOf(".");
  if (point < 0 || point > end) point = end;
  let first = 0;
  while (first < end && (text.charCodeAt(first) === 48 || first === point)) first++;
  let last = end - 1;
  while (text.charCodeAt(last) === 48 || last === point) last--;
  // The base-10 exponent of the first significant digit.
  const e = (first < point ? point - first - 1 : point - first) + exponent;
  // The first word holds the digits down to the first multiple of 7 places before the point.
  let size = (e + 1) % LOG_BASE;
  if (size <= 0) size += LOG_BASE;
  const d: number[] = [];
  let word = 0;
  let count = 0;
  for (let i = first; i <= last; i++) {
    if (i === point) continue;
    word = word * 10 + (text.charCodeAt(i) - 48);
    if (++count === size) {
      d.push(word);
      word = 0;
      count = 0;
      size = LOG_BASE;
    }
  }
  if (count > 0) d.push(word * WORD_SCALE[size - count]!);
  // The own properties, in the order decimal.js's constructor gives them (so the same methods apply).
  const out = Object.create(Decimal.prototype as object) as { constructor: unknown; s: number; e: number; d: number[] };
  out.constructor = Decimal;
  out.s = negative ? -1 : 1;
  out.e = e;
  out.d = d;
  return out as unknown as Decimal;
}
