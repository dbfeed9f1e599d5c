// Renders the README's charts from the MiniMax fixtures into docs/images/.
// Run: npx tsx scripts/render-docs-charts.ts (test/charts/docs-images.test.ts checks the files are current).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { footballFieldChart, mixShiftChart } from "../src/charts/index.js";
import type { VegaLiteSpec } from "../src/charts/index.js";
import { renderSvg } from "../src/charts/render.js";
import { minimax } from "../src/fixtures/index.js";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");

/** The specs of the README charts, by file name under docs/images/. */
export function docsChartSpecs(): Record<string, VegaLiteSpec> {
  const f = minimax.figures;
  const footballField = footballFieldChart(
    [
      { label: "Bear", figure: f.targetPriceBear },
      { label: "Base", figure: f.targetPriceBase },
      { label: "Bull", figure: f.targetPriceBull },
      { label: "Bear to bull", low: f.targetPriceBear, high: f.targetPriceBull, value: f.targetPriceBase },
    ],
    {
      title: "MiniMax: broker target prices by scenario",
      valueTitle: "Target price per share",
      rules: [{ label: "Base target", value: f.targetPriceBase }],
    },
  );
  const mixShift = mixShiftChart(
    [
      { label: f.overseasRevenueShare2023.period?.label ?? "FY2023", shares: { Overseas: f.overseasRevenueShare2023 } },
      { label: f.overseasRevenueShare9M2025.period?.label ?? "9M2025", shares: { Overseas: f.overseasRevenueShare9M2025 } },
      {
        label: "9M2025 by region",
        shares: { "Asia-Pacific": f.revenueShareApac, Americas: f.revenueShareAmericas, EMEA: f.revenueShareEmea },
      },
    ],
    { title: "MiniMax: revenue mix", valueTitle: "Share of revenue", remainder: "Domestic" },
  );
  return { "minimax-football-field.svg": footballField, "minimax-mix-shift.svg": mixShift };
}

/** Renders every README chart: SVG markup by path relative to the repository. */
export async function renderDocsCharts(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(docsChartSpecs())) out[`docs/images/${name}`] = `${await renderSvg(spec)}\n`;
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, svg] of Object.entries(await renderDocsCharts())) {
    writeFileSync(join(root, path), svg);
    console.log(`wrote ${path} (${svg.length} bytes)`);
  }
}
