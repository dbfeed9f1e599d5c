import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { xoshiro128ss } from "finmodel";
import { runExample } from "../support/run-example.js";

function run(script: string): string {
  return runExample(script, { timeout: 120_000 });
}

// The share count is the one at which 54x on US$700M gives HK$930, so every price of the model is
// 930 × (revenue / 700M) × (multiple / 54) × (fx / 7.8) × (317.03M / shares).
const price = (revenueM: number, multiple: number, fx = 7.8, sharesFactor = 1) => (((930 * revenueM) / 700) * multiple * fx) / 54 / 7.8 / sharesFactor;
const grouped = (x: number) => Math.round(x).toLocaleString("en-US");

describe("examples/minimax-scenarios.ts", () => {
  const out = run("minimax-scenarios.ts");

  it("rebuilds the three scenarios and weighs them (checked by hand)", () => {
    // the implied multiples reproduce the stated targets: price(revenue, target-implied multiple) = target
    expect(out).toMatch(/bull: US\$1000M × 50\.4x\s+HK\$1,240\.00\s+\(stated target HK\$1,240\)/);
    expect(out).toMatch(/base: US\$700M × 54\.0x\s+HK\$930\.00/);
    expect(out).toMatch(/bear: US\$400M × 30\.5x\s+HK\$300\.00/);
    // 0.25 × 1,240 + 0.5 × 930 + 0.25 × 300 = 310 + 465 + 75
    expect(out).toMatch(/Expected value \(weights 25\/50\/25, assumed\)\s+HK\$850\.00/);
    expect(out).toMatch(/Range \(football-field bar\)\s+HK\$300 – HK\$1,240\s+\(bear to bull\)/);
    // (1,240 − 930) / (930 − 300) = 310 / 630 = 0.492
    expect(out).toMatch(/Reward\/risk from HK\$930\s+0\.49x/);
  });

  it("prints the revenue × P/S grid, every cell from the closed form", () => {
    const rows = [300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200].map(
      (r) => `| US$${r}M | ${[20, 30, 40, 50, 60, 70, 80].map((m) => Math.round(price(r, m))).join(" | ")} |`,
    );
    const table = ["| revenue \\ multiple | 20x | 30x | 40x | 50x | 60x | 70x | 80x |", "|---:|---:|---:|---:|---:|---:|---:|---:|", ...rows].join("\n");
    expect(out).toContain(table);
    // two cells by hand: 930 × 3/7 × 20/54 = 147.6; 930 × 12/7 × 80/54 = 2,361.9
    expect(rows[0]).toMatch(/^\| US\$300M \| 148 \|/);
    expect(rows[9]).toMatch(/\| 2362 \|$/);
  });

  it("sorts the tornado by spread (checked by hand)", () => {
    const bars = out.split("\n").filter((l) => /^ {2}(revenue|multiple|shares|fx) .*spread/.test(l));
    expect(bars.map((l) => l.trim().split(" ")[0])).toEqual(["revenue", "multiple", "shares", "fx"]);
    // revenue 400M → 930 × 4/7 = 531.4; 1B → 1,328.6; spread 797.1
    expect(bars[0]).toMatch(new RegExp(`HK\\$${grouped(price(400, 54))} … HK\\$${grouped(price(1000, 54))}\\s+\\(spread HK\\$797\\)`));
    // multiple 30x → 516.7; 70x → 1,205.6; spread 688.9
    expect(bars[1]).toMatch(/HK\$517 … HK\$1,206\s+\(spread HK\$689\)/);
    // shares ×0.95 → 930 / 0.95 = 979.0; ×1.05 → 885.7; spread 93.2
    expect(bars[2]).toMatch(/HK\$979 … HK\$886\s+\(spread HK\$93\)/);
    // fx 7.75 → 924.0; 7.85 → 936.0; spread 11.9
    expect(bars[3]).toMatch(/HK\$924 … HK\$936\s+\(spread HK\$12\)/);
  });

  it("gives Monte Carlo results that an independent simulation reproduces within 5 standard errors", () => {
    const num = (label: RegExp) => Number(out.match(label)![1]!.replace(/,/g, ""));
    const mean = num(/Mean, standard deviation\s+HK\$([\d,.]+),/);
    const p = num(/P\(target > HK\$930\)\s+([\d.]+)%/) / 100;
    // An independent sampler: Box–Muller normals, the copula by hand, Φ by Abramowitz–Stegun 7.1.26
    // (error < 1.5e-7), the triangular quantile written out. 200,000 draws.
    const erf = (x: number) => {
      const t = 1 / (1 + 0.3275911 * Math.abs(x));
      const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
      return x >= 0 ? y : -y;
    };
    const phi = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));
    const tri = (u: number) => (u < 24 / 40 ? 30 + Math.sqrt(u * 40 * 24) : 70 - Math.sqrt((1 - u) * 40 * 16));
    const rng = xoshiro128ss(1);
    const n = 200_000;
    let sum = 0;
    let sum2 = 0;
    let above = 0;
    for (let i = 0; i < n; i++) {
      const r = Math.sqrt(-2 * Math.log(rng.nextFloat()));
      const a = 2 * Math.PI * rng.nextFloat();
      const z1 = r * Math.cos(a);
      const z2 = 0.5 * z1 + Math.sqrt(0.75) * r * Math.sin(a);
      const x = price(700 * Math.exp(0.35 * z1), tri(phi(z2)));
      sum += x;
      sum2 += x * x;
      if (x > 930) above++;
    }
    const m = sum / n;
    const sd = Math.sqrt(sum2 / n - m * m);
    const q = above / n;
    // standard errors of both estimates (the example's 1e6 draws and these 2e5) combined
    expect(Math.abs(mean - m)).toBeLessThan(5 * sd * Math.sqrt(1 / n + 1 / 1e6));
    expect(Math.abs(p - q)).toBeLessThan(5 * Math.sqrt(q * (1 - q) * (1 / n + 1 / 1e6)));
  });

  it("is deterministic", async () => {
    expect(run("minimax-scenarios.ts")).toBe(out);
    await expect(out).toMatchFileSnapshot("./__snapshots__/minimax-scenarios.txt");
  });
});
