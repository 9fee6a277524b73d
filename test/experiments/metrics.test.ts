// Metrics researchers define: spec aggregates over series columns (and cum.<column>), and the
// metrics(run) callback of runSweep. Expected values are computed here from the probe model's
// definition (v = value * day), never copied from an output.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { aggregate, windowDays } from '../../experiments/run/aggregate';
import { closest, seriesColumn } from '../../experiments/run/seriesColumns';
import { validateSpec } from '../../experiments/spec/load';
import { prepare } from '../../experiments/run/prepare';
import { runSweep } from '../../experiments/sweep';
import { readJournal } from '../../experiments/io/journal';
import type { MetricDef } from '../../experiments/spec/metricDef';
import type { ExperimentSpecInput } from '../../experiments/spec/schema';
import { tempDir } from './helpers';

const dates = ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-01-03'];
const xs = [5, -1, 3, 9, 2];
const def = (d: Partial<MetricDef>): MetricDef => ({ name: 'm', column: 'c', agg: 'sum', ...d } as MetricDef);

describe('aggregate(def, dates, values)', () => {
  it('windows by inclusive dates and computes every aggregate', () => {
    expect(windowDays(dates, '2026-01-01', '2026-01-02')).toEqual([2, 3]);
    expect(windowDays(dates, undefined, '2025-12-31')).toEqual([0, 1]);
    const w = { from: '2025-12-31', to: '2026-01-02' }; // -1, 3, 9
    expect(aggregate(def({ agg: 'sum', ...w }), dates, xs)).toBe(11);
    expect(aggregate(def({ agg: 'mean', ...w }), dates, xs)).toBeCloseTo(11 / 3, 12);
    expect(aggregate(def({ agg: 'min', ...w }), dates, xs)).toBe(-1);
    expect(aggregate(def({ agg: 'max', ...w }), dates, xs)).toBe(9);
    expect(aggregate(def({ agg: 'first', ...w }), dates, xs)).toBe(-1);
    expect(aggregate(def({ agg: 'last', ...w }), dates, xs)).toBe(9);
    expect(aggregate(def({ agg: 'argmax' }), dates, xs)).toBe('2026-01-02');
    expect(aggregate(def({ agg: 'argmin' }), dates, xs)).toBe('2025-12-31');
    expect(aggregate(def({ agg: 'quantile', q: 0.5 }), dates, xs)).toBe(3);
    expect(aggregate(def({ agg: 'quantile', q: 1 }), dates, xs)).toBe(9);
  });
  it('gives null for a window with no recorded day and NaN when the window holds NaN', () => {
    expect(aggregate(def({ from: '2030-01-01' }), dates, xs)).toBeNull();
    expect(aggregate(def({ agg: 'max' }), dates, [1, Number.NaN, 2, 3, 4])).toBeNaN();
  });
  it('cum.<column> is the running sum; unknown names give undefined and close suggestions', () => {
    expect(Array.from(seriesColumn({ c: xs }, 'cum.c')!)).toEqual([5, 4, 7, 16, 18]);
    expect(seriesColumn({ c: xs }, 'cum.d')).toBeUndefined();
    expect(closest('fof.capex.bond', ['price.equity', 'fof.capex.bonds', 'fof.capex.cash'])[0]).toBe('fof.capex.bonds');
  });
});

const probe = (metrics: unknown[], extra: object = {}): ExperimentSpecInput => ({
  name: 'probe-metrics', model: 'probe', seed: 5, days: 10,
  parameters: [{ path: 'a', min: 0, max: 1 }], design: { type: 'lhs', samples: 6 },
  outputs: { metrics }, ...extra,
} as ExperimentSpecInput);

