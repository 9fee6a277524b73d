// Drawdowns of a price path: the episode checks (2022 rate shock, March 2020) compare them across assets.

export interface Drawdown {
  /** Largest peak-to-trough fall as a positive fraction (0.3 = −30%). */
  maxDrawdown: number;
  /** Index of the peak before the worst trough. */
  peak: number;
  /** Index of the worst trough. */
  trough: number;
}

/**
 * Maximum drawdown of a positive price series over indices [from, to).
 * @example maxDrawdown([100, 120, 60, 90]).maxDrawdown // 0.5
 */
export function maxDrawdown(p: ArrayLike<number>, from = 0, to = p.length): Drawdown {
  let best: Drawdown = { maxDrawdown: 0, peak: from, trough: from };
  let peakIdx = from;
  for (let t = from; t < to; t++) {
    if (p[t]! > p[peakIdx]!) peakIdx = t;
    const dd = 1 - p[t]! / p[peakIdx]!;
    if (dd > best.maxDrawdown) best = { maxDrawdown: dd, peak: peakIdx, trough: t };
  }
  return best;
}

/**
 * Drawdown path: 1 − p_t / max_{s≤t} p_s.
 * @example drawdownSeries([100, 50, 100]) // Float64Array [0, 0.5, 0]
 */
export function drawdownSeries(p: ArrayLike<number>): Float64Array {
  const out = new Float64Array(p.length);
  let peak = -Infinity;
  for (let t = 0; t < p.length; t++) {
    if (p[t]! > peak) peak = p[t]!;
    out[t] = 1 - p[t]! / peak;
  }
  return out;
}
