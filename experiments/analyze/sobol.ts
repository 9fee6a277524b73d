// Sobol' sensitivity indices from a Saltelli design (matrices A, B and A_B^(i)):
//   first order  S_i  = mean(f(B) (f(A_B^i) - f(A))) / V        (Saltelli et al. 2010, CPC 181:259, Table 2 (b))
//   total order  ST_i = mean((f(A) - f(A_B^i))^2) / (2V)         (Jansen 1999; Saltelli 2010 Table 2 (f))
// with V the variance of f over A and B together. Confidence intervals by bootstrap over base samples.
import { bootstrapCI, identity } from './bootstrap';

export interface SobolInput { fA: number[]; fB: number[]; fAB: number[][] } // fAB[i][j]
export interface SobolIndex { S1: number; S1lo: number; S1hi: number; ST: number; STlo: number; SThi: number }

function indices({ fA, fB, fAB }: SobolInput, idx: Int32Array): number[] {
  const n = idx.length, d = fAB.length;
  let mean = 0;
  for (const j of idx) mean += fA[j]! + fB[j]!;
  mean /= 2 * n;
  let v = 0;
  for (const j of idx) v += (fA[j]! - mean) ** 2 + (fB[j]! - mean) ** 2;
  v /= 2 * n;
  const out: number[] = [];
  for (let i = 0; i < d; i++) {
    let s1 = 0, st = 0;
    for (const j of idx) {
      const ab = fAB[i]![j]!;
      s1 += fB[j]! * (ab - fA[j]!);
      st += (fA[j]! - ab) ** 2;
    }
    out.push(s1 / n / v, st / (2 * n) / v);
  }
  return out;
}

/** Point estimates only (no bootstrap), for convergence tables. */
export function sobolPointEstimates(input: SobolInput): { S1: number; ST: number }[] {
  const point = indices(input, identity(input.fA.length));
  return input.fAB.map((_, i) => ({ S1: point[2 * i]!, ST: point[2 * i + 1]! }));
}

export function sobolIndices(input: SobolInput, resamples: number, confidence: number, rng: () => number): SobolIndex[] {
  const n = input.fA.length;
  const point = indices(input, identity(n));
  const ci = bootstrapCI(n, (idx) => indices(input, idx), resamples, confidence, rng);
  return input.fAB.map((_, i) => ({
    S1: point[2 * i]!, S1lo: ci[2 * i]![0], S1hi: ci[2 * i]![1],
    ST: point[2 * i + 1]!, STlo: ci[2 * i + 1]![0], SThi: ci[2 * i + 1]![1],
  }));
}
