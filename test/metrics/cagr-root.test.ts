// cagr's root: a float start refined by Newton in Decimal must give decimal.js pow's answer,
// computed at full precision and rounded once to 34 digits; a positive end value never gives −100%.
import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, cagr, cagrBetween } from "finmodel";
import { codeOf } from "../support/errors.js";

/** decimal.js at 80 digits, an independent clone: q^(1/n) − 1 rounded once to 34 significant digits. */
const Ref = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_EVEN });
function reference(from: string, to: string, years: string): string {
  const q = new Decimal(to).div(from); // the 34-digit ratio cagr itself starts from
  const x = new Ref(q.toString()).pow(new Ref(1).div(years)).minus(1);
  // Written the way finmodel writes a Decimal (its own exponent thresholds).
  return new Decimal(x.toSignificantDigits(34, DecimalJs.ROUND_HALF_EVEN).toString()).toString();
}

describe("cagr at full precision", () => {
  it("the issue's figure: US$10.7B → US$206.5B over 5 years, every digit", () => {
    // (206.5/10.7)^(1/5) − 1 = 0.80762049040392030127078937593447882696… (80-digit pow)
    expect(cagr(10.7, 206.5, 5).value.toString()).toBe("0.8076204904039203012707893759344788");
    expect(reference("10.7", "206.5", "5")).toBe("0.8076204904039203012707893759344788");
  });

  it("property: whole years, any growth, equals pow at 80 digits rounded to 34", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: -6, max: 6 }),
        fc.integer({ min: 1, max: 60 }),
        (a, b, e, years) => {
          const from = String(a);
          const to = `${b}e${e}`;
          expect(cagr(from, to, years).value.toString()).toBe(reference(from, to, String(years)));
        },
      ),
      { numRuns: 400, seed: 2024, endOnFailure: true },
    );
  });

  it("property: fractional years (the pow path) agree with the reference to the last digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 400 }), (a, b, quarters) => {
        const years = String(quarters / 4 + 0.125);
        expect(cagr(String(a), String(b), years).value.toString()).toBe(reference(String(a), String(b), years));
      }),
      { numRuns: 200, seed: 99, endOnFailure: true },
    );
  });
});

describe("a positive end value never gives −100%", () => {
  it("cagr(1, 0.000001, 0.01): (1e-6)^100 − 1 = −1 + 1e-600, kept above −1", () => {
    const v = cagr(1, "0.000001", "0.01").value;
    expect(v.gt(-1)).toBe(true);
    expect(v.plus(1).toString()).toBe("1e-600");
  });

  it("property: from > 0, to > 0 → CAGR > −1 or a refusal, never −1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: -40, max: 0 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 4 }), (m, e, num, scale) => {
        const years = new Decimal(num).div(10 ** scale);
        let v: Decimal;
        try {
          v = cagr(1, `${m}e${e}`, years).value;
        } catch (err) {
          expect(codeOf(() => cagr(1, `${m}e${e}`, years))).toBe("OUT_OF_DOMAIN");
          // A fall is refused only when the CAGR is too near −100%; a rise can be refused only for
          // a CAGR beyond the 1e1000 finmodel holds (5.6364 over 2e-4 years: 5.6364^5000 − 1 ≈ 1e3755).
          expect(String(err)).toMatch(m * 10 ** e < 1 ? /too near −100%/ : /decimal exponent from -1000 to 1000/);
          return;
        }
        expect(v.gt(-1)).toBe(true);
      }),
      { numRuns: 400, seed: 8, endOnFailure: true },
    );
  });

  it("an end value of zero is −100%; a root beyond 1000 digits is refused", () => {
    expect(cagr(100, 0, 5).value.toString()).toBe("-1");
    expect(codeOf(() => cagr(1, "1e-9", "1e-9"))).toBe("OUT_OF_DOMAIN");
    expect(cagrBetween(100, 121, "2024-01-01", "2026-01-01", { basis: "30/360 US" }).value.toString()).toBe("0.1");
  });
});
