import { describe, expect, it } from 'vitest';
import { runScenario, runSweep, analyzeSweep, runSeed } from '../../experiments/api';
import { ScenarioError } from '../../sim/index';
import { tempDir } from './helpers';

describe('runScenario(name, {seed, days, set})', () => {
  it('runs a named scenario with overrides, deterministically, and flattens the summary to dotted metrics', () => {
    const a = runScenario('baseline', { seed: 5, days: 20, set: { 'hedge_fund.leverage.max': 6 } });
    const b = runScenario('baseline', { seed: 5, days: 20, set: ['hedge_fund.leverage.max=6'] });
    expect(a.summary).toEqual(b.summary);
    expect(a.summary.days).toBe(20);
    expect(a.data.dates).toHaveLength(20);
    expect(typeof a.metrics['assets.crypto.maxDrawdown']).toBe('number');
    expect(a.metrics.exhaustionDay).toBe(a.summary.exhaustionDay);
    expect(() => runScenario('baseline', { set: { 'hedge_fund.leverage.maxx': 6 } })).toThrow(ScenarioError);
  });
});

describe('runSweep on the engine', () => {
  it('runs a short list design with labels, seeds from (master, run) and onProgress reports', async () => {
    const t = tempDir('api');
    try {
      const seen: number[] = [];
      const r = await runSweep({
        name: 'api', base: 'baseline', seed: 9, days: 15,
        design: { type: 'list', rows: [{ label: 'neutral', set: { 'central_bank.stance': 'neutral' } }, { label: 'qe', set: { 'central_bank.stance': 'qe_backstop' } }] },
        outputs: { metrics: ['assets.*.maxDrawdown', 'derived.*'] },
      }, { out: t.dir, workers: 1, onProgress: (p) => seen.push(p.done) });
      expect(r.manifest).toMatchObject({ status: 'complete', done: 2, failed: 0, runCount: 2 });
      expect(r.manifest.metricColumns).toContain('derived.largestCascadeUsd');
      expect(r.manifest.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
      expect(seen.at(-1)).toBe(2);
      const direct = runScenario('baseline', { seed: runSeed(9, 1), days: 15, set: { 'central_bank.stance': 'qe_backstop' } });
      const s = analyzeSweep(t.dir, { metrics: ['assets.crypto.maxDrawdown'] });
      expect(s.kind).toBe('summary');
      expect(s.columns.find((c) => c.name === 'label')!.values).toEqual(['neutral', 'qe']);
      expect(s.columns.find((c) => c.name === 'assets.crypto.maxDrawdown.mean')!.values[1]).toBe(direct.metrics['assets.crypto.maxDrawdown']);
    } finally {
      t.done();
    }
  });
});
