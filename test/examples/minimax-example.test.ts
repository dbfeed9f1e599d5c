import { describe, expect, it } from "vitest";
import { runExample } from "../support/run-example.js";

function run(script: string, tz: string): string {
  return runExample(script, { tz });
}

describe("examples/minimax.ts (npm run example)", () => {
  const out = run("minimax.ts", "UTC");

  it("prints the figures the reports state and the ones they imply (checked by hand)", () => {
    expect(out).toMatch(/Gross margin FY2024 → FY2025\s+12\.2% → 25\.4%/);
    expect(out).toMatch(/change\s+\+13\.2 pp/); // 25.4 − 12.2
    expect(out).toMatch(/ratio \("doubled"\)\s+2\.08x/); // 25.4 / 12.2 = 2.082
    expect(out).toMatch(/R&D per unit of revenue.*0\.517x/); // 1.338 / 2.589 = 0.5168
    expect(out).toMatch(/Moore Threads net margin FY2025\s+-68\.0%/); // −10.24 / 15.05 = −0.6804
    expect(out).toMatch(/Revenue FY2024 \(implied\)\s+US\$28\.97M/); // 75 / 2.589
    expect(out).toMatch(/CAGR over two years\s+205\.5%/); // √(700/75) − 1 = 2.0551
    expect(out).toMatch(/Share count implied by HK\$930\s+317\.0M shares/); // 37.8e9 × 7.8 / 930
    expect(out).toMatch(/bull: .*implies 50\.4x/); // 1240 × 317.03M / 7.8 / 1e9
    expect(out).toMatch(/Probability-weighted target.*HK\$850/); // .25×1240 + .5×930 + .25×300
    expect(out).toMatch(/Runway\s+37\.6 months/); // 1050 / 27.9 = 37.63
    expect(out).toMatch(/Overseas share 2023 → 9M2025\s+19% → 73%\s+\(\+54\.0 pp\)/);
  });

  it("gives every claim a verdict", () => {
    expect(out.match(/^ {2}[✓≈✗] /gm)).toHaveLength(11);
  });

  it("is deterministic, whatever the time zone", async () => {
    expect(run("minimax.ts", "America/Los_Angeles")).toBe(out);
    await expect(out).toMatchFileSnapshot("./__snapshots__/minimax-example.txt");
  });
});
