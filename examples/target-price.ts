// A target price from forecast revenue and a price-to-sales multiple, and back again:
// the share count a stated target implies, and the multiple each scenario's target implies.
// Run: npx tsx examples/target-price.ts
import { formatMoney, formatMultiple, formatRatio, fxRate, impliedMultiple, impliedPrice, impliedShares, money, multiple, upside } from "finmodel";

// A broker's base case: FY2027 revenue of US$700M at 54x sales, target HK$930 a share.
const revenue = money("700e6", "USD");
const ps = multiple(54);
const usdHkd = fxRate("USD", "HKD", "7.8"); // an assumption: the report does not state the rate
const target = money(930, "HKD");

// The report gives no share count: recover the one its target implies.
const shares = impliedShares({ price: target, revenue, multiple: ps, fx: usdHkd });
console.log(`Shares implied by ${formatMoney(target, { digits: 0 })}: ${shares.value.div(1e6).toFixed(2)}M`);

const price = impliedPrice({ revenue, multiple: ps, shares, fx: usdHkd });
console.log(`Price at ${formatMultiple(ps, { digits: 0 })} sales: ${formatMoney(price, { digits: 2 })}`);

// Bull and bear: revenue and target per scenario; which multiple does each target imply?
const scenarios = {
  bull: { revenue: money("1000e6", "USD"), target: money(1240, "HKD") },
  bear: { revenue: money("400e6", "USD"), target: money(300, "HKD") },
};
for (const [name, s] of Object.entries(scenarios)) {
  const implied = impliedMultiple({ price: s.target, shares, revenue: s.revenue, fx: usdHkd });
  const move = upside(s.target, target);
  console.log(`${name}: ${formatMoney(s.target, { digits: 0 })} implies ${formatMultiple(implied, { digits: 1 })} sales (${formatRatio(move, { digits: 1 })} vs base)`);
}
