// The pure parts of the real-path table (experiments/validation/realPathTable.ts): the 10–50–90% band,
// the inside/miss verdict, the published-figure lookup by date, reading a run on a date, annual sums;
// and the integrity of the published figures (experiments/validation/realData.ts). No model run here:
// the table's numbers are the model's and change with it.
import { describe, expect, it } from 'vitest';
import { PLUMBING_SERIES } from '../../experiments/validation/history/plumbing';
import { BTC_START, REAL_ANNUAL, REAL_PATH_DATES, REAL_SERIES, SP500_START } from '../../experiments/validation/realData';
import {
  annualRows, annualSum, band, classify, describeVerdict, formatValue, modelValue, publishedAt, seriesRows,
} from '../../experiments/validation/realPathTable';
import type { RunSeries } from '../../experiments/validation/episodes';

const run = (dates: string[], columns: Record<string, number[]>): RunSeries =>
  ({ dates, columns: Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, Float64Array.from(v)])) });

describe('band', () => {
  it('takes the type-7 10th, 50th and 90th percentiles whatever the order of the seeds', () => {
    const b = band([10, 3, 1, 7, 2, 9, 4, 6, 8, 5]);
    expect(b.p10).toBeCloseTo(1.9, 12);
    expect(b.p50).toBeCloseTo(5.5, 12);
    expect(b.p90).toBeCloseTo(9.1, 12);
  });

  it('drops seeds without a value and is NaN when none has one', () => {
    expect(band([NaN, 4, Infinity, 4])).toEqual({ p10: 4, p50: 4, p90: 4 });
    expect(Number.isNaN(band([NaN]).p50)).toBe(true);
    expect(Number.isNaN(band([]).p10)).toBe(true);
  });
});

describe('classify', () => {
  const b = { p10: 2, p50: 3, p90: 4 };
  it('counts a figure on the band edges as inside', () => {
    expect(classify(b, 2)).toEqual({ inside: true, gap: 0 });
    expect(classify(b, 4)).toEqual({ inside: true, gap: 0 });
  });
  it('gives the distance to the nearest edge, positive when the model is too low', () => {
    expect(classify(b, 5.5)).toEqual({ inside: false, gap: 1.5 });
    expect(classify(b, 1.25)).toEqual({ inside: false, gap: -0.75 });
  });
  it('counts a published range as inside when it overlaps the band, else measures from its nearer end', () => {
    expect(classify(b, 3.5, 9).inside).toBe(true);
    expect(classify(b, 0, 2.5).inside).toBe(true);
    expect(classify(b, 6, 9)).toEqual({ inside: false, gap: 2 });
    expect(classify(b, 0, 1)).toEqual({ inside: false, gap: -1 });
  });
  it('is a miss without a gap when the model has no value', () => {
    const v = classify({ p10: NaN, p50: NaN, p90: NaN }, 1);
    expect(v.inside).toBe(false);
    expect(Number.isNaN(v.gap)).toBe(true);
  });
});

describe('publishedAt', () => {
  const pts = [{ date: '2024-06-19', value: 1 }, { date: '2024-06-26', value: 2 }, { date: '2024-07-03', value: 3 }];
  it('takes the latest observation on or before the date, never a later one', () => {
    expect(publishedAt(pts, '2024-06-26', 0)?.value).toBe(2);
    expect(publishedAt(pts, '2024-06-28', 6)?.value).toBe(2);
    expect(publishedAt(pts, '2024-07-02', 6)?.value).toBe(2);
  });
  it('refuses an observation older than the allowed lag, and dates before the series', () => {
    expect(publishedAt(pts, '2024-06-28', 1)).toBeUndefined();
    expect(publishedAt(pts, '2024-06-01', 30)).toBeUndefined();
  });
  it('does not depend on the order the points are listed in', () => {
    expect(publishedAt([...pts].reverse(), '2024-07-10', 7)?.value).toBe(3);
  });
});

describe('modelValue and annualSum', () => {
  const r = run(['2024-01-02', '2024-01-03', '2024-01-05', '2024-12-31', '2025-01-02'], {
    'price.broad_equity': [100, 110, 90, 120, 80],
    'rate.treasury10y': [0.0395, 0.04, 0.041, 0.045, 0.05],
    'plumbing.rrp': [7e11, 6e11, 5e11, 4e11, 3e11],
    'capex.spent': [1, 2, 3, 4, 100],
  });
  it('maps an index column by the published start level, a decimal rate to percent, a level unchanged', () => {
    expect(modelValue(r, { kind: 'index', column: 'price.broad_equity', startLevel: 4000 }, '2024-01-03')).toBeCloseTo(4400, 9);
    expect(modelValue(r, { kind: 'percent', column: 'rate.treasury10y' }, '2024-12-31')).toBeCloseTo(4.5, 12);
    expect(modelValue(r, { kind: 'level', column: 'plumbing.rrp' }, '2024-01-02')).toBe(7e11);
  });
  it('reads the last recorded day on or before the date, and the first day for a date before the run', () => {
    expect(modelValue(r, { kind: 'level', column: 'plumbing.rrp' }, '2024-01-04')).toBe(6e11);
    expect(modelValue(r, { kind: 'level', column: 'plumbing.rrp' }, '2023-12-27')).toBe(7e11);
  });
  it('sums a column over one calendar year only, and is NaN for a year the run does not finish', () => {
    expect(annualSum(r, 'capex.spent', 2024)).toBe(10);
    expect(Number.isNaN(annualSum(r, 'capex.spent', 2025))).toBe(true);
  });
});

