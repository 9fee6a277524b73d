// Pearson correlation and its rolling-window version (crisis correlation, volume–volatility).

/**
 * Pearson product-moment correlation of the first min(len) pairs; NaN if either side is constant.
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.9933992677987828
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearsonRange(x, y, 0, Math.min(x.length, y.length));
}

/** Pearson correlation on indices [from, to) of both series, two-pass for accuracy. */
export function pearsonRange(x: ArrayLike<number>, y: ArrayLike<number>, from: number, to: number): number {
  const n = to - from;
  if (n < 2) return NaN;
  let mx = 0, my = 0;
  for (let i = from; i < to; i++) { mx += x[i]!; my += y[i]!; }
  mx /= n;
  my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = from; i < to; i++) {
    const dx = x[i]! - mx, dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Correlation over a trailing window: out[t] = corr of x, y on (t−window, t]; NaN for t < window−1.
 * @example rollingCorrelation(equityReturns, bondReturns, 63) // quarterly rolling stock–bond correlation
 */
export function rollingCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, window: number): Float64Array {
  const n = Math.min(x.length, y.length);
  const out = new Float64Array(n).fill(NaN);
  for (let t = window - 1; t < n; t++) out[t] = pearsonRange(x, y, t - window + 1, t + 1);
  return out;
}
