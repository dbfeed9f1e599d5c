// The one reader of stated text: a range reads as a range in statedRange,
// readStated, evaluateClaims, claims files and `finmodel check` alike.
import { describe, expect, it } from "vitest";
import * as finmodel from "finmodel";
import { statedFigure } from "finmodel";
import { type ClaimSpec, type FigureRange, claimsFileSchema, evaluateClaims, isFigureRange, loadClaimsFile, readStated, resolveDerived, statedRange } from "finmodel/claims";
import * as fixtures from "finmodel/fixtures";
import { codeOf } from "../support/errors.js";
import { finmodel as cli, tempFile } from "../cli/run.js";

const ends = (r: FigureRange) => [r.low.value, r.high.value].map((v) => (v as { value: { toString(): string } }).value.toString());

// Each written as a document writes it; the ends as read by hand.
const RANGES: readonly [string, string, [string, string]][] = [
  ["40%-50%", "ratio", ["0.4", "0.5"]],
  ["9—10x", "multiple", ["9", "10"]],
  ["9-10 倍", "multiple", ["9", "10"]],
  ["50 倍甚至 100 倍", "multiple", ["50", "100"]],
  ["9–10×", "multiple", ["9", "10"]],
  ["-5%-5%", "ratio", ["-0.05", "0.05"]],
];

describe("readStated", () => {
  it.each(RANGES)("reads %s as a range of two %ss", (text, kind, expected) => {
    const r = readStated(text);
    expect(isFigureRange(r)).toBe(true);
    expect((r as FigureRange).low.value).toMatchObject({ kind });
    expect(ends(r as FigureRange)).toEqual(expected);
    // the same reading as statedRange's
    expect(ends(statedRange(text))).toEqual(expected);
  });

  it("reads one figure as that figure, a leading minus included", () => {
    const f = readStated("-5%");
    expect(f.kind).toBe("figure");
    // "-5%" stands for [-5.5%, -4.5%]
    expect(String(((f as finmodel.Figure).interval.low as finmodel.Ratio).value)).toBe("-0.055");
    expect(readStated("US$10.7B", { label: "revenue" })).toMatchObject({ kind: "figure", label: "revenue" });
  });

  it("refuses text that is neither, and a reversed or mixed range, with PARSE_ERROR", () => {
    for (const bad of ["about nine", "", "10-9x", "9x-10%", "1-2-3"]) expect(codeOf(() => readStated(bad)), bad).toBe("PARSE_ERROR");
  });

  it("is the reader finmodel exports too", () => {
    expect(finmodel.readStated).toBe(readStated);
    expect(finmodel.statedRange).toBe(statedRange);
  });
});

describe("evaluateClaims reads stated ranges with the one reader", () => {
  const figures = { low: statedFigure("45%"), mult: statedFigure("9.5x"), ps: statedFigure("60x") };
  it.each([
    ["40%-50%", "@low"],
    ["9—10x", "@mult"],
    ["50 倍甚至 100 倍", "@ps"],
  ])("stated %s: a range, checked with between", (stated, compute) => {
    const [r] = evaluateClaims([{ id: "c", statement: "s", compute, stated } as ClaimSpec], figures);
    // 45% ∈ [40%, 50%], 9.5x ∈ [9x, 10x], 60x ∈ [50x, 100x]
    expect(r!.check.comparator).toBe("between");
    expect(r!.check.verdict).toBe("consistent");
  });
});

