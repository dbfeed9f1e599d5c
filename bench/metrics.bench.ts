// Each Decimal metric against the bare decimal.js operations it needs, on a decimal.js clone
// with finmodel's settings (34 digits, ROUND_HALF_EVEN). The difference is finmodel's overhead:
// argument reading and checks, typed results, frozen objects.
// Run (after npm run build: the benchmarks time dist/): npx vitest bench --run bench/metrics.bench.ts
import DecimalJs from "decimal.js";
import { bench, describe } from "vitest";
import {
  cagr,
  compound,
  fxRate,
  grossMargin,
  growthContribution,
  growthRate,
  impliedPrice,
  impliedShares,
  margin,
  marginChange,
  mixRateDecomposition,
  mixShares,
  money,
  priceToSales,
  priorValue,
  probabilityWeighted,
  runwayMonths,
} from "finmodel";

// Every result goes to an exported binding, so that no engine can skip work whose result is unused.
export let sink: unknown;

const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
const one = new D(1);

describe("cagr(10.7, 206.5, 5)", () => {
  bench("finmodel cagr", () => {
    sink = cagr(10.7, 206.5, 5);
  });
  bench("decimal.js", () => {
    sink = new D(206.5).div(new D(10.7)).pow(one.div(new D(5))).minus(1);
  });
});

describe("cagr on Money (US$10.7B → US$206.5B)", () => {
  const from = money(10.7e9, "USD");
  const to = money(206.5e9, "USD");
  const f = new D(10.7e9);
  const t = new D(206.5e9);
  bench("finmodel cagr", () => {
    sink = cagr(from, to, 5);
  });
  bench("decimal.js", () => {
    sink = t.div(f).pow(one.div(new D(5))).minus(1);
  });
});

describe("growthRate(75e6, 700e6)", () => {
  bench("finmodel growthRate", () => {
    sink = growthRate(75e6, 700e6);
  });
  bench("decimal.js", () => {
    sink = new D(700e6).div(new D(75e6)).minus(1);
  });
});

describe("compound(100, 0.1, 5)", () => {
  bench("finmodel compound", () => {
    sink = compound(100, 0.1, 5);
  });
  bench("decimal.js", () => {
    sink = new D(100).times(new D(0.1).plus(1).pow(new D(5)));
  });
});

describe("priorValue(75e6, 1.589)", () => {
  bench("finmodel priorValue", () => {
    sink = priorValue(75e6, 1.589);
  });
  bench("decimal.js", () => {
    sink = new D(75e6).div(new D(1.589).plus(1));
  });
});

describe("margin(25.4, 100)", () => {
  bench("finmodel margin", () => {
    sink = margin(25.4, 100);
  });
  bench("decimal.js", () => {
    sink = new D(25.4).div(new D(100));
  });
});

describe("grossMargin(56, 75)", () => {
  bench("finmodel grossMargin", () => {
    sink = grossMargin(56, 75);
  });
  bench("decimal.js", () => {
    const r = new D(75);
    sink = r.minus(new D(56)).div(r);
  });
});

describe("marginChange(0.122, 0.254)", () => {
  bench("finmodel marginChange", () => {
    sink = marginChange(0.122, 0.254);
  });
  bench("decimal.js", () => {
    sink = new D(0.254).minus(new D(0.122)).times(100);
  });
});

describe("priceToSales(37.8e9, 700e6)", () => {
  bench("finmodel priceToSales", () => {
    sink = priceToSales(37.8e9, 700e6);
  });
  bench("decimal.js", () => {
    sink = new D(37.8e9).div(new D(700e6));
  });
});

describe("impliedPrice with FX (US$700M × 54 at 7.8, 317M shares)", () => {
  const revenue = money(700e6, "USD");
  const fx = fxRate("USD", "HKD", 7.8);
  const r = new D(700e6);
  const rate = new D(7.8);
  bench("finmodel impliedPrice", () => {
    sink = impliedPrice({ revenue, multiple: 54, shares: 317e6, fx });
  });
  bench("decimal.js", () => {
    sink = new D(54).times(r.times(rate)).div(new D(317e6));
  });
});

