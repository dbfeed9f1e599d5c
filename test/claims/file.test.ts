// The claims-file schema and loader (finmodel/claims) behind `finmodel check`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FinModelError, evaluateClaims, isFigure, isFxRate, isMoney, isRatio, resolveDerived } from "finmodel";
import { claimsFileSchema, loadClaimsFile } from "finmodel/claims";
import { checkMinimaxClaims } from "finmodel/fixtures";
import { root } from "../support/examples.js";

function schemaPath(data: unknown): string | undefined {
  try {
    loadClaimsFile(data);
  } catch (e) {
    expect(e).toBeInstanceOf(FinModelError);
    expect((e as FinModelError).code).toBe("SCHEMA");
    return (e as FinModelError).path;
  }
  return undefined;
}

/** The amount of a claims-file subject that must be a money figure. */
function amountOf(subject: unknown): string {
  const value = isFigure(subject) ? subject.value : undefined;
  if (!isMoney(value)) throw new Error(`not a money figure: ${String(subject)}`);
  return value.amount.toString();
}

const claim = { id: "c", statement: "s", compute: "@a", stated: "1%" };

describe("loadClaimsFile", () => {
  it("reads the MiniMax example file into the verdicts of checkMinimaxClaims()", () => {
    const file = loadClaimsFile(JSON.parse(readFileSync(join(root, "examples/claims/minimax-claims.json"), "utf8")));
    const results = evaluateClaims(file.claims, resolveDerived(file.derived, file.figures));
    const expected = checkMinimaxClaims();
    expect(results.map((r) => [r.id, r.check.verdict, r.check.computed.interval])).toEqual(expected.map((r) => [r.id, r.check.verdict, r.check.computed.interval]));
    expect(isFxRate(file.figures.usdHkdAssumed)).toBe(true);
  });

  it("keeps the stated precision, reads words by their reading and ranges as ranges", () => {
    const rich = loadClaimsFile({
      figures: {
        a: { text: "80.7%", period: "FY2025", status: "estimate", label: "Market CAGR" },
        doubled: { text: "翻倍", reading: "2×" },
        band: { text: "9-10 倍", range: true },
        users: { text: "310 萬", unit: "users" },
      },
      claims: [claim],
    }).figures as Record<string, { kind: string; text?: string; value?: unknown; interval?: { low: unknown }; status?: string; period?: { label: string }; low?: { value: unknown } }>;
    // "80.7%" stands for [80.65%, 80.75%]
    expect(String((rich.a!.interval!.low as { value: unknown }).value)).toBe("0.8065");
    expect([rich.a!.status, rich.a!.period?.label]).toEqual(["estimate", "FY2025"]);
    expect([rich.doubled!.text, String((rich.doubled!.value as { value: unknown }).value)]).toEqual(["翻倍", "2"]);
    expect([rich.band!.kind, String((rich.band!.low!.value as { value: unknown }).value)]).toEqual(["figure-range", "9"]);
    // 310萬 = 3,100,000 users
    expect(rich.users!.value).toMatchObject({ kind: "count", unit: "users" });
  });

  it("reads the data once, before the schema: a throwing getter or Proxy is SCHEMA naming where it sits", () => {
    const thrower = (): never => {
      throw new Error("hostile");
    };
    const hostileFigure = { get text(): string { return thrower(); } };
    expect(schemaPath({ figures: { a: hostileFigure }, claims: [claim] })).toBe("figures.a");
    const proxy = new Proxy({}, { get: thrower, ownKeys: thrower, getPrototypeOf: thrower, getOwnPropertyDescriptor: thrower });
    expect(schemaPath({ figures: { a: { text: "1%" } }, claims: [claim, proxy] })).toBe("claims.1");
    expect(schemaPath(proxy)).toBe("file");
    // a getter is read once: the schema sees the value the snapshot took, not a second answer
    let reads = 0;
    const counted = { figures: { a: { get text(): string { reads++; return "1%"; } } }, claims: [claim] };
    loadClaimsFile(counted);
    expect(reads).toBe(1);
  });

  it("names the path of the first problem with SCHEMA", () => {
    expect(schemaPath({ figures: { a: { text: "1%" } }, claims: [] })).toBe("claims");
    expect(schemaPath({ figures: { a: { text: "1%", colour: "red" } }, claims: [claim] })).toBe("figures.a");
    expect(schemaPath({ figures: { a: { text: "zz" } }, claims: [claim] })).toBe("figures.a.text");
    expect(schemaPath({ figures: { a: { text: "1%", period: "someday" } }, claims: [claim] })).toBe("figures.a.period");
    expect(schemaPath({ figures: { a: { text: "1%" } }, claims: [{ ...claim, compute: "@b" }] })).toBe("claims.0.compute");
    expect(schemaPath({ figures: { a: { text: "1%" } }, claims: [{ ...claim, stated: "@nope" }] })).toBe("claims.0.stated");
    expect(schemaPath({ figures: { a: { text: "1%" } }, claims: [claim, claim] })).toBe("claims.1.id");
    expect(schemaPath({ figures: { a: { text: "1%" } }, fx: { a: { base: "USD", quote: "HKD", rate: "7.8" } }, claims: [claim] })).toBe("fx.a");
    expect(schemaPath({ figures: { a: { text: "1%" } }, fx: { r: { base: "USD", quote: "USD", rate: "7.8" } }, claims: [claim] })).toBe("fx.r.quote");
    expect(schemaPath({ figures: { a: { text: "1%" } }, claims: [{ ...claim, compute: { operation: "eval", args: [] } }] })).toBe("claims.0.compute");
    // a derived step may use only what is defined before it
    expect(
      schemaPath({
        figures: { a: { text: "US$1" } },
        derived: [{ id: "d", label: "d", operation: "priorValue", args: ["@e", "10%"] }, { id: "e", label: "e", operation: "priorValue", args: ["@a", "10%"] }],
        claims: [claim],
      }),
    ).toBe("derived.0.args.0");
    expect(schemaPath(null)).toBe("file");
  });

  it("exports its schema for reuse", () => {
    expect(claimsFileSchema.safeParse({ figures: { a: { text: "1%" } }, claims: [claim] }).success).toBe(true);
    expect(claimsFileSchema.safeParse({ figures: { "1a": { text: "1%" } }, claims: [claim] }).success).toBe(false);
  });

  it("reads texts with the separators of the file's locale, and refuses ambiguous ones without it", () => {
    const data = (locale?: string) => ({
      ...(locale !== undefined ? { locale } : {}),
      figures: { revenue: { text: "US$1,234M" }, cost: { text: "US$617M" } },
      claims: [{ id: "half", statement: "cost is half of revenue", compute: { operation: "shareOf", args: ["@cost", "@revenue"] }, stated: "50.0%" }],
    });
    // "US$1,234M" is US$1.234M in de-DE and US$1,234M in en-US: without a locale it is refused
    expect(schemaPath(data())).toBe("figures.revenue.text");
    const en = loadClaimsFile(data("en-US"));
    expect(amountOf(en.figures.revenue)).toBe("1234000000");
    const [result] = evaluateClaims(en.claims, resolveDerived(en.derived, en.figures));
    // 617 / 1234 = 0.5 exactly, inside 50.0% ± 0.05%
    expect(result!.check.verdict).toBe("consistent");
    // in de-DE the same text is 1.234 million, and the claim's own stated text is read in it too
    const base = data("de-DE");
    const de = loadClaimsFile({ ...base, figures: { ...base.figures, cost: { text: "US$0,617M" } }, claims: [{ ...base.claims[0]!, stated: "50,0%" }] });
    expect(amountOf(de.figures.revenue)).toBe("1234000");
    const [deResult] = evaluateClaims(de.claims, resolveDerived(de.derived, de.figures));
    const stated = deResult!.check.stated;
    expect("value" in stated && isRatio(stated.value) && stated.value.value.toString()).toBe("0.5");
    expect(deResult!.check.verdict).toBe("consistent");
    expect(schemaPath(data("no such locale"))).toBe("locale");
  });
});
