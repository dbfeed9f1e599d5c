// The statistics of simulated draws, written once: the percentile and the
// equal-width histogram that monteCarlo reports and distributionChart draws.
// (They were two copies with different default bins, 40 and 30.)

/** @internal The default number of histogram bins, for `monteCarlo` and `distributionChart` alike. */
export const DEFAULT_BINS = 40;

/**
 * @internal The p-th percentile (p in [0, 100]) of sorted values, interpolated linearly between
 * order statistics: h = (n − 1)·p/100, x = s⌊h⌋ + (h − ⌊h⌋)·(s⌊h⌋+1 − s⌊h⌋) (numpy's default).
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}

/**
 * @internal Equal-width bins from the smallest to the largest of sorted draws (at least one):
 * `bins + 1` edges, the last one exactly the largest draw, which falls in the last bin. If all
 * draws are equal the width is 0: every edge is that value and every draw is in the first bin.
 */
export function equalWidthHistogram(sorted: Float64Array, bins: number): { edges: number[]; counts: number[] } {
  const n = sorted.length;
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  const width = (max - min) / bins;
  const edges: number[] = [];
  for (let b = 0; b <= bins; b++) edges.push(b === bins ? max : min + b * width);
  const counts = new Array<number>(bins).fill(0);
  if (width > 0) {
    for (let i = 0; i < n; i++) counts[Math.min(bins - 1, Math.floor((sorted[i]! - min) / width))]! += 1;
  } else {
    counts[0] = n;
  }
  return { edges, counts };
}
