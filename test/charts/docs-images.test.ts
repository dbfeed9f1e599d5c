// The README's charts are committed SVGs; this re-renders them from the fixtures and checks
// that the committed files are current. Regenerate with: npx tsx scripts/render-docs-charts.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docsChartSpecs, renderDocsCharts } from "../../scripts/render-docs-charts.js";
import { root } from "../support/examples.js";

describe("docs/images", () => {
  it("holds the current rendering of every README chart", async () => {
    const rendered = await renderDocsCharts();
    expect(Object.keys(rendered).sort()).toEqual(["docs/images/minimax-football-field.svg", "docs/images/minimax-mix-shift.svg"]);
    for (const [path, svg] of Object.entries(rendered)) {
      expect(readFileSync(join(root, path), "utf8"), `${path} is stale: run npx tsx scripts/render-docs-charts.ts`).toBe(svg);
    }
  });

  it("plots the MiniMax targets HK$300 / 930 / 1,240 and the mix 19% → 73%, 61 / 24 / 15", () => {
    const specs = docsChartSpecs();
    const ff = specs["minimax-football-field.svg"]!.data.values;
    expect(ff.filter((r) => r.kind === "range").map((r) => r.value)).toEqual([300, 930, 1240, 930]);
    expect(ff.filter((r) => r.kind === "rule").map((r) => r.value)).toEqual([930]);
    const mix = specs["minimax-mix-shift.svg"]!.data.values;
    expect(mix.filter((r) => r.part === "Overseas").map((r) => r.share)).toEqual([19, 73]);
    expect(mix.filter((r) => r.bar === "9M2025 by region").map((r) => r.share)).toEqual([61, 24, 15]);
  });
});