const rejects = async (spec: unknown): Promise<string> => {
  try {
    await prepare(validateSpec(spec));
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('spec was accepted');
};

describe('metric definitions in outputs.metrics', () => {
  it('are validated with the field named', async () => {
    expect(await rejects(probe([{ name: 'x', column: 'v', agg: 'quantile' }]))).toMatch(/outputs\.metrics\[0\]\.q: agg "quantile" needs q/);
    expect(await rejects(probe([{ name: 'x', column: 'v', agg: 'sum', q: 0.5 }]))).toMatch(/outputs\.metrics\[0\]\.q: q applies only/);
    expect(await rejects(probe([{ name: 'x', column: 'v', agg: 'total' }]))).toMatch(/outputs\.metrics\[0\]\.agg/);
    expect(await rejects(probe([{ name: 'x', column: 'v', agg: 'sum', from: '2025-02-30' }]))).toMatch(/outputs\.metrics\[0\]\.from: not a calendar date/);
    expect(await rejects(probe([{ name: 'x', column: 'v', agg: 'sum', from: '2025-03-01', to: '2025-02-01' }]))).toMatch(/outputs\.metrics\[0\]\.to: to \(2025-02-01\) is before/);
    expect(await rejects(probe(['value', { name: 'x', column: 'vv', agg: 'sum' }]))).toMatch(/outputs\.metrics\[1\]\.column: no series column "vv"; did you mean "v"/);
    expect(await rejects(probe([{ name: 'value', column: 'v', agg: 'sum' }]))).toMatch(/outputs\.metrics\[0\]\.name: "value" is already a summary metric/);
    expect(await rejects(probe([{ name: 'x', column: 'v', agg: 'sum' }, { name: 'x', column: 't', agg: 'max' }]))).toMatch(/outputs\.metrics\[1\]\.name: "x" is defined twice/);
    expect(await rejects(probe(['value'], { outputs: { series: { columns: ['cum.w'] } } }))).toMatch(/outputs\.series\.columns\[0\]: no series column "cum\.w"/);
  });

  it('checks columns against the engine and suggests the closest (crowdout model)', async () => {
    const spec = { name: 'c', base: 'baseline', seed: 1, parameters: [], design: { type: 'list', rows: [{ set: {} }] },
      outputs: { metrics: [{ name: 'bonds2025', column: 'fof.capex.bond', agg: 'sum', from: '2025-01-01', to: '2025-12-31' }] } };
    expect(await rejects(spec)).toMatch(/outputs\.metrics\[0\]\.column: no series column "fof\.capex\.bond"; did you mean "fof\.capex\.bonds"/);
    spec.outputs.metrics[0]!.column = 'cum.fof.capex.bonds';
    const p = await prepare(validateSpec(spec));
    expect(p.metricColumns).toEqual(['bonds2025']);
  });

  it('become columns of runs.csv equal to the aggregate of the run\'s series', async () => {
    const t = tempDir('metricdefs');
    try {
      const s = probe(['value',
        { name: 'vsum', column: 'v', agg: 'sum', from: '2024-01-03', to: '2024-01-05' },
        { name: 'vpeak', column: 'v', agg: 'argmax' },
        { name: 'vcumEnd', column: 'cum.v', agg: 'last' },
        { name: 'late', column: 'v', agg: 'mean', from: '2031-01-01' }]);
      await runSweep(s, { out: `${t.dir}/a`, workers: 2 });
      const rows = readFileSync(`${t.dir}/a/runs.csv`, 'utf8').trim().split('\n').map((l) => l.split(','));
      const h = rows[0]!;
      expect(h.slice(-6)).toEqual(['status', 'value', 'vsum', 'vpeak', 'vcumEnd', 'late', 'error'].slice(-6));
      for (const r of rows.slice(1)) {
        const value = Number(r[h.indexOf('value')]);
        expect(value).toBeGreaterThan(0);
        expect(Number(r[h.indexOf('vsum')])).toBeCloseTo(value * (2 + 3 + 4), 9); // days 2..4 of v = value * day
        expect(r[h.indexOf('vpeak')]).toBe('2024-01-10');
        expect(Number(r[h.indexOf('vcumEnd')])).toBeCloseTo(value * 45, 9);
        expect(r[h.indexOf('late')]).toBe('');
      }
    } finally {
      t.done();
    }
  });
});

describe('runSweep(spec, { metrics(run) })', () => {
  it('adds the callback\'s metrics as columns, identically for 1 and 2 workers, and fails a run whose callback throws', async () => {
    const t = tempDir('callback');
    try {
      const spec = probe(['value'], { outputs: { metrics: ['value'], series: { columns: ['v'] } } });
      const metrics = (r: { run: number; metrics: Readonly<Record<string, unknown>>; series?: { columns: Record<string, unknown[]> } }) => {
        if (r.run === 3) throw new Error('no thanks');
        return { double: 2 * (r.metrics.value as number), lastV: r.series!.columns.v!.at(-1) as number };
      };
      for (const w of [1, 2]) await runSweep(spec, { out: `${t.dir}/w${w}`, workers: w, metrics });
      const csv = readFileSync(`${t.dir}/w1/runs.csv`, 'utf8');
      expect(readFileSync(`${t.dir}/w2/runs.csv`, 'utf8')).toBe(csv);
      const rows = csv.trim().split('\n').map((l) => l.split(','));
      const h = rows[0]!;
      expect(h).toContain('double');
      for (const r of rows.slice(1)) {
        if (r[0] === '3') { expect(r[h.indexOf('status')]).toBe('failed'); expect(r.at(-1)).toBe('metrics callback: no thanks'); continue; }
        const value = Number(r[h.indexOf('value')]);
        expect(Number(r[h.indexOf('double')])).toBe(2 * value);
        expect(Number(r[h.indexOf('lastV')])).toBeCloseTo(9 * value, 9);
      }
      expect(readJournal(`${t.dir}/w1/journal.jsonl`).records.get(0)!.metrics).toHaveProperty('double');
    } finally {
      t.done();
    }
  });
});
