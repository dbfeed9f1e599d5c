// dcf and comps against the bare decimal.js operations they need, on a decimal.js clone with
// finmodel's settings (34 digits, ROUND_HALF_EVEN). The difference is finmodel's overhead:
// argument reading and checks, typed results, n.m. cells, frozen objects.
// Run (after npm run build: the benchmarks time dist/): npx vitest bench --run bench/valuation.bench.ts
import DecimalJs from "decimal.js";
import { bench, describe } from "vitest";
import { comps, dcf, money } from "finmodel";

// Every result goes to an exported binding, so that no engine can skip work whose result is unused.
export let sink: unknown;

const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });

describe("dcf: 10 yearly cash flows, Gordon terminal value, end-year", () => {
  const amounts = Array.from({ length: 10 }, (_, i) => 100 * 1.08 ** i);
  const flows = amounts.map((a) => money(a, "USD"));
  const bare = amounts.map((a) => new D(a));
  bench("finmodel dcf", () => {
    sink = dcf({ cashFlows: flows, discountRate: 0.09, terminal: { growth: 0.025 } });
  });
  bench("decimal.js", () => {
    const r = new D(0.09);
    const g = new D(0.025);
    const base = r.plus(1);
    let pv = new D(0);
    const factors: DecimalJs[] = [];
    for (let i = 0; i < bare.length; i++) {
      const df = base.pow(-(i + 1));
      factors.push(df);
      pv = pv.plus(bare[i]!.times(df));
    }
    const tv = bare[bare.length - 1]!.times(g.plus(1)).div(r.minus(g));
    const pvTv = tv.times(base.pow(-bare.length));
    const ev = pv.plus(pvTv);
    sink = [ev, pv, pvTv, tv, pvTv.div(ev), factors];
  });
});

describe("comps: 20 peers, EV/Sales and EV/EBITDA (two loss-making), with a subject", () => {
  const peers = Array.from({ length: 20 }, (_, i) => ({
    name: `Peer ${i + 1}`,
    enterpriseValue: money(1000 + 137 * i, "USD"),
    revenue: money(200 + 11 * i, "USD"),
    ebitda: money(i % 10 === 3 ? -20 : 40 + 7 * i, "USD"),
  }));
  const bare = peers.map((p) => ({ ev: p.enterpriseValue.amount, revenue: p.revenue.amount, ebitda: p.ebitda.amount }));
  const subject = { revenue: money(500, "USD"), ebitda: money(90, "USD") };
  const subjectBare = { revenue: subject.revenue.amount, ebitda: subject.ebitda.amount };
  const quantile = (sorted: DecimalJs[], p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const a = sorted[lo]!;
    return h === lo ? a : a.plus(sorted[lo + 1]!.minus(a).times(h - lo));
  };
  bench("finmodel comps", () => {
    sink = comps(peers, { metrics: ["evToSales", "evToEbitda"], subject });
  });
  bench("decimal.js", () => {
    const out: unknown[] = [];
    for (const [key, base] of [["revenue", subjectBare.revenue], ["ebitda", subjectBare.ebitda]] as const) {
      const xs: DecimalJs[] = [];
      for (const p of bare) if (p[key].gt(0) && !p.ev.isNegative()) xs.push(p.ev.div(p[key]));
      const sorted = [...xs].sort((a, b) => a.cmp(b));
      const mean = xs.reduce((s, x) => s.plus(x), new D(0)).div(xs.length);
      const q1 = quantile(sorted, 0.25);
      const median = quantile(sorted, 0.5);
      const q3 = quantile(sorted, 0.75);
      out.push([xs, mean, q1, median, q3, base.times(q1), base.times(median), base.times(q3)]);
    }
    sink = out;
  });
});
