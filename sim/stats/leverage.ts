// Leverage effect (Black 1976; Bouchaud, Matacz & Potters 2001): falling prices raise later volatility,
// so corr(r_t, r²_{t+τ}) < 0 for τ ≥ 1, decaying over ~10–50 days (docs/CALIBRATION.md).
import { pearsonRange } from './correlation';

/**
 * L(τ) = corr(r_t, r²_{t+τ}) for τ = 1..maxLag (index τ−1 of the result).
 * @example leverageCorrelation(r, 20)[0] // L(1), negative for equity indices
 */
export function leverageCorrelation(r: ArrayLike<number>, maxLag: number): Float64Array {
  const n = r.length;
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) sq[i] = r[i]! * r[i]!;
  const out = new Float64Array(maxLag);
  for (let tau = 1; tau <= maxLag; tau++) {
    // Pair r[0..n−τ) with sq[τ..n): shift sq by τ through a subarray view.
    out[tau - 1] = pearsonRange(r, sq.subarray(tau), 0, n - tau);
  }
  return out;
}
