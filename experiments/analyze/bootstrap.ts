// Percentile bootstrap (Efron & Tibshirani 1993, ch. 13): resample the independent units (Sobol
// base samples, Morris trajectories) with replacement, recompute the statistic, take quantiles.

/** Returns, per component of the statistic, the [lo, hi] percentile interval. */
export function bootstrapCI(n: number, stat: (idx: Int32Array) => number[], resamples: number, confidence: number, rng: () => number): [number, number][] {
  const draws: number[][] = [];
  const idx = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) idx[i] = Math.floor(rng() * n);
    draws.push(stat(idx));
  }
  const m = draws[0]?.length ?? 0;
  const a = (1 - confidence) / 2;
  return Array.from({ length: m }, (_, j) => {
    const col = draws.map((d) => d[j]!).filter(Number.isFinite).sort((x, y) => x - y);
    return [quantile(col, a), quantile(col, 1 - a)];
  });
}

/** Linear-interpolated quantile of sorted values (type 7, R's default). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q, lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)]!) - sorted[lo]!);
}

export const identity = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);
