import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/examples.js";
import { runExample } from "../support/run-example.js";

const scripts = ["cagr-from-text.ts", "target-price.ts", "runway.ts", "mix-shift.ts"];

function run(script: string, args: string[] = []): string {
  return runExample(script, { tz: "America/Los_Angeles", args });
}

describe("quick scripts (npx tsx examples/NAME.ts)", () => {
  it.each(scripts)("%s is under 40 lines and imports finmodel by name", (script) => {
    const source = readFileSync(join(root, "examples", script), "utf8");
    expect(source.trimEnd().split("\n").length).toBeLessThan(40);
    expect(source).toMatch(/from "finmodel";/);
  });

  it("cagr-from-text: the market CAGR, its interval and the claim's verdict", () => {
    const out = run("cagr-from-text.ts");
    // (206.5 / 10.7)^(1/5) − 1 = 19.2991^0.2 − 1 = 0.80762
    expect(out).toMatch(/^CAGR 80\.76%$/m);
    // low (206.45 / 10.75)^0.2 − 1 = 0.80585; high (206.55 / 10.65)^0.2 − 1 = 0.80940
    expect(out).toMatch(/between 80\.58% and 80\.94%/);
    expect(out).toMatch(/Stated 80\.7%: consistent-within-rounding/);
  });

  it("cagr-from-text reads the figures from the command line", () => {
    // 100 → 121 over 2 years: √1.21 − 1 = 10%; "10%" states exactly that
    const out = run("cagr-from-text.ts", ["¥100", "¥121", "2", "10%"]);
    expect(out).toMatch(/^CAGR 10\.00%$/m);
    expect(out).toMatch(/Stated 10%: consistent$/m);
  });

  it("target-price: the share count a target implies, and the multiples of the other scenarios", () => {
    const out = run("target-price.ts");
    // 700e6 × 54 × 7.8 / 930 = 317.032…M shares
    expect(out).toMatch(/Shares implied by HK\$930: 317\.03M/);
    expect(out).toMatch(/Price at 54x sales: HK\$930\.00/);
    // 1240 × 317.032e6 / 7.8 / 1000e6 = 50.4x; 1240 / 930 − 1 = 33.3%
    expect(out).toMatch(/bull: HK\$1,240 implies 50\.4x sales \(33\.3% vs base\)/);
    // 300 × 317.032e6 / 7.8 / 400e6 = 30.48x; 300 / 930 − 1 = −67.7%
    expect(out).toMatch(/bear: HK\$300 implies 30\.5x sales \(-67\.7% vs base\)/);
  });

  it("runway: months and cash-out date at a flat burn, fewer months as the burn grows", () => {
    const out = run("runway.ts");
    // 1050 / 27.9 = 37.63 months
    expect(out).toMatch(/burn growing {2}0% a month: {2}37\.6 months/);
    // with growth g: months n where 27.9 × ((1+g)^n − 1) / g = 1050 ⇒ n = ln(1 + 1050g/27.9) / ln(1+g); g = 5%: ln(2.8817)/ln(1.05) = 21.69
    expect(out).toMatch(/burn growing {2}5% a month: {2}21\.7 months/);
    const months = [...out.matchAll(/: +([\d.]+) months/g)].map((m) => Number(m[1]));
    expect(months).toHaveLength(4);
    expect([...months].sort((a, b) => b - a)).toEqual(months);
  });

  it("runway reads cash, burn and the as-of date from the command line", () => {
    // 1200 / 100 = 12 months from 2024-01-31
    const out = run("runway.ts", ["US$1200", "US$100", "2024-01-31"]);
    expect(out).toMatch(/burn growing {2}0% a month: {2}12\.0 months, cash out 2025-01-31/);
  });

  it("mix-shift: shares, shifts and contributions that add up", () => {
    const out = run("mix-shift.ts");
    // totals 29.0 → 75.0: 75 / 29 − 1 = 158.6%
    expect(out).toMatch(/^Total growth 158\.6%$/m);
    // open platform 8.4 / 29 = 29.0% → 24.8 / 75 = 33.1%; contribution (24.8 − 8.4) / 29 = 56.6 pp
    expect(out).toMatch(/openPlatform\s+29\.0%\s+33\.1%\s+\+4\.1 pp\s+\+56\.6 pp/);
    const shifts = [...out.matchAll(/%\s+([+-][\d.]+) pp\s+[+-]/g)].map((m) => Number(m[1]));
    expect(shifts).toHaveLength(3);
    expect(Math.abs(shifts.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.1);
  });
});
