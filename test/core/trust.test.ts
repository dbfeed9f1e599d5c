// The trust promises of issue "no silent wrong number, no hang": each block is a class of
// input that 0.1.0 answered with a plausible wrong number, a hang, a NaN or an untyped error.
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  Decimal,
  EXPONENT_LIMIT,
  FinModelError,
  MAX_NUMERIC_LENGTH,
  allocateMoney,
  cagr,
  cashOutDate,
  compound,
  evaluateClaims,
  formatMoney,
  formatRatio,
  isFinModelError,
  lognormal,
  margin,
  marginChange,
  marketCap,
  mixShares,
  money,
  normal,
  percent,
  probabilityWeighted,
  psTargetPriceFloat,
  ratio,
  reviveQuantity,
  runwayMonths,
  shareTotal,
  toDecimal,
  triangular,
} from "finmodel";
import { loadClaimsFile } from "finmodel/fixtures";
import { PLAIN_RANGES } from "../../src/units/values.js";
import { codeOf, thrown } from "../support/errors.js";

const usd = (n: number | string) => money(n, "USD");

describe("plain numbers outside the plausible range of a rate are refused with a hint", () => {
  it("refuses 24 as a growth rate, and says how to write 24 % or 2,400 %", () => {
    const e = thrown(() => compound(money("562.2e6", "USD"), 24, 1));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.path).toBe("rate");
    expect(e.message).toContain(`24 as a growth rate is 2,400 %; write percent(24) or "24%" if you mean 24 %, or ratio(24) if you mean 2,400 %`);
  });

  it("never second-guesses typed values: percent(24), \"24%\" and ratio(24)", () => {
    // 562.2e6 × 1.24 = 697,128,000; × 25 = 14,055,000,000
    expect(compound(money("562.2e6", "USD"), percent(24), 1).amount.toString()).toBe("697128000");
    expect(compound(money("562.2e6", "USD"), "24%", 1).amount.toString()).toBe("697128000");
    expect(compound(money("562.2e6", "USD"), " 24% ", 1).amount.toString()).toBe("697128000");
    expect(compound(money("562.2e6", "USD"), ratio(24), 1).amount.toString()).toBe("14055000000");
    expect(compound(money("562.2e6", "USD"), "2400%", 1).amount.toString()).toBe("14055000000");
  });

  it("refuses margins written as percentages", () => {
    expect(thrown(() => marginChange(66.9, 70.7)).message).toContain("66.9 as a margin is 6,690 %");
    // 70.7 % − 66.9 % = 3.8 pp
    expect(marginChange(percent(66.9), percent(70.7)).value.toString()).toBe("3.8");
    expect(marginChange("66.9%", "70.7%").value.toString()).toBe("3.8");
    // a loss margin of −680 % is plausible, and accepted
    expect(marginChange(-6.8, -3.4).value.toString()).toBe("340");
  });

  it("refuses probabilities written as percentages", () => {
    expect(codeOf(() => probabilityWeighted([1, 2], [50, 50]))).toBe("OUT_OF_DOMAIN");
    expect(probabilityWeighted([1, 2], ["50%", "50%"]).toString()).toBe("1.5");
  });

  it("documents the ranges in one table that matches the source", () => {
    const doc = readFileSync(new URL("../../docs/units.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## Plain numbers as rates"));
    const rows = [...section.matchAll(/^\| (\w+) \| [^|]+ \| (-?[\d.]+) to (-?[\d.]+) \|$/gm)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    const table = Object.entries(PLAIN_RANGES).map(([k, r]) => [k, r.min, r.max]);
    expect(rows).toEqual(table);
  });
});

describe("quantities that went through JSON", () => {
  const revived = JSON.parse(JSON.stringify(usd(1))) as never;

  it("are read (checked) instead of crashing with a TypeError", () => {
    expect(margin(revived, usd(2)).value.toString()).toBe("0.5");
  });

  it("refuse a money-like object without a currency with UNIT_MISMATCH naming the field", () => {
    const e = thrown(() => margin({ kind: "money", amount: new Decimal(1) } as never, usd(2)));
    expect(e.code).toBe("UNIT_MISMATCH");
    expect(e.path).toBe("profit.currency");
    expect(thrown(() => margin({ amount: "1", currency: "USD" } as never, usd(2))).path).toBe("profit.kind");
  });

  it("revive through reviveQuantity into frozen quantities", () => {
    const m = reviveQuantity(revived);
    expect(Object.isFrozen(m)).toBe(true);
    expect(m).toMatchObject({ kind: "money", currency: "USD" });
    expect((m as { amount: Decimal }).amount.eq(1)).toBe(true);
    expect(thrown(() => reviveQuantity({ kind: "count", value: "3" })).path).toBe("value.unit");
    expect(thrown(() => reviveQuantity({ kind: "money", amount: "1", currency: "usd!" })).code).toBe("OUT_OF_DOMAIN");
  });
});

