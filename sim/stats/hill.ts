// Hill (1975) estimator of the tail index α of a power-law tail P(X > x) ~ x^−α.
// Daily returns of liquid assets give α ≈ 3, range 2–5 (Gopikrishnan et al. 1998; Cont 2001).
import { log } from '../math';

export type Tail = 'abs' | 'lower' | 'upper';

export interface HillOptions {
  /** Number of order statistics used; overrides `fraction`. */
  k?: number;
  /**
   * Share of the tail sample used, k = round(fraction · n_tail).
   * @defaultValue 0.025 (docs/CALIBRATION.md: top 2–5% of |r|)
   */
  fraction?: number;
  /**
   * Which tail: |r| (both), losses (−r for r < 0) or gains (r > 0).
   * @defaultValue 'abs'
   */
  tail?: Tail;
}

export interface HillResult {
  alpha: number;
  k: number;
  /** The (k+1)-th largest value, the tail threshold. */
  threshold: number;
  /** Asymptotic standard error α/√k. */
  se: number;
}

/**
 * α̂ = k / Σ_{i=1..k} ln(X_(i) / X_(k+1)) over the k largest values X_(1) ≥ … ≥ X_(k+1).
 * For `lower`/`upper` the sample is the losses/gains only, so α of losses vs gains measures the
 * gain/loss asymmetry. Returns NaN fields when fewer than k+1 positive values exist.
 * @example hill(studentT3Sample).alpha // ≈ 3
 */
export function hill(x: ArrayLike<number>, opts: HillOptions = {}): HillResult {
  const tail = opts.tail ?? 'abs';
  const vals: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const y = tail === 'abs' ? Math.abs(v) : tail === 'lower' ? -v : v;
    if (y > 0) vals.push(y);
  }
  const sorted = Float64Array.from(vals).sort().reverse();
  const k = opts.k ?? Math.round((opts.fraction ?? 0.025) * sorted.length);
  if (!(k >= 1) || k + 1 > sorted.length) return { alpha: NaN, k, threshold: NaN, se: NaN };
  const threshold = sorted[k]!;
  const lt = log(threshold);
  let s = 0;
  for (let i = 0; i < k; i++) s += log(sorted[i]!) - lt;
  const alpha = k / s;
  return { alpha, k, threshold, se: alpha / Math.sqrt(k) };
}