describe("claims files read stated ranges with the one reader", () => {
  const file = {
    figures: { util: { text: "45%" }, band: { text: "9—10x" }, ps: { text: "60 倍" }, paid: { text: "50 倍甚至 100 倍" } },
    claims: [
      { id: "utilisation", statement: "utilisation is 40% to 50%", compute: "@util", stated: "40%-50%" },
      { id: "paid", statement: "the market paid 50x or even 100x", compute: "@ps", stated: "@paid" },
    ],
  };

  it("reads a figure text that is a range as a range, and stated text likewise", () => {
    const loaded = loadClaimsFile(file);
    expect(isFigureRange(loaded.figures.band)).toBe(true);
    expect(ends(loaded.figures.band as FigureRange)).toEqual(["9", "10"]);
    const results = evaluateClaims(loaded.claims, resolveDerived(loaded.derived, loaded.figures));
    expect(results.map((r) => r.check.verdict)).toEqual(["consistent", "consistent"]);
  });

  it("checks `range` when given: a range flag on one figure, or no range on a range, is SCHEMA", () => {
    const claims = file.claims.slice(0, 1);
    expect(codeOf(() => loadClaimsFile({ figures: { util: { text: "45%", range: true } }, claims }))).toBe("SCHEMA");
    expect(codeOf(() => loadClaimsFile({ figures: { util: { text: "40%-50%", range: false } }, claims }))).toBe("SCHEMA");
    expect(isFigureRange(loadClaimsFile({ figures: { util: { text: "45%" }, r: { text: "40%-50%", range: true } }, claims }).figures.r)).toBe(true);
  });

  it("finmodel check takes them: a user's file with ranges, checked in process", async () => {
    const r = await cli("check", tempFile("ranges.json", JSON.stringify(file)));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^utilisation\s+consistent\s+45\.00%\s+40%-50%$/m);
    expect(r.stdout).toMatch(/^paid\s+consistent\s+60\.00x\s+50 倍甚至 100 倍$/m);
  });
});

describe("finmodel/fixtures keeps its claims-file exports, deprecated", () => {
  it("as the very same values", () => {
    expect(fixtures.loadClaimsFile).toBe(loadClaimsFile);
    expect(fixtures.claimsFileSchema).toBe(claimsFileSchema);
  });

  it("while finmodel itself has no claims-file schema (it would bring zod)", () => {
    expect(Object.keys(finmodel)).not.toContain("claimsFileSchema");
    expect(Object.keys(finmodel)).not.toContain("loadClaimsFile");
  });
});

describe("statedFigure's kind", () => {
  it("checks the kind the text reads as, and keeps everything else as without it", () => {
    const cagr = statedFigure("80.7%", { kind: "ratio", label: "CAGR" });
    expect(cagr).toEqual(statedFigure("80.7%", { label: "CAGR" }));
    expect(statedFigure("US$10.7B", { kind: "money" }).value.amount.toString()).toBe("10700000000");
    expect(statedFigure("2760萬", { unit: "users", kind: "count" }).value.unit).toBe("users");
    expect(statedFigure("310", { kind: "number" }).value.toString()).toBe("310");
  });

  it("refuses text that reads as another kind with UNIT_MISMATCH, and an unknown kind with OUT_OF_DOMAIN", () => {
    const e = (() => {
      try {
        statedFigure("US$10.7B", { kind: "ratio" });
      } catch (error) {
        return error as finmodel.FinModelError;
      }
      throw new Error("no error");
    })();
    expect([e.code, e.path]).toEqual(["UNIT_MISMATCH", "text"]);
    expect(e.message).toContain("reads as money");
    // a plain number is not a count unless given a unit: the kind says which was meant
    expect(codeOf(() => statedFigure("310", { kind: "count" }))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => statedFigure("80.7%", { kind: "percent" as never }))).toBe("OUT_OF_DOMAIN");
    expect(codeOf(() => statedFigure("80.7%", { kind: "hasOwnProperty" as never }))).toBe("OUT_OF_DOMAIN");
  });
});

describe("statedRange's kind", () => {
  it("checks both ends and keeps the range as without it", () => {
    const r = statedRange("9-10倍", { kind: "multiple" });
    expect(r).toEqual(statedRange("9-10倍"));
    expect(r.high.value.value.toString()).toBe("10");
    expect(statedRange("40%-50%", { kind: "ratio" }).low.value.value.toString()).toBe("0.4");
    expect(codeOf(() => statedRange("9-10倍", { kind: "ratio" }))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => statedRange("9-10倍", { kind: "percent" as never }))).toBe("OUT_OF_DOMAIN");
  });
});

describe("readStated's kind", () => {
  it("types a figure or a range of that kind, and checks it either way", () => {
    const one = readStated("80.7%", { kind: "ratio" });
    expect(one.kind === "figure" && one.value.value.toString()).toBe("0.807");
    const range = readStated("9-10倍", { kind: "multiple" });
    expect(range.kind === "figure-range" && range.low.value.value.toString()).toBe("9");
    expect(codeOf(() => readStated("80.7%", { kind: "money" }))).toBe("UNIT_MISMATCH");
    expect(codeOf(() => readStated("9-10倍", { kind: "ratio" }))).toBe("UNIT_MISMATCH");
  });
});
