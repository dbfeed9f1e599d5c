// Sweep entries for the valuation toolkit: bridge, dilution, cost of capital, DCF, comps
// and the multiples beyond P/S.
import { money } from "finmodel";
import type { SweepSamples } from "../types.js";

const usd = (n: number) => money(n, "USD");
const hkd = (n: number) => money(n, "HKD");

export const samples: SweepSamples = {
  // bridge
  equityValue: {
    args: [{ enterpriseValue: usd(36.75e9), cash: usd(1.05e9), debt: usd(2e8), minorityInterest: usd(1e7), preferred: usd(0), investments: usd(5e7) }],
    lenient: ["0.minorityInterest", "0.preferred", "0.investments"],
    mismatches: [{ args: [{ enterpriseValue: usd(100), cash: hkd(1), debt: 0 }], code: "CURRENCY_MISMATCH" }],
  },
  // multiples
  evToEbitda: {
    args: [usd(1200), usd(100)],
    mismatches: [
      { args: [usd(1200), hkd(100)], code: "CURRENCY_MISMATCH" },
      { args: [usd(1200), usd(-100)], code: "OUT_OF_DOMAIN" },
    ],
  },
  priceToEarnings: {
    args: [hkd(50), hkd(2.5)],
    mismatches: [
      { args: [hkd(50), usd(2.5)], code: "CURRENCY_MISMATCH" },
      { args: [hkd(50), hkd(-2.5)], code: "OUT_OF_DOMAIN" },
    ],
  },
  impliedValue: { args: [{ multiple: 12, metric: usd(150e6) }], accepts: { "0.multiple": ["multiple"], "0.metric": ["money"] } },
  impliedPriceFromEv: {
    args: [{ revenue: usd(700e6), multiple: 52.5, netCash: usd(1.05e9), shares: 317e6 }],
    accepts: { "0.multiple": ["multiple"] },
    mismatches: [{ args: [{ revenue: usd(700e6), multiple: 52.5, netCash: hkd(1.05e9), shares: 317e6 }], code: "CURRENCY_MISMATCH" }],
  },
  // dilution
  dilutedShares: {
    args: [{ basic: 50, price: usd(20), rsus: 2, options: [{ count: 6, strike: usd(10) }], convertibles: [{ shares: 5, conversionPrice: usd(30) }] }],
    lenient: ["0.rsus", "0.options", "0.convertibles"],
    mismatches: [{ args: [{ basic: 50, price: usd(20), options: [{ count: 6, strike: hkd(10) }] }], code: "CURRENCY_MISMATCH" }],
  },
  pricePerShare: {
    args: [{ equityValue: usd(1000), basic: 50, rsus: 2, options: [{ count: 6, strike: usd(10) }], convertibles: [{ shares: 5, conversionPrice: usd(30) }] }],
    lenient: ["0.rsus", "0.options", "0.convertibles"],
    mismatches: [
      { args: [{ equityValue: usd(1000), basic: 50, options: [{ count: 6, strike: hkd(10) }] }], code: "CURRENCY_MISMATCH" },
      { args: [{ equityValue: 1800, basic: 50, rsus: 2, options: [{ count: 6, strike: 10 }, { count: 4, strike: 25 }], convertibles: [{ shares: 5, conversionPrice: 30 }] }], code: "NO_SOLUTION" },
    ],
  },
  // cost of capital
  capm: { args: [{ riskFree: 0.04, beta: 1.2, equityRiskPremium: 0.055 }], accepts: { "0.riskFree": ["ratio"], "0.equityRiskPremium": ["ratio"] } },
  wacc: {
    args: [{ equityValue: usd(750), debtValue: usd(250), costOfEquity: 0.1, costOfDebt: 0.06, taxRate: 0.25 }],
    accepts: { "0.costOfEquity": ["ratio"], "0.costOfDebt": ["ratio"], "0.taxRate": ["ratio"] },
    mismatches: [{ args: [{ equityValue: usd(750), debtValue: hkd(250), costOfEquity: 0.1, costOfDebt: 0.06, taxRate: 0.25 }], code: "CURRENCY_MISMATCH" }],
  },
  // DCF
  dcf: {
    args: [{ cashFlows: [{ period: "FY2026", amount: usd(100) }, { period: "FY2027", amount: usd(110) }], discountRate: 0.1, terminal: { growth: 0.02 }, timing: "mid-year", valuationDate: "2025-12-31" }],
    lenient: ["0.timing"],
    accepts: { "0.discountRate": ["ratio"] },
    mismatches: [
      { args: [{ cashFlows: [usd(100), hkd(100)], discountRate: 0.1, terminal: { growth: 0.02 } }], code: "CURRENCY_MISMATCH" },
      { args: [{ cashFlows: [usd(100)], discountRate: 0.1, terminal: { multiple: 8, metric: hkd(10) } }], code: "CURRENCY_MISMATCH" },
      { args: [{ cashFlows: [usd(100)], discountRate: 0.1, terminal: { growth: 0.1 } }], code: "OUT_OF_DOMAIN" },
    ],
  },
  // comps
  comps: {
    args: [
      [
        { name: "A", enterpriseValue: usd(1000), marketCap: usd(900), ebitda: usd(100), revenue: usd(400), earnings: usd(60), growth: 0.2 },
        { name: "B", enterpriseValue: hkd(500), marketCap: hkd(450), ebitda: hkd(-50), revenue: hkd(250), earnings: hkd(-80) },
      ],
      { metrics: ["evToSales", "evToEbitda", "priceToSales", "priceToEarnings"], subject: { revenue: usd(200), ebitda: usd(20), earnings: usd(5) } },
    ],
    lenient: ["1.subject"],
    mismatches: [
      { args: [[{ name: "A", enterpriseValue: usd(1000), revenue: hkd(400) }], { metrics: ["evToSales"] }], code: "CURRENCY_MISMATCH" },
      { args: [[{ name: "A", marketCap: usd(-1), revenue: usd(400) }], { metrics: ["priceToSales"] }], code: "OUT_OF_DOMAIN" },
    ],
  },
};
