// The method-of-simulated-moments search: deterministic under common random numbers, and the
// reported optimum is the best candidate it evaluated.
import { describe, expect, it } from 'vitest';
import { parseCalibrationSpec } from '../../experiments/validation/calibrationSpec';
import { calibrate, distance } from '../../experiments/validation/msm';

const spec = parseCalibrationSpec({
  name: 'tiny', years: 2, burnInDays: 20, seeds: 1,
  parameters: [{ path: 'noise.volPersistence', min: 0.9, max: 0.99 }],
  moments: [{ asset: 'broad_equity', statistic: 'absAcf1', target: 0.3, scale: 0.05 }, { asset: 'broad_equity', statistic: 'kurt1', target: 5 }],
  search: { lhsPoints: 2, iterations: 2, seed: 7 },
});

describe('msm calibrate', () => {
  it('fills spec defaults and scales distances by |target| unless a scale is given', () => {
    expect(spec.moments[1]!.weight).toBe(1);
    expect(distance(spec, [0.35, 10])).toBeCloseTo(((0.35 - 0.3) / 0.05) ** 2 + ((10 - 5) / 5) ** 2, 12);
    expect(distance(spec, [NaN, 5])).toBe(Infinity);
  });

  it('is deterministic and returns the best evaluated candidate inside the bounds', () => {
    const a = calibrate(spec);
    const b = calibrate(spec);
    expect(b.best).toEqual(a.best);
    expect(a.evaluations.filter((e) => e.phase === 'lhs').length).toBe(2);
    for (const e of a.evaluations) expect(a.best.distance).toBeLessThanOrEqual(e.distance);
    const v = a.best.values['noise.volPersistence']!;
    expect(v).toBeGreaterThanOrEqual(0.9);
    expect(v).toBeLessThanOrEqual(0.99);
  });
});
