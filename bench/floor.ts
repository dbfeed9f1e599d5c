// What the hand-written floors of the Monte Carlo benches compute after their loop, as the
// library's summary does: mean, sample standard deviation, and the 5th…95th percentiles by
// linear interpolation. Sorts `out` in place (a floor may read the sorted draws after).
export function floorSummary(out: Float64Array): { mean: number; sd: number; p: number[] } {
  const draws = out.length;
  let sum = 0;
  for (let i = 0; i < draws; i++) sum += out[i]!;
  const mean = sum / draws;
  let ss = 0;
  for (let i = 0; i < draws; i++) ss += (out[i]! - mean) ** 2;
  out.sort();
  const pct = (p: number) => {
    const h = ((draws - 1) * p) / 100;
    const lo = Math.floor(h);
    return out[lo]! + (h - lo) * (out[Math.min(lo + 1, draws - 1)]! - out[lo]!);
  };
  return { mean, sd: Math.sqrt(ss / (draws - 1)), p: [5, 25, 50, 75, 95].map(pct) };
}
