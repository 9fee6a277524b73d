// GARCH(1,1) (Bollerslev 1986) by Gaussian (quasi-)maximum likelihood:
//   e_t = r_t − μ,  σ²_t = ω + α e²_{t−1} + β σ²_{t−1}.
// Real daily returns give persistence α + β ≈ 0.98 (docs/CALIBRATION.md). Optimised with Nelder–Mead on an
// unconstrained reparameterisation that keeps ω > 0, α, β ≥ 0 and α + β < 1 (covariance stationary).
import { exp, log } from '../math';
import { mean, variance } from './moments';
import { nelderMead } from './nelderMead';

export interface GarchParams {
  omega: number;
  alpha: number;
  beta: number;
}

export interface GarchFit extends GarchParams {
  /** α + β. */
  persistence: number;
  /** Sample mean removed before fitting. */
  mu: number;
  /** Maximised Gaussian log-likelihood. */
  logLik: number;
  evaluations: number;
  converged: boolean;
}

const LOG_2PI = 1.8378770664093453;
const logistic = (z: number): number => 1 / (1 + exp(-z));
const logit = (p: number): number => log(p / (1 - p));

/**
 * Conditional variances σ²_t for demeaned returns e, started at the sample variance (backcast),
 * written into `out` (length n).
 */
export function garchVariances(e: ArrayLike<number>, p: GarchParams, s0: number, out = new Float64Array(e.length)): Float64Array {
  let s2 = s0;
  for (let t = 0; t < e.length; t++) {
    out[t] = s2;
    const et = e[t]!;
    s2 = p.omega + p.alpha * et * et + p.beta * s2;
  }
  return out;
}

/** Gaussian log-likelihood of demeaned returns e under GARCH(1,1) parameters p. */
export function garchLogLik(e: ArrayLike<number>, p: GarchParams, s0: number): number {
  let s2 = s0;
  let ll = 0;
  for (let t = 0; t < e.length; t++) {
    const et = e[t]!;
    ll -= 0.5 * (LOG_2PI + log(s2) + (et * et) / s2);
    s2 = p.omega + p.alpha * et * et + p.beta * s2;
  }
  return ll;
}

function decode(z: number[], v: number): GarchParams {
  const pers = 0.9999 * logistic(z[1]!);
  const share = logistic(z[2]!);
  return { omega: v * exp(z[0]!), alpha: pers * share, beta: pers * (1 - share) };
}

/**
 * Fit GARCH(1,1) to returns r. Two Nelder–Mead starts (persistence 0.95 and 0.7) each restarted once
 * from their optimum; the best likelihood wins. Needs a few hundred observations to be meaningful.
 * @example garchFit(r).persistence // ≈ 0.98 for daily equity index returns
 */
export function garchFit(r: ArrayLike<number>): GarchFit {
  const mu = mean(r);
  const e = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) e[i] = r[i]! - mu;
  const v = variance(e);
  const negLL = (z: number[]): number => -garchLogLik(e, decode(z, v), v);
  let best: { x: number[]; fx: number } | null = null;
  let evaluations = 0;
  let converged = false;
  for (const [pers, share] of [[0.95, 0.1], [0.7, 0.3]] as const) {
    const z0 = [log(1 - pers), logit(pers / 0.9999), logit(share)];
    let res = nelderMead(negLL, z0, { step: 0.5, maxIterations: 600 });
    evaluations += res.evaluations;
    res = nelderMead(negLL, res.x, { step: 0.1, maxIterations: 600 });
    evaluations += res.evaluations;
    if (!best || res.fx < best.fx) { best = res; converged = res.converged; }
  }
  const p = decode(best!.x, v);
  return { ...p, persistence: p.alpha + p.beta, mu, logLik: -best!.fx, evaluations, converged };
}

/**
 * Standardized residuals e_t/σ_t of a fitted model; their excess kurtosis stays > 0 for real
 * returns ("conditional heavy tails", Cont 2001).
 */
export function garchResiduals(r: ArrayLike<number>, fit: GarchFit): Float64Array {
  const e = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) e[i] = r[i]! - fit.mu;
  const s2 = garchVariances(e, fit, variance(e));
  for (let i = 0; i < e.length; i++) e[i] = e[i]! / Math.sqrt(s2[i]!);
  return e;
}
