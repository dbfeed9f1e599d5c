// The one-division metrics, the mix functions, dcf and comps of the BUILT package (dist/, as an
// application imports it) against the same bare decimal.js operations as bench/metrics.bench.ts
// and bench/valuation.bench.ts, which time the same build through vitest (ratios of means).
// Here each ratio is the best of 15 rounds of process CPU time (user + system), the two sides
// interleaved, so that other processes on a shared machine move it less than a mean.
// Run: npm run build && node bench/built.mjs
import DecimalJs from "decimal.js";
import * as L from "../dist/index.js";

const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
// Every result goes to an exported binding, so that no engine can skip work whose result is unused.
export let sink;

function cpuNanos(f, n) {
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) sink = f();
  const d = process.cpuUsage(t0);
  return ((d.user + d.system) * 1000) / n;
}

const revenue = L.money(700e6, "USD");
const price = L.money(930, "HKD");
const fx = L.fxRate("USD", "HKD", 7.8);
const r7 = new D(700e6);
const p930 = new D(930);
const fx78 = new D(7.8);
const peers = Array.from({ length: 20 }, (_, i) => ({
  name: `Peer ${i + 1}`,
  enterpriseValue: L.money(1000 + 137 * i, "USD"),
  revenue: L.money(200 + 11 * i, "USD"),
  ebitda: L.money(i % 10 === 3 ? -20 : 40 + 7 * i, "USD"),
}));
const subject = { revenue: L.money(500, "USD"), ebitda: L.money(90, "USD") };
const peersBare = peers.map((p) => ({ ev: new D(p.enterpriseValue.amount.toString()), revenue: new D(p.revenue.amount.toString()), ebitda: new D(p.ebitda.amount.toString()) }));
const subjectBare = { revenue: new D(500), ebitda: new D(90) };
const quantile = (sorted, p) => {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo];
  return h === lo ? a : a.plus(sorted[lo + 1].minus(a).times(h - lo));
};
const amounts = Array.from({ length: 10 }, (_, i) => 100 * 1.08 ** i);
const flows = amounts.map((a) => L.money(a, "USD"));
const flowsBare = amounts.map((a) => new D(a));

const cases = {
  "margin(25.4, 100)": [() => L.margin(25.4, 100), () => new D(25.4).div(new D(100)), 20000],
  "grossMargin(56, 75)": [() => L.grossMargin(56, 75), () => { const r = new D(75); return r.minus(new D(56)).div(r); }, 20000],
  "marginChange(0.122, 0.254)": [() => L.marginChange(0.122, 0.254), () => new D(0.254).minus(new D(0.122)).times(100), 20000],
  "priceToSales(37.8e9, 700e6)": [() => L.priceToSales(37.8e9, 700e6), () => new D(37.8e9).div(new D(700e6)), 20000],
  "impliedShares with FX": [() => L.impliedShares({ price, revenue, multiple: 54, fx }), () => new D(54).times(r7.times(fx78)).div(p930), 20000],
  "mixShares of 3 parts": [
    () => L.mixShares({ china: 61, asia: 24, other: 15 }),
    () => { const xs = [new D(61), new D(24), new D(15)]; const t = xs[0].plus(xs[1]).plus(xs[2]); return xs.map((x) => x.div(t)); },
    5000,
  ],
  "growthContribution of 3 parts": [
    () => L.growthContribution({ a: 60, b: 30, c: 10 }, { a: 70, b: 45, c: 35 }),
    () => { const b = [new D(60), new D(30), new D(10)]; const a = [new D(70), new D(45), new D(35)]; const t = b[0].plus(b[1]).plus(b[2]); return a.map((x, i) => x.minus(b[i]).times(100).div(t)); },
    5000,
  ],
  "dcf, 10 flows": [
    () => L.dcf({ cashFlows: flows, discountRate: 0.09, terminal: { growth: 0.025 } }),
    () => {
      const r = new D(0.09), g = new D(0.025), base = r.plus(1);
      let pv = new D(0);
      const factors = [];
      for (let i = 0; i < flowsBare.length; i++) { const df = base.pow(-(i + 1)); factors.push(df); pv = pv.plus(flowsBare[i].times(df)); }
      const tv = flowsBare[flowsBare.length - 1].times(g.plus(1)).div(r.minus(g));
      const pvTv = tv.times(base.pow(-flowsBare.length));
      const ev = pv.plus(pvTv);
      return [ev, pv, pvTv, tv, pvTv.div(ev), factors];
    },
    300,
  ],
  "comps, 20 peers": [
    () => L.comps(peers, { metrics: ["evToSales", "evToEbitda"], subject }),
    () => {
      const out = [];
      for (const [key, base] of [["revenue", subjectBare.revenue], ["ebitda", subjectBare.ebitda]]) {
        const xs = [];
        for (const p of peersBare) if (p[key].gt(0) && !p.ev.isNegative()) xs.push(p.ev.div(p[key]));
        const sorted = [...xs].sort((a, b) => a.cmp(b));
        const mean = xs.reduce((s, x) => s.plus(x), new D(0)).div(xs.length);
        const q1 = quantile(sorted, 0.25), median = quantile(sorted, 0.5), q3 = quantile(sorted, 0.75);
        out.push([xs, mean, q1, median, q3, base.times(q1), base.times(median), base.times(q3)]);
      }
      return out;
    },
    300,
  ],
};

for (const [name, [finmodel, bare, n]] of Object.entries(cases)) {
  let f = Infinity;
  let b = Infinity;
  for (let round = 0; round < 15; round++) {
    b = Math.min(b, cpuNanos(bare, n));
    f = Math.min(f, cpuNanos(finmodel, n));
  }
  const us = (x) => (x / 1000).toFixed(x < 10000 ? 2 : 1);
  console.log(`${name.padEnd(30)} finmodel ${us(f).padStart(6)} µs   decimal.js ${us(b).padStart(6)} µs   ${(f / b).toFixed(2)}×`);
}
