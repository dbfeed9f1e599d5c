import { quickYears } from "./src/metrics/tvm/dates.js";
import { xirrYears } from "./src/metrics/tvm/kernels.js";
function randomWalk(n: number, seedValue: number) {
  let state = seedValue;
  const rand = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
  const amounts = [-400 * n]; const when = [new Date(Date.UTC(2015, 0, 1))];
  for (let i = 1; i < n; i++) { amounts.push(Math.round((rand() - 0.25) * 2000 * 100) / 100 + 25); when.push(new Date(when[i - 1]!.getTime() + Math.ceil(rand() * 30) * 86_400_000)); }
  return { amounts, when };
}
const rw = randomWalk(50, 50);
const S = { guess: 0.1, tolerance: 1e-10, maxIterations: 50, allRoots: false };
export let sink: unknown;
function t(name: string, f: () => unknown) { const N = 3e5; for (let i=0;i<3e4;i++) sink=f(); const t0=process.hrtime.bigint(); for (let i=0;i<N;i++) sink=f(); console.log(name.padEnd(30), (Number(process.hrtime.bigint()-t0)/N).toFixed(0), "ns"); }
const q = quickYears(rw.amounts, rw.when)!;
const yrs = Float64Array.from(q.years); const vals = Float64Array.from(rw.amounts);
function floorXirr(values: Float64Array, years: Float64Array): number {
  let r = 0.1;
  for (let it = 0; it < 50; it++) {
    const l = Math.log1p(r); let f = 0; let d = 0;
    for (let i = 0; i < values.length; i++) { const t = years[i]!; const c = values[i]! * Math.exp(-t * l); f += c; d -= t * c; }
    const next = r - (f * (1 + r)) / d;
    if (Math.abs(next - r) <= 1e-10 * Math.max(1, Math.abs(next))) return next;
    r = next;
  }
  return Number.NaN;
}
console.log(xirrYears(rw.amounts, q.years, q.longest, S));
for (let k=0;k<2;k++){
t("floor", () => floorXirr(vals, yrs));
t("quickYears", () => quickYears(rw.amounts, rw.when));
t("xirrYears", () => xirrYears(rw.amounts, q.years, q.longest, S));
t("exp only 50", () => { let s=0; for (let i=0;i<50;i++) s+=Math.exp(-yrs[i]!*0.05); return s; });
}
