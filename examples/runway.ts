// Cash runway: months of cash at the current burn, the date it runs out, and what a growing
// burn does to both. Run: npx tsx examples/runway.ts [cash] [monthly burn] [as-of date]
import { cashOutDate, formatIsoDate, formatMoney, parseMoney, percent, runwayMonths } from "finmodel";

const [cashText = "US$1.05B", burnText = "US$27.9M", asOf = "2025-12-31"] = process.argv.slice(2);
const cash = parseMoney(cashText).quantity;
const burn = parseMoney(burnText).quantity;

console.log(`Cash ${formatMoney(cash, { notation: "compact", digits: 2 })}, burning ${formatMoney(burn, { notation: "compact", digits: 1 })} a month, as of ${asOf}`);
for (const growth of [0, 1, 2, 5]) {
  const options = { burnGrowth: percent(growth) };
  const months = runwayMonths(cash, burn, options);
  const out = cashOutDate(asOf, cash, burn, options);
  console.log(`  burn growing ${String(growth).padStart(2)}% a month: ${months.toFixed(1).padStart(5)} months, cash out ${formatIsoDate(out)}`);
}
