// Log returns from a price path: the series every stylized-fact statistic is computed on.
import { log } from '../math';

/**
 * r_t = ln(p_{t+1} / p_t), length n − 1.
 * @example logReturns([100, 110, 99]) // [0.0953…, −0.1053…]
 */
export function logReturns(p: ArrayLike<number>): Float64Array {
  const n = Math.max(0, p.length - 1);
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) out[t] = log(p[t + 1]! / p[t]!);
  return out;
}

/**
 * Changes x_{t+1} − x_t (for rates and spreads, whose "returns" are differences).
 * @example differences([1, 1.5, 1.25]) // [0.5, −0.25]
 */
export function differences(x: ArrayLike<number>): Float64Array {
  const n = Math.max(0, x.length - 1);
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) out[t] = x[t + 1]! - x[t]!;
  return out;
}
