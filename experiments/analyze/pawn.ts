// PAWN density-based sensitivity (Pianosi & Wagener 2015, Environ. Model. Softw. 67:1; the
// given-data form of Pianosi & Wagener 2018, EMS 108:197): for each input, split the sample into
// `slices` equal-count groups by that input's value, and measure with the Kolmogorov–Smirnov
// statistic how far the output's distribution within each group is from its distribution over
// all runs. The index is the median (also max and mean) over groups: 0 when the input does not
// change the output's distribution, up to 1. Unlike variance-based indices it needs no special
// design: any sample with independent inputs (LHS, the A and B rows of a Sobol design).
import { bootstrapCI, identity } from './bootstrap';

export interface PawnIndex { median: number; max: number; mean: number; lo: number; hi: number; n: number }

/** sup |F_a - F_b| of two samples' empirical CDFs (both sorted ascending). */
export function ksStatistic(a: readonly number[], b: readonly number[]): number {
  let i = 0, j = 0, d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i]!, b[j]!);
    while (i < a.length && a[i]! <= x) i++;
    while (j < b.length && b[j]! <= x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}

/** KS statistic per slice of input column `xi`, for the rows in `idx`. */
function sliceKs(xi: readonly number[], y: readonly number[], idx: ArrayLike<number>, slices: number): number[] {
  const rows = Array.from(idx);
  const all = rows.map((r) => y[r]!).sort((p, q) => p - q);
  const byX = [...rows].sort((p, q) => xi[p]! - xi[q]! || p - q);
  const out: number[] = [];
  for (let s = 0; s < slices; s++) {
    const part = byX.slice(Math.floor((s * byX.length) / slices), Math.floor(((s + 1) * byX.length) / slices));
    if (part.length === 0) continue;
    out.push(ksStatistic(all, part.map((r) => y[r]!).sort((p, q) => p - q)));
  }
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** X[i] = values of input i over the runs; y = the output per run. */
export function pawnIndices(X: readonly (readonly number[])[], y: readonly number[], slices: number, resamples: number, confidence: number, rng: () => number): PawnIndex[] {
  const n = y.length;
  return X.map((xi) => {
    const ks = sliceKs(xi, y, identity(n), slices);
    const [ci] = bootstrapCI(n, (idx) => [median(sliceKs(xi, y, idx, slices))], resamples, confidence, rng);
    return { median: median(ks), max: Math.max(...ks), mean: ks.reduce((a, b) => a + b, 0) / ks.length, lo: ci![0], hi: ci![1], n };
  });
}

/** The KS statistic two independent samples of sizes n and m exceed with probability alpha (asymptotic). */
export function ksCritical(n: number, m: number, alpha = 0.05): number {
  const c = Math.sqrt(-0.5 * Math.log(alpha / 2));
  return c * Math.sqrt((n + m) / (n * m));
}
