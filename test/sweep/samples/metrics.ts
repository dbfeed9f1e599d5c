import { describe, expect, it } from "vitest";
import { count, FinModelError, fxRate, money, multiple, ratio } from "finmodel";
import type { SweepSamples } from "../types.js";

const usd = (n: number) => money(n, "USD");
const hkd = (n: number) => money(n, "HKD");
const usdHkd = fxRate("USD", "HKD", 7.8);

// Some arguments legitimately accept one of the sweep's "bad" values: a rate argument takes a
// Ratio, a multiple argument a Multiple, and a lone amount a Money in any currency (the result
// takes its currency). Those slots (and options objects, which may be empty) are marked "*" here so the generic sweep skips them, and
// `partialSlots` below sweeps them with every other bad value (see sweepPartialSlots, run by the
// test/metrics/*.test.ts files).
export const samples: SweepSamples = {
  // margin
  margin: { args: [usd(25.4), usd(100)], mismatches: [{ args: [usd(1), hkd(2)], code: "CURRENCY_MISMATCH" }] },
  grossMargin: { args: [usd(75), usd(56)], mismatches: [{ args: [usd(75), hkd(56)], code: "CURRENCY_MISMATCH" }] },
  operatingMargin: { args: [usd(200), usd(-50)] },
  netMargin: { args: [usd(100), usd(-68)] },
  marginChange: { args: [0.122, 0.254], lenient: ["0*", "1*"] },
  // loss margins narrowing: any positive value in either slot is a sign change
  marginRatio: { args: [-0.2, -0.1] },
  operatingLeverage: { args: [{ revenueGrowth: 1.589, costGrowth: 0.338 }], lenient: ["0.revenueGrowth*", "0.costGrowth*"] },
  // growth
  growthRate: { args: [usd(75e6), usd(700e6)], mismatches: [{ args: [usd(1), hkd(2)], code: "CURRENCY_MISMATCH" }] },
  growthMultiple: { args: [usd(75e6), usd(700e6)] },
  cagr: { args: [usd(10.7e9), usd(206.5e9), 5], mismatches: [{ args: [usd(1), hkd(2), 5], code: "CURRENCY_MISMATCH" }] },
  cagrBetween: { args: [usd(10.7e9), usd(206.5e9), "2024-12-31", "2029-12-31", { basis: "ACT/ACT ISDA" }], lenient: ["4*", "4.basis"] },
  compound: { args: [usd(100), 0.1, 5], lenient: ["0*", "1*"] },
  priorValue: { args: [usd(75e6), 1.589], lenient: ["0*", "1*"] },
  // valuation
  marketCap: { args: [hkd(930), count(3e8, "shares")], lenient: ["0*"], mismatches: [{ args: [hkd(930), count(3, "users")], code: "UNIT_MISMATCH" }] },
  priceToSales: { args: [usd(37.8e9), usd(700e6)] },
  impliedMarketCap: { args: [usd(700e6), multiple(54)], lenient: ["0*", "1*"] },
  impliedPrice: {
    args: [{ revenue: usd(700e6), multiple: 54, shares: 317e6, fx: usdHkd }],
    lenient: ["0.fx", "0.multiple*"],
    mismatches: [{ args: [{ revenue: hkd(700e6), multiple: 54, shares: 317e6, fx: usdHkd }], code: "CURRENCY_MISMATCH" }],
  },
  impliedShares: {
    args: [{ price: hkd(930), revenue: usd(700e6), multiple: 54, fx: usdHkd }],
    lenient: ["0.multiple*"],
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
  runwayMonths: { args: [usd(1.05e9), usd(27.9e6), { burnGrowth: 0.02 }], lenient: ["2*", "2.burnGrowth*"] },
  cashOutDate: { args: ["2025-09-30", usd(1.05e9), usd(27.9e6), { burnGrowth: 0.02 }], lenient: ["3*", "3.burnGrowth*"] },
  monthlyBurn: { args: [{ cashStart: usd(1.3e9), cashEnd: usd(1.05e9), months: 9 }] },
  // mix
  mixShares: { args: [{ a: usd(61), b: usd(24), c: usd(15) }, { decimalPlaces: 3 }], lenient: ["1*", "1.decimalPlaces"] },
  mixShift: { args: [{ china: 0.81, overseas: 0.19 }, { china: 0.27, overseas: 0.73 }, { tolerance: 1e-9 }], lenient: ["2*", "2.tolerance"] },
  partValues: { args: [usd(75e6), { china: 0.61, asia: 0.24, other: 0.15 }, { tolerance: 1e-9 }], lenient: ["0*", "2*", "2.tolerance"] },
  partGrowth: {
    args: [{ totalBefore: usd(30.5e6), totalAfter: usd(700e6), shareBefore: 0.29, shareAfter: 0.4, years: 3 }],
    lenient: ["0.years", "0.shareBefore*", "0.shareAfter*"],
  },
  growthContribution: { args: [{ a: usd(60), b: usd(40) }, { a: usd(70), b: usd(80) }] },
  mixRateDecomposition: {
    args: [
      { hardware: { weight: 0.5, rate: 0.2 }, software: { weight: 0.5, rate: 0.6 } },
      { hardware: { weight: 0.3, rate: 0.25 }, software: { weight: 0.7, rate: 0.6 } },
      { tolerance: 1e-9 },
    ],
    lenient: ["2*", "2.tolerance"],
  },
};

const BAD: readonly [string, unknown][] = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["null", null],
  ["undefined", undefined],
  ["''", ""],
  ["'abc'", "abc"],
  ["{}", {}],
  ["Money in XXX", money(1, "XXX")],
  ["a Ratio", ratio(0.5)],
  ["a Multiple", multiple(3)],
];

