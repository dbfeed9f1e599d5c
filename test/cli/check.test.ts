// finmodel check: the MiniMax claims file reproduces checkMinimaxClaims(), and
// the exit code gates on inconsistent claims.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMinimaxClaims } from "finmodel/fixtures";
import { expectBadInput, finmodel, finmodelJson, root, tempFile } from "./run.js";

const MINIMAX = "examples/claims/minimax-claims.json";

interface CheckJson {
  counts: Record<string, number>;
  claims: { id: string; verdict: string; computed: { value?: string; amount?: string } }[];
}

describe("finmodel check", () => {
  it("reproduces the verdicts of checkMinimaxClaims() and exits 1, since some claims are inconsistent", async () => {
    const r = await finmodelJson<CheckJson>("check", MINIMAX);
    expect(r.code).toBe(1);
    const expected = checkMinimaxClaims();
    expect(r.json.claims.map((c) => [c.id, c.verdict])).toEqual(expected.map((c) => [c.id, c.check.verdict]));
    expect(r.json.claims.map((c) => c.computed.value)).toEqual(expected.map((c) => (c.check.computed.value as { value: { toString(): string } }).value.toString()));
    // three claims fail: 73% vs 70% overseas, 3.43x vs "doubled", the bear case's 30.5x vs 54x
    expect(r.json.claims.filter((c) => c.verdict === "inconsistent").map((c) => c.id)).toEqual([
      "overseasShareAcrossDocuments",
      "mooreThreadsRevenueDoubled",
      "bearTargetAtBaseMultiple",
    ]);
    expect(r.json.counts).toEqual({ consistent: 6, "consistent-within-rounding": 2, inconsistent: 3 });
  });

  it("prints a table of verdicts", async () => {
    const r = await finmodel("check", MINIMAX);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^claim\s+verdict\s+computed\s+stated$/);
    expect(r.stdout).toMatch(/^marketCagr\s+within rounding\s+80\.76%\s+80\.7%$/m);
    expect(r.stdout).toMatch(/^bearTargetAtBaseMultiple\s+INCONSISTENT\s+30\.48x\s+54 倍$/m);
    expect(r.stdout).toContain("11 claims: 6 consistent, 2 consistent within rounding, 3 inconsistent");
  });

  it("exits 0 when every claim holds", async () => {
    const file = tempFile(
      "ok.json",
      JSON.stringify({
        figures: { gm2024: { text: "12.2%" }, gm2025: { text: "25.4%" } },
        claims: [{ id: "doubled", statement: "gross margin doubled", compute: { operation: "marginRatio", args: ["@gm2024", "@gm2025"] }, stated: "2x" }],
      }),
    );
    const r = await finmodel("check", file);
    expect(r.code, r.stderr).toBe(0);
    // 25.4 / 12.2 = 2.08x, which rounds to the stated 2x
    expect(r.stdout).toMatch(/^doubled\s+consistent\s+2\.08x\s+2x$/m);
  });

  it("refuses a missing file, bad JSON and a file that breaks the schema, naming the path", async () => {
    expectBadInput(await finmodel("check", "no-such.json"), "<file.json>:");
    expect(expectBadInput(await finmodel("check", tempFile("bad.json", "{ nope")), "")).toMatch(/bad\.json: expected JSON/);
    const schema = tempFile("schema.json", JSON.stringify({ figures: { a: { text: "1%" } }, claims: [{ id: "c", statement: "s", compute: "@b", stated: "1%" }] }));
    expect(expectBadInput(await finmodel("check", schema), "")).toMatch(/schema\.json: claim "c", compute: "@b" names no figure/);
    const extra = tempFile("extra.json", JSON.stringify({ figures: { a: { text: "1%", colour: "red" } }, claims: [] }));
    expect(expectBadInput(await finmodel("check", extra), "")).toMatch(/extra\.json: figures\.a/);
  });

  it("keeps the example file free of sentences: every text is a figure as written in the seeds", async () => {
    const file = JSON.parse(readFileSync(join(root, MINIMAX), "utf8")) as { figures: Record<string, { text: string }> };
    const seeds = ["minimax-fy2025-results", "minimax-broker-initiation"].flatMap(
      (d) => (JSON.parse(readFileSync(join(root, "seeds", `${d}.json`), "utf8")) as { figures: { id: string; text: string }[] }).figures,
    );
    for (const [id, f] of Object.entries(file.figures)) expect(f.text, id).toBe(seeds.find((s) => s.id === id)?.text);
  });
});

describe("finmodel check's imports", () => {
  it("hold nothing of the MiniMax fixtures: the command line bundled from its sources reads claims files with finmodel/claims alone", async () => {
    const { build } = await import("esbuild");
    const out = await build({ entryPoints: [join(root, "cli", "main.ts")], bundle: true, write: false, metafile: true, platform: "node", format: "esm", logLevel: "silent" });
    const inputs = Object.keys(out.metafile.inputs);
    // the check can fail: the claims loader is in the bundle
    expect(inputs).toContain("src/claims/file.ts");
    expect(inputs.filter((p) => p.startsWith("src/fixtures/") || p.startsWith("seeds/"))).toEqual([]);
  });
});
