// Aggregational Gaussianity (Cont 2001 §3): kurtosis of returns summed over longer horizons
// falls toward 0 as the horizon grows.
import { excessKurtosis } from './moments';

/**
 * Sums of consecutive non-overlapping blocks of h log returns (a trailing partial block is dropped).
 * @example aggregate([1, 2, 3, 4, 5], 2) // Float64Array [3, 7]
 */
export function aggregate(r: ArrayLike<number>, h: number): Float64Array {
  const m = Math.floor(r.length / h);
  const out = new Float64Array(m);
  for (let b = 0; b < m; b++) {
    let s = 0;
    for (let j = 0; j < h; j++) s += r[b * h + j]!;
    out[b] = s;
  }
  return out;
}

export interface HorizonKurtosis {
  /** Horizon in days. */
  h: number;
  /** Excess kurtosis of the h-day returns. */
  kurtosis: number;
  /** Number of h-day returns it was estimated on. */
  n: number;
}

/**
 * Excess kurtosis at several aggregation horizons.
 * @defaultValue horizons [1, 5, 21] (day, week, month)
 * @example kurtosisByHorizon(r).map((k) => k.kurtosis) // decreasing for i.i.d. heavy-tailed r
 */
export function kurtosisByHorizon(r: ArrayLike<number>, horizons: readonly number[] = [1, 5, 21]): HorizonKurtosis[] {
  return horizons.map((h) => {
    const a = aggregate(r, h);
    return { h, kurtosis: excessKurtosis(a), n: a.length };
  });
}
