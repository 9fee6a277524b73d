import { describe, expect, it } from 'vitest';
import { isoToDayNumber } from '../../sim/calendar';
import { compilePath, linearAt, stepAt } from '../../sim/paths';

const d = isoToDayNumber;

describe('stepAt', () => {
  const p = compilePath([['2024-09-19', 0.0483], ['2024-01-02', 0.0533], ['2024-12-19', 0.0433]]); // unsorted on purpose
  it('sorts the path by date', () => {
    expect(Array.from(p.values)).toEqual([0.0533, 0.0483, 0.0433]);
  });
  it('holds the value in force: the last step at or before the day', () => {
    expect(stepAt(p, d('2023-06-01'))).toBe(0.0533);    // before the path: its first value
    expect(stepAt(p, d('2024-01-02'))).toBe(0.0533);
    expect(stepAt(p, d('2024-09-18'))).toBe(0.0533);
    expect(stepAt(p, d('2024-09-19'))).toBe(0.0483);    // a step takes effect on its own date
    expect(stepAt(p, d('2024-12-18'))).toBe(0.0483);
    expect(stepAt(p, d('2024-12-19'))).toBe(0.0433);
    expect(stepAt(p, d('2030-01-01'))).toBe(0.0433);
  });
  it('works with one point', () => {
    const one = compilePath([['2024-01-02', 7]]);
    expect(stepAt(one, 0)).toBe(7);
    expect(stepAt(one, d('2040-01-01'))).toBe(7);
  });
});

describe('linearAt', () => {
  const p = compilePath([['2024-01-01', 100], ['2024-01-11', 200], ['2024-01-31', 0]]);
  it('is flat outside the path', () => {
    expect(linearAt(p, d('2023-01-01'))).toBe(100);
    expect(linearAt(p, d('2024-01-01'))).toBe(100);
    expect(linearAt(p, d('2024-01-31'))).toBe(0);
    expect(linearAt(p, d('2025-01-01'))).toBe(0);
  });
  it('interpolates linearly between points and hits them exactly', () => {
    expect(linearAt(p, d('2024-01-06'))).toBe(150);
    expect(linearAt(p, d('2024-01-11'))).toBe(200);
    expect(linearAt(p, d('2024-01-21'))).toBe(100);
    expect(linearAt(p, d('2024-01-26'))).toBe(50);
  });
  it('is continuous and monotone on each segment', () => {
    let prev = linearAt(p, d('2024-01-01'));
    for (let n = d('2024-01-02'); n <= d('2024-01-11'); n++) { const v = linearAt(p, n); expect(v).toBeGreaterThanOrEqual(prev); prev = v; }
    for (let n = d('2024-01-12'); n <= d('2024-01-31'); n++) { const v = linearAt(p, n); expect(v).toBeLessThanOrEqual(prev); expect(prev - v).toBeCloseTo(10, 9); prev = v; }
  });
});
