// Volatility clustering (Cont 2001 §3): ACF of |r| stays positive for 100+ days and decays like a
// power law τ^−β with β ≈ 0.2–0.4.
import { exp, log } from '../math';
import { acf } from './acf';

export interface PowerLawFit {
  /** β in y ≈ c · τ^−β. */
  exponent: number;
  /** c. */
  prefactor: number;
  /** R² of the log–log regression. */
  r2: number;
  /** Lags actually used (those with a positive value). */
  used: number;
}

/**
 * Least-squares fit of ln y = ln c − β ln τ over the points with y > 0 (non-positive ACF values
 * have no logarithm and are skipped; `used` reports how many were kept).
 * @example powerLawFit([1, 2, 4], [1, 0.5, 0.25]).exponent // 1
 */
export function powerLawFit(lags: ArrayLike<number>, values: ArrayLike<number>): PowerLawFit {
  let n = 0, sx = 0, sy = 0;
  const xs: number[] = [], ys: number[] = [];
  for (let i = 0; i < Math.min(lags.length, values.length); i++) {
    const v = values[i]!;
    if (!(v > 0)) continue;
    const lx = log(lags[i]!), ly = log(v);
    xs.push(lx); ys.push(ly);
    sx += lx; sy += ly; n++;
  }
  if (n < 2) return { exponent: NaN, prefactor: NaN, r2: NaN, used: n };
  const mx = sx / n, my = sy / n;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx, dy = ys[i]! - my;
    sxx += dx * dx; sxy += dx * dy; syy += dy * dy;
  }
  const slope = sxy / sxx;
  return { exponent: -slope, prefactor: exp(my - slope * mx), r2: syy > 0 ? (sxy * sxy) / (sxx * syy) : 1, used: n };
}

export interface AbsAcfDecay {
  /** ACF of |r| at lags 0..maxLag. */
  acf: Float64Array;
  /** Power-law fit on lags 1..maxLag. */
  fit: PowerLawFit;
}

/**
 * ACF of |r| and its power-law decay exponent on lags 1..maxLag.
 * @defaultValue maxLag 100
 * @example absAcfDecay(r).fit.exponent // ≈ 0.2–0.4 for real daily returns
 */
export function absAcfDecay(r: ArrayLike<number>, maxLag = 100): AbsAcfDecay {
  const a = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) a[i] = Math.abs(r[i]!);
  const rho = acf(a, maxLag);
  const lags = new Float64Array(maxLag);
  for (let i = 0; i < maxLag; i++) lags[i] = i + 1;
  return { acf: rho, fit: powerLawFit(lags, rho.subarray(1)) };
}
