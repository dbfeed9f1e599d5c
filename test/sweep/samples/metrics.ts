import { count, fxRate, money, multiple } from "finmodel";
import type { SweepSamples } from "../types.js";

const usd = (n: number) => money(n, "USD");
const hkd = (n: number) => money(n, "HKD");
const usdHkd = fxRate("USD", "HKD", 7.8);

// Some arguments legitimately accept one of the sweep's "bad" values: a rate argument takes a
// Ratio, a multiple argument a Multiple, and a lone amount a Money in any currency (the result
// takes its currency). Those slots are listed under `accepts`, and options objects (which may be
// left out or empty) under `options`; every other bad value is still swept there.
export const samples: SweepSamples = {
  // margin
  margin: { args: [usd(25.4), usd(100)], mismatches: [{ args: [usd(1), hkd(2)], code: "CURRENCY_MISMATCH" }] },
  grossMargin: { args: [usd(56), usd(75)], mismatches: [{ args: [usd(56), hkd(75)], code: "CURRENCY_MISMATCH" }, { args: [usd(75), usd(56)], code: "OUT_OF_DOMAIN" }] },
  operatingMargin: { args: [usd(-50), usd(200)] },
  netMargin: { args: [usd(-68), usd(100)], mismatches: [{ args: [usd(100), usd(30)], code: "OUT_OF_DOMAIN" }] },
  marginChange: { args: [0.122, 0.254], accepts: { "0": ["ratio"], "1": ["ratio"] } },
  // loss margins narrowing: any positive value in either slot is a sign change
  marginRatio: { args: [-0.2, -0.1] },
  operatingLeverage: { args: [{ revenueGrowth: 1.589, costGrowth: 0.338 }], accepts: { "0.revenueGrowth": ["ratio"], "0.costGrowth": ["ratio"] } },
  // growth
  growthRate: { args: [usd(75e6), usd(700e6)], mismatches: [{ args: [usd(1), hkd(2)], code: "CURRENCY_MISMATCH" }] },
  growthMultiple: { args: [usd(75e6), usd(700e6)] },
  cagr: { args: [usd(10.7e9), usd(206.5e9), 5], mismatches: [{ args: [usd(1), hkd(2), 5], code: "CURRENCY_MISMATCH" }] },
  cagrBetween: { args: [usd(10.7e9), usd(206.5e9), "2024-12-31", "2029-12-31", { basis: "ACT/ACT ISDA" }], options: ["4"] },
  compound: { args: [usd(100), 0.1, 5], accepts: { "0": ["money"], "1": ["ratio"] } },
  priorValue: { args: [usd(75e6), 1.589], accepts: { "0": ["money"], "1": ["ratio"] } },
  // valuation
  marketCap: { args: [hkd(930), count(3e8, "shares")], accepts: { "0": ["money"] }, mismatches: [{ args: [hkd(930), count(3, "users")], code: "UNIT_MISMATCH" }] },
  priceToSales: { args: [usd(37.8e9), usd(700e6)] },
  impliedMarketCap: { args: [usd(700e6), multiple(54)], accepts: { "0": ["money"], "1": ["multiple"] } },
  impliedPrice: {
    args: [{ revenue: usd(700e6), multiple: 54, shares: 317e6, fx: usdHkd }],
    lenient: ["0.fx"],
    accepts: { "0.multiple": ["multiple"] },
    mismatches: [{ args: [{ revenue: hkd(700e6), multiple: 54, shares: 317e6, fx: usdHkd }], code: "CURRENCY_MISMATCH" }],
  },
  impliedShares: {
    args: [{ price: hkd(930), revenue: usd(700e6), multiple: 54, fx: usdHkd }],
    accepts: { "0.multiple": ["multiple"] },
    mismatches: [{ args: [{ price: hkd(930), revenue: usd(700e6), multiple: 54 }], code: "CURRENCY_MISMATCH" }],
  },
  impliedMultiple: { args: [{ price: hkd(930), shares: 317e6, revenue: usd(700e6), fx: usdHkd }] },
  enterpriseValue: { args: [{ marketCap: usd(37.8e9), debt: usd(1e8), cash: usd(1.05e9) }] },
  evToSales: { args: [usd(36.75e9), usd(700e6)] },
  upside: { args: [hkd(1200), hkd(930)] },
  probabilityWeighted: {
    args: [{ bull: hkd(1500), base: hkd(1000), bear: hkd(600) }, { bull: 0.2, base: 0.7, bear: 0.1 }],
    mismatches: [{ args: [[1, 2], [0.5, 0.6]], code: "OUT_OF_DOMAIN" }],
  },
  rewardToRisk: { args: [{ price: hkd(930), bull: hkd(1500), bear: hkd(740) }] },
  // runway
  runwayMonths: { args: [usd(1.05e9), usd(27.9e6), { burnGrowth: 0.02 }], options: ["2"], accepts: { "2.burnGrowth": ["ratio"] } },
  cashOutDate: { args: ["2025-09-30", usd(1.05e9), usd(27.9e6), { burnGrowth: 0.02 }], options: ["3"], accepts: { "3.burnGrowth": ["ratio"] } },
  monthlyBurn: { args: [{ cashStart: usd(1.3e9), cashEnd: usd(1.05e9), months: 9 }] },
  // mix
  mixShares: { args: [{ a: usd(61), b: usd(24), c: usd(15) }, { decimalPlaces: 3 }], options: ["1"] },
  mixShift: { args: [{ china: 0.81, overseas: 0.19 }, { china: 0.27, overseas: 0.73 }, { tolerance: 1e-9 }], options: ["2"] },
  partValues: { args: [usd(75e6), { china: 0.61, asia: 0.24, other: 0.15 }, { tolerance: 1e-9 }], options: ["2"], accepts: { "0": ["money"] } },
  partGrowth: {
    args: [{ totalBefore: usd(30.5e6), totalAfter: usd(700e6), shareBefore: 0.29, shareAfter: 0.4, years: 3 }],
    lenient: ["0.years"],
    accepts: { "0.shareBefore": ["ratio"], "0.shareAfter": ["ratio"] },
  },
  growthContribution: { args: [{ a: usd(60), b: usd(40) }, { a: usd(70), b: usd(80) }] },
  mixRateDecomposition: {
    args: [
      { hardware: { weight: 0.5, rate: 0.2 }, software: { weight: 0.5, rate: 0.6 } },
      { hardware: { weight: 0.3, rate: 0.25 }, software: { weight: 0.7, rate: 0.6 } },
      { tolerance: 1e-9 },
    ],
    options: ["2"],
  },
};