describe("no accepted value makes a later call hang", () => {
  it("refuses exponents beyond ±1000", () => {
    expect(EXPONENT_LIMIT).toBe(1000);
    expect(codeOf(() => toDecimal("1e9000000000"))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => money("1e9000000000", "USD"))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => toDecimal("1e1001"))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => toDecimal("1e-1001"))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => toDecimal(10n ** 1001n))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => toDecimal(new DecimalJs("1e5000")))).toBe("OUT_OF_DOMAIN");
    expect(toDecimal("9.99e1000").toString()).toBe("9.99e+1000");
    expect(toDecimal("0e9999999999").isZero()).toBe(true);
  });

  it("formats, allocates and dates the largest accepted values", () => {
    expect(formatRatio(ratio("1e1000"))).toMatch(/^1,000,000,.*,000\.0%$/);
    expect(allocateMoney(money("1e990", "USD"), [1, 1]).map((p) => p.amount.toString())).toEqual(["5e+989", "5e+989"]);
    expect(codeOf(() => cashOutDate("2025-09-30", usd("1e1000"), usd("1e-1000")))).toBe("OUT_OF_DOMAIN");
  });

  it("refuses numeric strings longer than the limit before reading them", () => {
    expect(MAX_NUMERIC_LENGTH).toBe(1100);
    const e = thrown(() => toDecimal("1".repeat(1_000_000)));
    expect(e.code).toBe("OUT_OF_DOMAIN");
    expect(e.message).toContain("1000000 characters");
    expect(codeOf(() => margin("1".repeat(40_000), 1))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => toDecimal(`${"1".repeat(1000)}x`))).toBe("INVALID_NUMBER");
  });

  it("reads numeric strings exactly as the 0.1.0 pattern did, in one pass (property)", () => {
    const pattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.eE+\- x]{0,12}$/), (text) => {
        const ok = pattern.test(text.trim());
        let got: Decimal | undefined;
        try {
          got = toDecimal(text);
        } catch (e) {
          expect(isFinModelError(e)).toBe(true);
        }
        expect(got !== undefined).toBe(ok);
        if (ok) expect(got!.eq(new DecimalJs(text.trim()))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("terminates mixShares on a hand-made Money with a NaN or infinite amount", () => {
    const bad = { kind: "money", amount: new DecimalJs(Number.NaN), currency: "USD" } as never;
    const inf = { kind: "money", amount: new DecimalJs(Number.POSITIVE_INFINITY), currency: "USD" } as never;
    expect(codeOf(() => mixShares({ a: bad, b: usd(1) }))).toBe("INVALID_NUMBER");
    expect(codeOf(() => mixShares({ a: inf, b: usd(1) }))).toBe("INVALID_NUMBER");
  });

  it("refuses claims arguments nested 10,000 deep with SCHEMA", () => {
    let arg: unknown = 1;
    for (let i = 0; i < 10_000; i++) arg = [arg];
    const claim = { id: "c", statement: "x", stated: "1", compute: { operation: "margin", args: [arg, 1] } };
    expect(codeOf(() => evaluateClaims([claim] as never, {}))).toBe("SCHEMA");
    expect(codeOf(() => loadClaimsFile({ figures: { a: { text: "1" } }, claims: [claim] }))).toBe("SCHEMA");
  });
});

describe("never NaN or Infinity", () => {
  it("refuses results beyond the exponent range", () => {
    expect(codeOf(() => compound(2, 1, "1e20"))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => marketCap("1e900", "1e900"))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => runwayMonths("1e900", "1e-900"))).toBe("OUT_OF_DOMAIN");
  });

  it("computes psTargetPriceFloat for a revenue of 1e308 without overflowing", () => {
    const p = psTargetPriceFloat({ revenue: 1e308, multiple: 54, fx: 7.8, shares: 317e6 });
    // 1e308 × 54 × 7.8 / 317e6 = 421.2e308 / 3.17e8 = 1.32870662460567823…e302
    expect(Math.abs(p / 1.3287066246056782e302 - 1)).toBeLessThan(1e-14);
  });

  it("refuses distributions whose moments overflow float64, and keeps the others exact", () => {
    expect(codeOf(() => normal(0, 1e308))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => triangular(1, 2, 1e308))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => lognormal(100, 1e308))).toBe("OUT_OF_DOMAIN");
    // (1 + 4 + 100 − 2 − 10 − 20) / 18 = 73/18
    expect(triangular(1, 2, 10).variance).toBeCloseTo(73 / 18, 14);
  });

  it("prints money of 1e309 with every digit, not ∞", () => {
    const text = formatMoney(money("1e309", "USD"));
    expect(text).not.toContain("∞");
    expect(text).toBe(`US$1${",000".repeat(103)}.00`);
  });

  it("checks every quantity that enters, including hand-made ones with a NaN Decimal", () => {
    const nan = { kind: "ratio", value: new DecimalJs(Number.NaN) } as never;
    expect(codeOf(() => marginChange(nan, 0.1))).toBe("INVALID_NUMBER");
    expect(codeOf(() => cagr({ kind: "money", amount: new Decimal(Number.NaN), currency: "USD" } as never, usd(2), 5))).toBe("INVALID_NUMBER");
  });
});