describe("impliedShares with FX (HK$930)", () => {
  const revenue = money(700e6, "USD");
  const price = money(930, "HKD");
  const fx = fxRate("USD", "HKD", 7.8);
  const r = new D(700e6);
  const p = new D(930);
  const rate = new D(7.8);
  bench("finmodel impliedShares", () => {
    sink = impliedShares({ price, revenue, multiple: 54, fx });
  });
  bench("decimal.js", () => {
    sink = new D(54).times(r.times(rate)).div(p);
  });
});

describe("runwayMonths(1.05e9, 27.9e6)", () => {
  bench("finmodel runwayMonths", () => {
    sink = runwayMonths(1.05e9, 27.9e6);
  });
  bench("decimal.js", () => {
    sink = new D(1.05e9).div(new D(27.9e6));
  });
});

describe("runwayMonths with 2% monthly burn growth", () => {
  bench("finmodel runwayMonths", () => {
    sink = runwayMonths(1.05e9, 27.9e6, { burnGrowth: 0.02 });
  });
  bench("decimal.js", () => {
    const g = new D(0.02);
    sink = new D(1.05e9).times(g).div(new D(27.9e6)).plus(1).ln().div(g.plus(1).ln());
  });
});

describe("mixShares of 3 parts", () => {
  const parts = { china: 61, asia: 24, other: 15 };
  bench("finmodel mixShares", () => {
    sink = mixShares(parts);
  });
  bench("decimal.js (divide by the total, no exact-sum rounding)", () => {
    const xs = [new D(61), new D(24), new D(15)];
    const total = xs[0]!.plus(xs[1]!).plus(xs[2]!);
    sink = xs.map((x) => x.div(total));
  });
});

describe("growthContribution of 3 parts", () => {
  const before = { a: 60, b: 30, c: 10 };
  const after = { a: 70, b: 45, c: 35 };
  bench("finmodel growthContribution", () => {
    sink = growthContribution(before, after);
  });
  bench("decimal.js (no exact-sum rounding)", () => {
    const b = [new D(60), new D(30), new D(10)];
    const a = [new D(70), new D(45), new D(35)];
    const total = b[0]!.plus(b[1]!).plus(b[2]!);
    sink = a.map((x, i) => x.minus(b[i]!).times(100).div(total));
  });
});

describe("probabilityWeighted of 3 scenarios", () => {
  const values = [1500, 1000, 600];
  const probabilities = [0.2, 0.7, 0.1];
  bench("finmodel probabilityWeighted", () => {
    sink = probabilityWeighted(values, probabilities);
  });
  bench("decimal.js", () => {
    sink = new D(1500).times(new D(0.2)).plus(new D(1000).times(new D(0.7))).plus(new D(600).times(new D(0.1)));
  });
});

describe("mixRateDecomposition of 2 segments", () => {
  const before = { hardware: { weight: 0.5, rate: 0.2 }, software: { weight: 0.5, rate: 0.6 } };
  const after = { hardware: { weight: 0.3, rate: 0.25 }, software: { weight: 0.7, rate: 0.6 } };
  bench("finmodel mixRateDecomposition", () => {
    sink = mixRateDecomposition(before, after);
  });
  bench("decimal.js (the three effects, no exact-sum rounding)", () => {
    const w0 = [new D(0.5), new D(0.5)];
    const r0 = [new D(0.2), new D(0.6)];
    const w1 = [new D(0.3), new D(0.7)];
    const r1 = [new D(0.25), new D(0.6)];
    let mix = new D(0);
    let rate = new D(0);
    let inter = new D(0);
    for (let i = 0; i < 2; i++) {
      mix = mix.plus(w1[i]!.minus(w0[i]!).times(r0[i]!));
      rate = rate.plus(w0[i]!.times(r1[i]!.minus(r0[i]!)));
      inter = inter.plus(w1[i]!.minus(w0[i]!).times(r1[i]!.minus(r0[i]!)));
    }
    sink = [mix, rate, inter];
  });
});
