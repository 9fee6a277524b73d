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

/**
 * Second-order indices from the B_A^(i) runs (Saltelli 2002, CPC 145:280, eq. 12, as SALib computes
 * them): V_ij = mean(f(B_A^i) f(A_B^j) - f(A) f(B)) / V, and S_ij = V_ij - S_i - S_j.
 * fBA[i][j] = f at B with column i from A. Intervals by bootstrap over base samples.
 */
export interface SobolSecondOrder { i: number; j: number; S2: number; S2lo: number; S2hi: number }

function second({ fA, fB, fAB }: SobolInput, fBA: number[][], idx: Int32Array): number[] {
  const n = idx.length, d = fAB.length;
  let mean = 0;
  for (const k of idx) mean += fA[k]! + fB[k]!;
  mean /= 2 * n;
  let v = 0;
  for (const k of idx) v += (fA[k]! - mean) ** 2 + (fB[k]! - mean) ** 2;
  v /= 2 * n;
  const s1 = Array.from({ length: d }, (_, i) => { let s = 0; for (const k of idx) s += fB[k]! * (fAB[i]![k]! - fA[k]!); return s / n / v; });
  const out: number[] = [];
  for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) {
    let s = 0;
    for (const k of idx) s += fBA[i]![k]! * fAB[j]![k]! - fA[k]! * fB[k]!;
    out.push(s / n / v - s1[i]! - s1[j]!);
  }
  return out;
}

export function sobolSecondOrder(input: SobolInput, fBA: number[][], resamples: number, confidence: number, rng: () => number): SobolSecondOrder[] {
  const n = input.fA.length, d = input.fAB.length;
  const point = second(input, fBA, identity(n));
  const ci = bootstrapCI(n, (idx) => second(input, fBA, idx), resamples, confidence, rng);
  const out: SobolSecondOrder[] = [];
  let q = 0;
  for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++, q++) out.push({ i, j, S2: point[q]!, S2lo: ci[q]![0], S2hi: ci[q]![1] });
  return out;
}
