// Sample quantiles by linear interpolation between order statistics (Hyndman & Fan 1996 type 7,
// R's default quantile(type = 7)).

/**
 * Quantiles of x at probabilities ps (each in [0, 1]); one sort for all of them.
 * @example quantiles([1, 2, 3, 4], [0, 0.5, 1]) // [1, 2.5, 4]
 */
export function quantiles(x: ArrayLike<number>, ps: readonly number[]): number[] {
  const s = Float64Array.from(x as ArrayLike<number>).sort();
  const n = s.length;
  return ps.map((p) => {
    if (n === 0 || !(p >= 0 && p <= 1)) return NaN;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
  });
}

/**
 * One quantile; see `quantiles`.
 * @example quantile([1, 2, 3, 4, 5], 0.25) // 2
 */
export function quantile(x: ArrayLike<number>, p: number): number {
  return quantiles(x, [p])[0]!;
}
