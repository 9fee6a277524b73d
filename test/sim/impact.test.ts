import { describe, expect, it } from 'vitest';
import { sqrtImpact } from '../../sim/market/impact';

describe('square-root impact', () => {
  const y = 0.7, sigma = 0.008, adv = 4.5e11;
  it('is zero without flow and signed with the flow', () => {
    expect(sqrtImpact(y, sigma, 0, adv)).toBe(0);
    expect(sqrtImpact(y, sigma, 1e10, adv)).toBeGreaterThan(0);
    expect(sqrtImpact(y, sigma, -1e10, adv)).toBeLessThan(0);
    expect(sqrtImpact(y, sigma, -1e10, adv)).toBe(-sqrtImpact(y, sigma, 1e10, adv));
  });
  it('follows Y·σ·√(|Q|/ADV)', () => {
    expect(sqrtImpact(y, sigma, adv, adv)).toBeCloseTo(y * sigma, 15);  // Q = ADV: Y·σ
    expect(sqrtImpact(y, sigma, 1e10, adv)).toBeCloseTo(y * sigma * Math.sqrt(1e10 / adv), 15);
  });
  it('scales with the square root of size and inversely with the square root of depth', () => {
    const base = sqrtImpact(y, sigma, 1e9, adv);
    expect(sqrtImpact(y, sigma, 4e9, adv) / base).toBeCloseTo(2, 12);
    expect(sqrtImpact(y, sigma, 1e11, adv) / base).toBeCloseTo(10, 12);
    expect(sqrtImpact(y, sigma, 1e9, adv / 4) / base).toBeCloseTo(2, 12);
  });
  it('is linear in Y and σ and concave in size', () => {
    expect(sqrtImpact(2 * y, sigma, 1e9, adv)).toBeCloseTo(2 * sqrtImpact(y, sigma, 1e9, adv), 15);
    expect(sqrtImpact(y, 3 * sigma, 1e9, adv)).toBeCloseTo(3 * sqrtImpact(y, sigma, 1e9, adv), 15);
    const a = sqrtImpact(y, sigma, 1e9, adv), b = sqrtImpact(y, sigma, 2e9, adv);
    expect(b).toBeLessThan(2 * a);
    expect(b).toBeGreaterThan(a);
  });
});
