// Revenue mix: each segment's share in two periods, the shift in percentage points, and how
// much of the total growth each segment contributed. Run: npx tsx examples/mix-shift.ts
import { formatPp, formatRatio, growthContribution, growthRate, mixShares, mixShift, money, sumMoney } from "finmodel";

// Segment revenue in US$ millions for two years (illustrative figures).
const fy2024 = { openPlatform: money(8.4, "USD"), consumerApps: money(17.9, "USD"), enterprise: money(2.7, "USD") };
const fy2025 = { openPlatform: money(24.8, "USD"), consumerApps: money(40.1, "USD"), enterprise: money(10.1, "USD") };

const before = mixShares(fy2024);
const after = mixShares(fy2025);
const shift = mixShift(before, after);
const contribution = growthContribution(fy2024, fy2025);

console.log(`Total growth ${formatRatio(growthRate(sumMoney(Object.values(fy2024)), sumMoney(Object.values(fy2025))), { digits: 1 })}`);
console.log(`${"segment".padEnd(14)} ${"FY2024".padStart(7)} ${"FY2025".padStart(7)} ${"shift".padStart(9)} ${"growth from it".padStart(15)}`);
for (const key of Object.keys(fy2024) as (keyof typeof fy2024)[]) {
  const cells = [formatRatio(before[key], { digits: 1 }).padStart(7), formatRatio(after[key], { digits: 1 }).padStart(7), formatPp(shift[key], { digits: 1 }).padStart(9), formatPp(contribution[key], { digits: 1 }).padStart(15)];
  console.log(`${key.padEnd(14)} ${cells.join(" ")}`);
}
