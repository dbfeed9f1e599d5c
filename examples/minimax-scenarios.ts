// MiniMax: scenarios, a sensitivity grid, a tornado and a seeded Monte Carlo of the FY2027 target price.
// Run: npx tsx examples/minimax-scenarios.ts
import {
  evaluate,
  expectedValue,
  fixed,
  formatMoney,
  formatMultiple,
  lognormal,
  money,
  monteCarlo,
  percent,
  psTargetPrice,
  psTargetPriceFloat,
  rewardToRisk,
  scenarioRange,
  scenarioSet,
  sensitivity,
  steps,
  toNumber,
  tornado,
  triangular,
  type Decimal,
} from "finmodel";
import { minimax, minimaxDerived } from "finmodel/fixtures";

const f = minimax.figures;
const d = minimaxDerived();
const fx = minimax.assumptions.usdHkd.rate; // 7.8 HKD per USD: an assumption (the peg band's centre)
const shares = d.impliedShareCount.value.value; // ≈ 317.0M: the count at which 54x on US$700M gives HK$930
const hkd = (p: Decimal | number, digits = 0) => formatMoney(money(p, "HKD"), { digits });
const usdM = (v: Decimal | number) => `US$${(toNumber(v) / 1e6).toFixed(0)}M`;
const line = (label: string, value: string, note = "") => console.log(`  ${label.padEnd(46)} ${value}${note ? `   (${note})` : ""}`);
const section = (title: string) => console.log(`\n${title}\n${"─".repeat(title.length)}`);

console.log("MiniMax FY2027E target price: scenarios, sensitivity and Monte Carlo");
console.log(`  model: price = revenue × P/S × USD/HKD / shares, with USD/HKD ${fx} (assumed) and ${(toNumber(shares) / 1e6).toFixed(2)}M shares (implied)`);

section("The broker's three scenarios");
const inputs = (revenue: Decimal, multiple: Decimal) => ({ revenue, multiple, fx, shares });
const set = scenarioSet(
  {
    bull: inputs(f.revenueFy2027Bull.value.amount, d.psMultipleImpliedBull.value.value),
    base: inputs(f.revenueFy2027Base.value.amount, f.psMultipleFy2027Base.value.value),
    bear: inputs(f.revenueFy2027Bear.value.amount, d.psMultipleImpliedBear.value.value),
  },
  // The weights are this example's assumption, not the broker's.
  { probabilities: { bull: percent(25), base: percent(50), bear: percent(25) } },
);
const results = evaluate(set, psTargetPrice);
const stated = { bull: f.targetPriceBull.value, base: f.targetPriceBase.value, bear: f.targetPriceBear.value };
for (const name of results.names) {
  const s = set.scenarios[name];
  line(`${name}: ${usdM(s.revenue)} × ${formatMultiple({ kind: "multiple", value: s.multiple }, { digits: 1 })}`, hkd(results.values[name], 2), `stated target ${formatMoney(stated[name], { digits: 0 })}`);
}
line("Expected value (weights 25/50/25, assumed)", hkd(expectedValue(results), 2));
const range = scenarioRange(results);
line("Range (football-field bar)", `${hkd(range.min)} – ${hkd(range.max)}`, `${range.minScenario} to ${range.maxScenario}`);
const rr = rewardToRisk({ price: 930, bull: results.values.bull, bear: results.values.bear });
line("Reward/risk from HK$930", formatMultiple(rr, { digits: 2 }), "(bull − 930) / (930 − bear)");

section("Sensitivity of the target price (HK$) to FY2027 revenue × P/S");
const grid = sensitivity(
  psTargetPrice,
  { x: { name: "multiple", values: steps(20, 80, 7) }, y: { name: "revenue", values: steps(300e6, 1.2e9, 10) } },
  { fx, shares },
);
console.log(grid.toMarkdown({ formatX: (m: Decimal) => `${m.toString()}x`, formatY: (r: Decimal) => usdM(r), format: (p) => p.toFixed(0) }));

section("Tornado: one input at a time from the base case (HK$930)");
const t = tornado(psTargetPrice, set.scenarios.base, {
  swings: {
    revenue: [f.revenueFy2027Bear.value.amount, f.revenueFy2027Bull.value.amount],
    multiple: [30, 70],
    fx: [7.75, 7.85],
    shares: [shares.times(0.95), shares.times(1.05)],
  },
});
const shown = { revenue: usdM, multiple: (v: Decimal) => `${v.toString()}x`, fx: (v: Decimal) => String(v), shares: (v: Decimal) => `${(toNumber(v) / 1e6).toFixed(1)}M` } as const;
for (const b of t.bars) {
  const show = shown[b.input as keyof typeof shown] as (v: unknown) => string;
  line(`${b.input} ${show(b.low)} … ${show(b.high)}`, `${hkd(b.outputLow)} … ${hkd(b.outputHigh)}`, `spread ${hkd(b.spread)}`);
}

section("Monte Carlo of the target price (1,000,000 draws, seed 2027)");
// Assumptions: revenue lognormal with median US$700M and sigma 0.35 (the bear case US$400M is
// −1.6 sigma, the bull case US$1B +1.0 sigma); P/S triangular 30x–54x–70x; correlation 0.5.
const mc = monteCarlo(psTargetPriceFloat, {
  inputs: {
    revenue: lognormal(f.revenueFy2027Base.value.amount, 0.35),
    multiple: triangular(30, 54, 70),
    fx: fixed(fx),
    shares: fixed(shares),
  },
  correlation: { inputs: ["revenue", "multiple"], matrix: [[1, 0.5], [0.5, 1]] },
  draws: 1_000_000,
  seed: 2027,
  thresholds: [930],
});
const s = mc.summary;
line("Mean, standard deviation", `${hkd(s.mean, 2)}, ${hkd(s.stdev, 2)}`);
line("Min, max", `${hkd(s.min, 2)}, ${hkd(s.max, 2)}`);
for (const [k, v] of Object.entries(s.percentiles)) line(`  ${k}`, hkd(v, 2));
line("P(target > HK$930)", `${(mc.exceedance["930"]! * 100).toFixed(2)}%`);
