import * as L from "./dist/index.js";
import * as X from "./dist/excel.js";
function randomWalk(n, seedValue) {
  let state = seedValue;
  const rand = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
  const amounts = [-400 * n]; const when = [new Date(Date.UTC(2015, 0, 1))];
  for (let i = 1; i < n; i++) { amounts.push(Math.round((rand() - 0.25) * 2000 * 100) / 100 + 25); when.push(new Date(when[i - 1].getTime() + Math.ceil(rand() * 30) * 86_400_000)); }
  return { amounts, when };
}
const rw = randomWalk(50, 50);
const per = rw.amounts.map((c,i)=> i===0? -10000 : c);
export let sink;
function t(name, f) { const N = 3e5; for (let i=0;i<3e4;i++) sink=f(); const t0=process.hrtime.bigint(); for (let i=0;i<N;i++) sink=f(); console.log(name.padEnd(30), (Number(process.hrtime.bigint()-t0)/N).toFixed(0), "ns"); }
for (let k=0;k<2;k++){
t("XIRR", () => X.XIRR(rw.amounts, rw.when));
t("xirr", () => L.xirr(rw.amounts, rw.when));
t("IRR", () => X.IRR(per));
t("irr", () => L.irr(per));
t("ratio(0.0523)", () => L.ratio(0.05234567890123));
}
