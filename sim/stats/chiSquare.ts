// Chi-square distribution function, for test p-values.
import { regularizedGammaP, regularizedGammaQ } from './gamma';

/**
 * P(X ≤ x) for X ~ χ²(df).
 * @example chiSquareCdf(3.841458820694124, 1) // 0.95
 */
export function chiSquareCdf(x: number, df: number): number {
  if (x <= 0) return df > 0 ? 0 : NaN;
  return regularizedGammaP(df / 2, x / 2);
}

/**
 * Survival function P(X > x) for X ~ χ²(df): the p-value of a chi-square statistic.
 * @example chiSquareSf(31.410432844230918, 20) // 0.05
 */
export function chiSquareSf(x: number, df: number): number {
  if (x <= 0) return df > 0 ? 1 : NaN;
  return regularizedGammaQ(df / 2, x / 2);
}
