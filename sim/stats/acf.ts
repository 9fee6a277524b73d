// Sample autocorrelation function, the Box–Jenkins estimator used by the Ljung–Box test.

/**
 * ρ(τ) = Σ_{t<n-τ} (x_t − x̄)(x_{t+τ} − x̄) / Σ_t (x_t − x̄)², for τ = 0..maxLag (ρ(0) = 1).
 * The common denominator n·γ(0) keeps the sequence positive semi-definite (Brockwell & Davis §1.4).
 * Lags ≥ n give 0; a constant series gives NaN beyond lag 0.
 * @example acf([1, -1, 1, -1], 1) // Float64Array [1, -0.75]
 */
export function acf(x: ArrayLike<number>, maxLag: number): Float64Array {
  const n = x.length;
  const out = new Float64Array(maxLag + 1);
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i]!;
  m /= n;
  const d = new Float64Array(n);
  let c0 = 0;
  for (let i = 0; i < n; i++) {
    d[i] = x[i]! - m;
    c0 += d[i]! * d[i]!;
  }
  out[0] = 1;
  for (let k = 1; k <= maxLag; k++) {
    let c = 0;
    for (let t = 0; t + k < n; t++) c += d[t]! * d[t + k]!;
    out[k] = c / c0;
  }
  return out;
}
