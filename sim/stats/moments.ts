// Sample moments of a series: the first stylized-fact checks (Cont 2001 §3: heavy tails, gain/loss asymmetry).
// Loops run in index order so results are bit-identical everywhere.

/**
 * Arithmetic mean; NaN for an empty series.
 * @example mean([1, 2, 3]) // 2
 */
export function mean(x: ArrayLike<number>): number {
  const n = x.length;
  if (n === 0) return NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i]!;
  return s / n;
}

/** Central moment sums Σ(x-m)^2, Σ(x-m)^3, Σ(x-m)^4 around the mean (two-pass, for accuracy). */
function centralSums(x: ArrayLike<number>): { m: number; s2: number; s3: number; s4: number } {
  const m = mean(x);
  let s2 = 0, s3 = 0, s4 = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - m;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  return { m, s2, s3, s4 };
}

/**
 * Unbiased sample variance (Bessel's correction: divide by n - 1); NaN when n < 2.
 * @example variance([1, 2, 3, 4]) // 1.6666666666666667
 */
export function variance(x: ArrayLike<number>): number {
  if (x.length < 2) return NaN;
  return centralSums(x).s2 / (x.length - 1);
}

/** Sample standard deviation, √variance. */
export function stdev(x: ArrayLike<number>): number {
  return Math.sqrt(variance(x));
}

/**
 * Skewness g1 = m3 / m2^(3/2) with population moments m_k = Σ(x-x̄)^k / n (the moment estimator;
 * R's e1071::skewness type 1). Negative for indices: losses larger than gains.
 * @example skewness([1, 2, 3, 10]) // > 0
 */
export function skewness(x: ArrayLike<number>): number {
  const n = x.length;
  if (n < 3) return NaN;
  const { s2, s3 } = centralSums(x);
  const m2 = s2 / n;
  return s3 / n / (m2 * Math.sqrt(m2));
}

/**
 * Excess kurtosis g2 = m4 / m2² − 3 (population moments; 0 for a Gaussian, 6/(ν−4) for Student-t ν).
 * @example excessKurtosis(gaussianSample) // ≈ 0
 */
export function excessKurtosis(x: ArrayLike<number>): number {
  const n = x.length;
  if (n < 4) return NaN;
  const { s2, s4 } = centralSums(x);
  const m2 = s2 / n;
  return s4 / n / (m2 * m2) - 3;
}