describe("errors that are always typed", () => {
  it("reads holes in arrays as missing values", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(codeOf(() => shareTotal([, , 1] as never))).toBe("INVALID_NUMBER");
    // eslint-disable-next-line no-sparse-arrays
    expect(codeOf(() => probabilityWeighted([1, 2, 3], [, , 1] as never))).toBe("INVALID_NUMBER");
    // eslint-disable-next-line no-sparse-arrays
    expect(codeOf(() => allocateMoney(usd(1), [, , 1] as never))).toBe("INVALID_NUMBER");
  });

  it("refuses spoofed Decimals, Symbols and hostile Proxies", () => {
    expect(codeOf(() => toDecimal({ [Symbol.toStringTag]: "Decimal" } as never))).toBe("INVALID_NUMBER");
    expect(codeOf(() => toDecimal({ [Symbol.toStringTag]: "Decimal", isFinite: () => true, toString: () => "NaN" } as never))).toBe("INVALID_NUMBER");
    expect(codeOf(() => toDecimal(Symbol("x") as never))).toBe("INVALID_NUMBER");
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error("trap"); }, get: () => { throw new Error("trap"); } });
    expect(codeOf(() => toDecimal(hostile as never))).toBe("INVALID_NUMBER");
    expect(codeOf(() => margin(hostile as never, 1))).toBeDefined();
    const getter = { kind: "money", currency: "USD", get amount(): never { throw new Error("getter"); } };
    expect(codeOf(() => margin(getter as never, usd(1)))).toBe("UNIT_MISMATCH");
  });

  it("recognises a FinModelError of another copy of the library by its brand", async () => {
    // @ts-expect-error: the query string makes vite load a second copy of the module, as a second build would be
    const other = (await import("../../src/core/errors.js?copy")) as typeof import("../../src/core/errors.js");
    expect(other.FinModelError).not.toBe(FinModelError);
    const foreign = new other.FinModelError("OUT_OF_DOMAIN", "x");
    expect(isFinModelError(foreign, "OUT_OF_DOMAIN")).toBe(true);
    expect(foreign instanceof FinModelError).toBe(true);
    expect(other.isFinModelError(thrown(() => toDecimal("x")))).toBe(true);
    expect({ code: "OUT_OF_DOMAIN", name: "FinModelError" } instanceof FinModelError).toBe(false);
  });

  it("prints compactly in Node, without the value's internals", () => {
    const e = thrown(() => toDecimal(new DecimalJs(Number.NaN), "revenue"));
    const text = inspect(e);
    expect(text.split("\n")[0]).toBe("FinModelError [INVALID_NUMBER]: revenue must be a finite number (number, numeric string, bigint or Decimal), got NaN");
    expect(text.split("\n")[1]).toBe("  path: revenue");
    expect(text).not.toContain("ROUND_HALF");
    expect(text).not.toContain("precision");
  });
});

describe("isolation of finmodel's Decimal", () => {
  it("sets every option itself: the host's Decimal.set before the import changes nothing", async () => {
    const saved = { minE: DecimalJs.minE, maxE: DecimalJs.maxE, precision: DecimalJs.precision, toExpNeg: DecimalJs.toExpNeg };
    try {
      DecimalJs.set({ minE: -50, maxE: 50, precision: 5, toExpNeg: -3 });
      vi.resetModules();
      const fresh = await import("finmodel");
      expect(fresh.toDecimal("1e-60").toString()).toBe("1e-60");
      expect(fresh.toDecimal("1e60").times(10).toString()).toBe("1e+61");
      expect(fresh.cagr(10.7, 206.5, 5).value.toSignificantDigits(10).toString()).toBe("0.8076204904") // (206.5 / 10.7)^(1/5) − 1 = 0.80762049040392…;
    } finally {
      DecimalJs.set(saved);
      vi.resetModules();
    }
  });

  it("cannot be reconfigured through the exported constructor", () => {
    expect(thrown(() => Decimal.set({ precision: 5 })).code).toBe("OUT_OF_DOMAIN");
    expect(thrown(() => Decimal.config({ precision: 5 })).code).toBe("OUT_OF_DOMAIN");
    const before = cagr(10.7, 206.5, 5).value.toString();
    const saved = Decimal.precision;
    try {
      (Decimal as { precision: number }).precision = 5;
      expect(cagr(10.7, 206.5, 5).value.toString()).toBe(before);
      expect(cagr(new Decimal(10.7), new Decimal(206.5), 5).value.toString()).toBe(before);
    } finally {
      (Decimal as { precision: number }).precision = saved;
    }
  });
});

describe("FinModelError keeps its shape", () => {
  it("is still an Error with a code", () => {
    const e = new FinModelError("SCHEMA", "bad");
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("SCHEMA");
  });
});
