// Ljung–Box portmanteau test of "no linear autocorrelation" (Ljung & Box 1978, Biometrika 65:297).
import { acf } from './acf';
import { chiSquareSf } from './chiSquare';

export interface LjungBoxResult {
  /** Q(m) = n(n+2) Σ_{k=1..m} ρ_k² / (n−k). */
  q: number;
  /** Degrees of freedom m − fitdf. */
  df: number;
  /** P(χ²(df) > Q): small values reject "no autocorrelation up to lag m". */
  pValue: number;
}

/**
 * Ljung–Box Q(m) with its chi-square p-value. `fitdf` subtracts parameters of a fitted ARMA model
 * (0 for raw returns), as in R's Box.test(x, lag = m, type = "Ljung-Box", fitdf).
 * @example ljungBox(returns, 20).pValue > 0.05 // no evidence of linear autocorrelation
 */
export function ljungBox(x: ArrayLike<number>, m: number, fitdf = 0): LjungBoxResult {
  const n = x.length;
  const rho = acf(x, m);
  let s = 0;
  for (let k = 1; k <= m; k++) s += (rho[k]! * rho[k]!) / (n - k);
  const q = n * (n + 2) * s;
  const df = m - fitdf;
  return { q, df, pValue: chiSquareSf(q, df) };
}