// An options argument may be left out or empty.
const OPTIONS = ["undefined", "{}"];

/** The slots skipped above ("*"), with the bad values they legitimately accept. */
export const partialSlots: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  marginChange: { "0": ["a Ratio"], "1": ["a Ratio"] },
  operatingLeverage: { "0.revenueGrowth": ["a Ratio"], "0.costGrowth": ["a Ratio"] },
  compound: { "0": ["Money in XXX"], "1": ["a Ratio"] },
  priorValue: { "0": ["Money in XXX"], "1": ["a Ratio"] },
  marketCap: { "0": ["Money in XXX"] },
  impliedMarketCap: { "0": ["Money in XXX"], "1": ["a Multiple"] },
  impliedPrice: { "0.multiple": ["a Multiple"] },
  impliedShares: { "0.multiple": ["a Multiple"] },
  cagrBetween: { "4": OPTIONS },
  runwayMonths: { "2": OPTIONS, "2.burnGrowth": ["a Ratio", "undefined"] },
  cashOutDate: { "3": OPTIONS, "3.burnGrowth": ["a Ratio", "undefined"] },
  mixShares: { "1": OPTIONS },
  mixShift: { "2": OPTIONS },
  partValues: { "0": ["Money in XXX"], "2": OPTIONS },
  mixRateDecomposition: { "2": OPTIONS },
  partGrowth: { "0.shareBefore": ["a Ratio"], "0.shareAfter": ["a Ratio"] },
};

function substitute(args: readonly unknown[], slot: string, bad: unknown): unknown[] {
  const out = [...args];
  const [pos, field] = slot.split(".");
  const i = Number(pos);
  out[i] = field === undefined ? bad : { ...(args[i] as object), [field]: bad };
  return out;
}

/** Sweeps the partial slots of the given functions with every bad value they do not accept. */
export function sweepPartialSlots(fns: Readonly<Record<string, (...a: never[]) => unknown>>): void {
  describe("bad values in slots that accept some quantities", () => {
    for (const [name, fn] of Object.entries(fns)) {
      const sample = samples[name];
      const slots = partialSlots[name];
      if (!sample || "exempt" in sample || !slots) throw new Error(`${name} has no partial sweep`);
      it(`${name}: every bad value it does not accept is a FinModelError`, () => {
        const failures: string[] = [];
        for (const [slot, accepted] of Object.entries(slots)) {
          for (const [label, bad] of BAD) {
            if (accepted.includes(label)) continue;
            try {
              const out = (fn as (...a: unknown[]) => unknown)(...substitute(sample.args, slot, bad));
              failures.push(`${slot} = ${label}: returned ${String(out)}`);
            } catch (e) {
              if (!(e instanceof FinModelError)) failures.push(`${slot} = ${label}: threw ${String(e)}`);
            }
          }
          for (const label of accepted) {
            const bad = BAD.find(([l]) => l === label)![1];
            // accepted values still give a finite, well-formed result
            expect(() => (fn as (...a: unknown[]) => unknown)(...substitute(sample.args, slot, bad)), `${slot} = ${label}`).not.toThrow();
          }
        }
        expect(failures).toEqual([]);
      });
    }
  });
}
