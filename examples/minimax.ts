// The MiniMax analysis: rebuild two research pieces' numbers and check their claims.
// Run: npm run example   (or: npx tsx examples/minimax.ts)
import {
  cagr,
  cashOutDate,
  derive,
  sumToOne,
  explain,
  formatIsoDate,
  formatMoney,
  formatMultiple,
  formatPp,
  formatRatio,
  growthMultiple,
  impliedPrice,
  marginChange,
  marginRatio,
  mixShift,
  money,
  netMargin,
  operatingLeverage,
  partValues,
  percent,
  ratio,
  Decimal,
  probabilityWeighted,
  rewardToRisk,
  runwayMonths,
  upside,
  type Figure,
  type Ratio,
} from "finmodel";
import { checkMinimaxClaims, minimax, minimaxDerived } from "finmodel/fixtures";

const f = minimax.figures;
const d = minimaxDerived();
const usdHkd = minimax.assumptions.usdHkd;
const pct = (r: Ratio, digits = 1) => formatRatio(r, { digits });
const compact = (m: Parameters<typeof formatMoney>[0], digits = 2) => formatMoney(m, { notation: "compact", digits });
const line = (label: string, value: string, note = "") => console.log(`  ${label.padEnd(50)} ${value}${note ? `   (${note})` : ""}`);
const section = (title: string) => console.log(`\n${title}\n${"─".repeat(title.length)}`);

console.log("MiniMax: the FY2025 results and a broker's initiation, rebuilt with finmodel");
for (const doc of Object.values(minimax.documents)) console.log(`  source: ${doc.id} (${doc.publisher.english ?? doc.publisher.name}, ${doc.language})`);

section("Margins");
line("Gross margin FY2024 → FY2025", `${pct(f.grossMarginFy2024.value)} → ${pct(f.grossMarginFy2025.value)}`);
line("  change", formatPp(marginChange(f.grossMarginFy2024.value, f.grossMarginFy2025.value)));
line("  ratio (\"doubled\")", formatMultiple(marginRatio(f.grossMarginFy2024.value, f.grossMarginFy2025.value), { digits: 2 }));
line("Gross margin FY2024 → FY2027E (broker)", `${pct(f.grossMarginFy2024Broker.value, 0)} → ${pct(f.grossMarginFy2027.value, 0)}`, formatPp(marginChange(f.grossMarginFy2024Broker.value, f.grossMarginFy2027.value)));
const rdPerRevenue = operatingLeverage({ revenueGrowth: f.revenueGrowthFy2025.value, costGrowth: f.rdExpenseGrowthFy2025.value });
line("R&D per unit of revenue, FY2025 vs FY2024", formatMultiple(rdPerRevenue, { digits: 3 }), "revenue +158.9% against R&D +33.8%");
const mtLoss = money(f.mooreThreadsNetLossFy2025.value.amount.neg(), "CNY");
line("Moore Threads net margin FY2025", pct(netMargin({ revenue: f.mooreThreadsRevenueFy2025.value, netIncome: mtLoss })), "loss of ¥1.024B on ¥1.505B revenue");

section("Growth");
line("Revenue FY2024 (implied)", compact(d.revenueFy2024Implied.value), "FY2025 revenue / (1 + 158.9%)");
line("Revenue FY2025 → FY2027E (base)", `${compact(f.revenueFy2025.value, 0)} → ${compact(f.revenueFy2027Base.value, 0)}`);
line("  multiple", formatMultiple(growthMultiple(f.revenueFy2025.value, f.revenueFy2027Base.value), { digits: 2 }));
line("  CAGR over two years", pct(cagr(f.revenueFy2025.value, f.revenueFy2027Base.value, 2)));
line("Foundation-model market 2024 → 2029E", `${compact(f.foundationModelMarket2024.value, 1)} → ${compact(f.foundationModelMarket2029.value, 1)}`);
line("  CAGR over five years", pct(cagr(f.foundationModelMarket2024.value, f.foundationModelMarket2029.value, 5), 2));
line("Monthly active users 2023 → 9M2025", formatMultiple(growthMultiple(f.mau2023.value.value, f.mau9M2025.value.value), { digits: 2 }), "3.1M → 27.6M");

