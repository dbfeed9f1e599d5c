import { describe, expect, it } from "vitest";
import { evaluateClaims, FinModelError, resolveDerived, statedFigure, statedRange, type ClaimSpec } from "finmodel";

const figures = {
  revenue2025: statedFigure("US$75M"),
  revenue2027: statedFigure("US$700M"),
  growth2025: statedFigure("158.9%"),
  share2024: statedFigure("29%"),
  share2027: statedFigure("40%"),
  nineToTen: statedRange("9-10x"),
  over200: statedFigure("200%"),
};

describe("resolveDerived + evaluateClaims", () => {
  const known = resolveDerived(
    [{ id: "revenue2024", label: "Revenue 2024 (implied)", operation: "priorValue", args: ["@revenue2025", "@growth2025"] }],
    figures,
  );

  it("computes claims from references, with options objects and ranges", () => {
    const claims: ClaimSpec[] = [
      { id: "nine-to-ten", statement: "revenue grows 9–10× from 2025 to 2027", compute: { operation: "growthMultiple", args: ["@revenue2025", "@revenue2027"] }, stated: "@nineToTen" },
      {
        id: "open-platform",
        statement: "Open Platform revenue grows more than 200% a year for three years",
        // (0.40 × 700) / (0.29 × 28.9687) = 280 / 8.40093 = 33.3296; ^(1/3) = 3.2180 → CAGR 221.8%
        compute: { operation: "partGrowth", args: [{ totalBefore: "@revenue2024", totalAfter: "@revenue2027", shareBefore: "@share2024", shareAfter: "@share2027", years: 3 }] },
        stated: "@over200",
        comparator: ">=",
      },
      { id: "same", statement: "a figure compared with itself", compute: "@growth2025", stated: "158.9%" },
      { id: "text-range", statement: "stated range as text", compute: { operation: "growthMultiple", args: ["@revenue2025", "@revenue2027"] }, stated: "9-10x" },
    ];
    const results = evaluateClaims(claims, known);
    expect(results.map((r) => [r.id, r.check.verdict])).toEqual([
      ["nine-to-ten", "consistent"],
      ["open-platform", "consistent"],
      ["same", "consistent"],
      ["text-range", "consistent"],
    ]);
    const op = results[1]!.check.computed.value as { value: { toDecimalPlaces(n: number): { toString(): string } } };
    expect(op.value.toDecimalPlaces(3).toString()).toBe("2.218");
  });

  it("reports an unknown reference or operation, naming where", () => {
    const bad = (spec: ClaimSpec) => {
      try {
        evaluateClaims([spec], known);
      } catch (e) {
        return [(e as FinModelError).code, (e as FinModelError).path];
      }
      return undefined;
    };
    expect(bad({ id: "x", statement: "s", compute: { operation: "cagr", args: ["@nope", "@revenue2027", 2] }, stated: "1%" })).toEqual(["OUT_OF_DOMAIN", "claims.0.compute.args.0"]);
    expect(bad({ id: "x", statement: "s", compute: { operation: "eval" as never, args: [] }, stated: "1%" })).toEqual(["OUT_OF_DOMAIN", "claims.0.compute.operation"]);
    expect(bad({ id: "x", statement: "s", compute: "@growth2025", stated: "@missing" })).toEqual(["OUT_OF_DOMAIN", "claims.0.stated"]);
    expect(bad({ id: "x", statement: "s", compute: "@nineToTen", stated: "9x" })).toEqual(["UNIT_MISMATCH", "claims.0.compute"]);
  });

  it("refuses to redefine an id", () => {
    expect(() => resolveDerived([{ id: "revenue2025", label: "x", operation: "growthRate", args: [1, 2] }], figures)).toThrow(FinModelError);
  });
});