describe('describeVerdict and formatValue', () => {
  it('says which way the model misses, in basis points for rates, dollars for balances, percent for prices', () => {
    expect(describeVerdict('percent', { inside: false, gap: -0.51 }, 4.36)).toBe('miss: model high by 51bp');
    expect(describeVerdict('USD', { inside: false, gap: 59e9 }, 121e9)).toBe('miss: model low by $59B');
    expect(describeVerdict('index points', { inside: false, gap: 1000 }, 5000)).toBe('miss: model low by 1,000 (20%)');
    expect(describeVerdict('USD', { inside: true, gap: 0 }, 1)).toBe('inside');
  });
  it('prints a balance a few dollars below zero as $0B, not $-0B', () => {
    expect(formatValue('USD', -21)).toBe('$0B');
    expect(formatValue('USD', 705.4e9)).toBe('$705B');
    expect(formatValue('index points', 1234567.4)).toBe('1,234,567');
    expect(formatValue('percent', 4.256)).toBe('4.26');
  });
});

describe('rows', () => {
  it('builds one row per series and date with a published figure, marking an earlier observation date', () => {
    const s = { ...REAL_SERIES.find((x) => x.key === 'reserves')!, points: [{ date: '2024-01-03', value: 3e12 }] };
    const r = run(['2024-01-02', '2024-01-03', '2024-01-04'], { 'plumbing.reserves': [1e12, 3.2e12, 9e12] });
    const rows = seriesRows([s], ['2024-01-04', '2025-01-01'], [r]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.published).toBe('$3,000B (2024-01-03)');
    expect(rows[0]!.result).toBe('miss: model high by $200B'); // read on 2024-01-03, not 2024-01-04
  });
  it('marks unverified annual figures approx. and prints a range', () => {
    const r = run(['2025-01-02', '2025-12-31'], { 'capex.spent': [200e9, 200e9], 'fof.capex.bonds': [0, 0] });
    const rows = annualRows(REAL_ANNUAL.filter((t) => t.year === 2025), [r]);
    const capex = rows.find((x) => x.series.includes('capex'))!;
    expect(capex.published).toMatch(/^\$\d[\d,]*–\d[\d,]*B \(approx\.\)$/);
    expect(capex.result).toBe('inside');
  });
});

describe('realData', () => {
  const ISO = /^\d{4}-\d{2}-\d{2}$/;
  it('has a published figure for every series at every table date, in date order', () => {
    for (const s of REAL_SERIES) {
      expect(s.points.map((p) => p.date), s.key).toEqual([...s.points.map((p) => p.date)].sort());
      for (const p of s.points) { expect(p.date).toMatch(ISO); expect(Number.isFinite(p.value)).toBe(true); }
      for (const d of REAL_PATH_DATES) expect(publishedAt(s.points, d, s.maxLagDays), `${s.key} ${d}`).toBeDefined();
    }
  });
  it('starts the price series at the level their model index is mapped by', () => {
    const start = (k: string) => REAL_SERIES.find((s) => s.key === k)!.points[0]!;
    expect(start('sp500')).toEqual({ date: REAL_PATH_DATES[0], value: SP500_START });
    expect(start('btc')).toEqual({ date: REAL_PATH_DATES[0], value: BTC_START });
  });
  it('agrees with the monthly history wherever both give the same series on the same date', () => {
    let compared = 0;
    for (const s of REAL_SERIES) {
      const h = PLUMBING_SERIES.find((x) => x.id === s.id && x.confidence === 'sourced');
      if (!h) continue;
      for (const p of s.points) {
        const q = h.points.find((x) => x.date === p.date);
        if (q) { expect(p.value, `${s.id} ${p.date}`).toBeCloseTo(q.value, 6); compared++; }
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
  it('gives every annual total a source and an ordered range', () => {
    for (const t of REAL_ANNUAL) {
      expect(t.low).toBeLessThanOrEqual(t.high);
      expect(t.source.length).toBeGreaterThan(10);
    }
  });
});