section("Valuation (FY2027E revenue × P/S; USD/HKD 7.8 is an assumption)");
line("Market cap, base case", compact(d.marketCapFy2027Base.value, 1), "US$700M × 54x");
line("Share count implied by HK$930", `${d.impliedShareCount.value.value.div(1e6).toFixed(1)}M shares`);
const scenarios = {
  bull: { revenue: f.revenueFy2027Bull, target: f.targetPriceBull, implied: d.psMultipleImpliedBull },
  base: { revenue: f.revenueFy2027Base, target: f.targetPriceBase, implied: { value: f.psMultipleFy2027Base.value } },
  bear: { revenue: f.revenueFy2027Bear, target: f.targetPriceBear, implied: d.psMultipleImpliedBear },
};
for (const [name, s] of Object.entries(scenarios)) {
  const at54 = impliedPrice({ revenue: s.revenue.value, multiple: f.psMultipleFy2027Base.value, shares: d.impliedShareCount.value, fx: usdHkd });
  line(
    `${name}: revenue ${compact(s.revenue.value, 0)}, target ${formatMoney(s.target.value, { digits: 0 })}`,
    `implies ${formatMultiple(s.implied.value, { digits: 1 })}`,
    `at 54x it would be ${formatMoney(at54, { digits: 0 })}`,
  );
}
// Scenario weights are this example's assumption, not the broker's.
const weights = { bull: percent(25), base: percent(50), bear: percent(25) };
const targets = { bull: f.targetPriceBull.value, base: f.targetPriceBase.value, bear: f.targetPriceBear.value };
const weighted = probabilityWeighted(targets, weights);
line("Probability-weighted target (25/50/25, assumed)", formatMoney(weighted, { digits: 0 }), `${pct(upside(weighted, f.targetPriceBase.value))} vs the base target`);
line("Reward/risk around the base target", formatMultiple(rewardToRisk({ price: f.targetPriceBase.value, bull: f.targetPriceBull.value, bear: f.targetPriceBear.value }), { digits: 2 }), "(bull − base) / (base − bear)");

section("Cash runway (FY2025 cash, 2025E average burn)");
const asOf = "2025-12-31";
line("Runway", `${runwayMonths(f.cashReservesFy2025.value, f.monthlyCashBurnFy2025.value).toFixed(1)} months`, "US$1.05B / US$27.9M a month");
line(`Cash-out date from ${asOf}`, formatIsoDate(cashOutDate(asOf, f.cashReservesFy2025.value, f.monthlyCashBurnFy2025.value)));
const growing = { burnGrowth: percent(2) };
line("  if the burn grows 2% a month (assumed)", `${runwayMonths(f.cashReservesFy2025.value, f.monthlyCashBurnFy2025.value, growing).toFixed(1)} months`, formatIsoDate(cashOutDate(asOf, f.cashReservesFy2025.value, f.monthlyCashBurnFy2025.value, growing)));

section("Revenue mix");
// The rest of revenue is domestic: 1 − the overseas share.
const split = (overseasShare: Ratio) => ({ overseas: overseasShare, domestic: ratio(new Decimal(1).minus(overseasShare.value)) });
const overseas = mixShift(split(f.overseasRevenueShare2023.value), split(f.overseasRevenueShare9M2025.value));
line("Overseas share 2023 → 9M2025", `${pct(f.overseasRevenueShare2023.value, 0)} → ${pct(f.overseasRevenueShare9M2025.value, 0)}`, formatPp(overseas.overseas));
line("Open Platform share FY2024 → FY2027E", `${pct(f.openPlatformShare2024.value, 0)} → ${pct(f.openPlatformShare2027.value, 0)}`, formatPp(marginChange(f.openPlatformShare2024.value, f.openPlatformShare2027.value)));
// The stated shares sum to 100% but their rounding intervals do not: sumToOne takes the
// corners on the set where they do, and every region keeps its interval.
const regions = derive("FY2025 revenue by region", partValues, f.revenueFy2025, sumToOne({ apac: f.revenueShareApac, americas: f.revenueShareAmericas, emea: f.revenueShareEmea }));
line("FY2025 revenue by region (9M2025 split)", Object.entries(regions).map(([k, v]) => `${k} ${compact(v.value)}`).join(", "));

section("Claims in the documents, checked");
for (const r of checkMinimaxClaims()) {
  const mark = { consistent: "✓", "consistent-within-rounding": "≈", inconsistent: "✗" }[r.check.verdict];
  console.log(`  ${mark} ${r.statement}: ${r.check.verdict}`);
  console.log(`      ${r.check.explanation}`);
  if (r.note) console.log(`      note: ${r.note}`);
}

section("How one figure was derived: the bull case's implied P/S");
console.log(explain(d.psMultipleImpliedBull).replace(/^/gm, "  "));

section("Rounding carries through: market CAGR from the stated market sizes");
const growth: Figure = derive("Market CAGR 2024–2029", cagr, f.foundationModelMarket2024, f.foundationModelMarket2029, 5);
console.log(explain(growth).replace(/^/gm, "  "));
