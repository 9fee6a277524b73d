// Seeded generators of series with known statistical answers, shared by the stats tests.
import seedrandom from 'seedrandom';

export type Rng = () => number;
export const rngFor = (seed: string): Rng => seedrandom.alea(seed);

/** Standard normal by Box–Muller. */
export function gaussian(rng: Rng): number {
  let u = rng();
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function gaussianSeries(rng: Rng, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = gaussian(rng);
  return out;
}

/** Student-t with integer ν degrees of freedom: Z / √(χ²_ν / ν). Tail index ν; excess kurtosis 6/(ν−4). */
export function studentTSeries(rng: Rng, n: number, nu: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < nu; j++) { const z = gaussian(rng); c += z * z; }
    out[i] = gaussian(rng) / Math.sqrt(c / nu);
  }
  return out;
}

/** Pareto with P(X > x) = x^−α for x ≥ 1 (inverse CDF). */
export function paretoSeries(rng: Rng, n: number, alpha: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.pow(1 - rng(), -1 / alpha);
  return out;
}

/** AR(1): x_t = φ x_{t−1} + ε_t. */
export function ar1Series(rng: Rng, n: number, phi: number): Float64Array {
  const out = new Float64Array(n);
  let x = 0;
  for (let i = -100; i < n; i++) {
    x = phi * x + gaussian(rng);
    if (i >= 0) out[i] = x;
  }
  return out;
}

/**
 * GJR-GARCH(1,1) with Gaussian innovations: σ²_t = ω + (α + γ·1[r_{t−1} < 0]) r²_{t−1} + β σ²_{t−1}.
 * γ = 0 is plain GARCH(1,1). 500 burn-in steps are discarded.
 */
export function garchSeries(rng: Rng, n: number, p: { omega: number; alpha: number; beta: number; gamma?: number }): Float64Array {
  const out = new Float64Array(n);
  const g = p.gamma ?? 0;
  let s2 = p.omega / (1 - p.alpha - p.beta - g / 2);
  let r = 0;
  for (let i = -500; i < n; i++) {
    s2 = p.omega + (p.alpha + (r < 0 ? g : 0)) * r * r + p.beta * s2;
    r = Math.sqrt(s2) * gaussian(rng);
    if (i >= 0) out[i] = r;
  }
  return out;
}
