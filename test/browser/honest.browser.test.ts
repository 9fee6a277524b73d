// What the page claims, checked on data made to order: dry spells of idle money (found each time,
// with their end), the Sankey's "run dry" window summing only those days, class panels reaching
// below zero, the sweep's spec, run list, bands and link, the units sidecar, and the glossary.
import { describe, expect, it } from 'vitest';
import { RunStore } from '../../web/app/store';
import type { RunMeta } from '../../web/app/types';
import { SankeyChart } from '../../web/charts/sankey';
import { ClassPanel } from '../../web/charts/classPanel';
import { formToSpec, parseSweep, planSweep, reduceSweep, sweepCsv, sweepToSearch, type SweepForm } from '../../web/app/sweep';
import { columnUnit, unitsCsv } from '../../web/app/units';
import { termHelp } from '../../web/ui/glossary';
import '../../web/styles.css';

/** A finished run; `dry` lists the engine's exhaustion / replenished days in order (alternating). */
function madeStore(idle: number[], extra: Record<string, number[]> = {}, dry: number[] = []): RunStore {
  const n = idle.length;
  const dates = Array.from({ length: n }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
  const meta = { name: 't', description: '', dates, days: n, assets: [], columns: [], diff: {}, scenarioJson: { pool: { exhaustionShare: 0.1 } }, values: {}, baseValues: {}, version: 'test' } as RunMeta;
  const s = new RunStore(meta);
  const columns: Record<string, Float64Array> = { 'idle.total': Float64Array.from(idle) };
  for (const [k, v] of Object.entries(extra)) columns[k] = Float64Array.from(v);
  const events = dry.map((day, k) => ({ kind: k % 2 === 0 ? 'exhaustion' as const : 'replenished' as const, day, date: dates[day]!, idleUsd: idle[day]! }));
  s.append({ from: 0, dates, columns, events, t: n, done: true });
  return s;
}

describe('dry spells of idle money', () => {
  const idle = [100, 60, 20, 5, 4, 30, 40, 8, 6, 50, 2];
  const dry = [3, 5, 7, 9, 10];
  it('finds every spell the engine recorded, with the day idle money came back', () => {
    expect(madeStore(idle, {}, dry).exhaustedSpans()).toEqual([[3, 5], [7, 9], [10, null]]);
    expect(madeStore(idle, {}, []).exhaustedSpans()).toEqual([]);
  });

  it('the Sankey "run dry" window sums only those days', () => {
    const paperIdle = idle.map((_, i) => i + 1);
    const s = madeStore(idle, { 'fof.paper.idle': paperIdle, 'fof.capex.bonds': idle.map(() => 0) }, dry);
    const host = document.createElement('div');
    document.body.append(host);
    const k = new SankeyChart(host);
    k.setStore(s);
    (k.el.querySelector('#sankey-window') as HTMLSelectElement).value = 'after';
    k.el.querySelector('#sankey-window')!.dispatchEvent(new Event('change'));
    expect(k.windows(s)).toEqual([[3, 5], [7, 9], [10, 11]]);
    const idleLink = k.graph(s).find((l) => l.source === 'idle');
    expect(idleLink?.value).toBe(4 + 5 + 8 + 9 + 11);
    host.remove();
  });
});

describe('class panels', () => {
  it('reach below zero when cash is negative', () => {
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const cash = [1e12, -2e12, -8e12, -3e12], exposure = [5e12, 6e12, 7e12, 6e12];
    const s = madeStore([100, 90, 80, 70], { 'class.hedge_fund.cash': cash, 'class.hedge_fund.exposure': exposure, 'class.hedge_fund.leverage': [2, 3, 4, 3] });
    const p = new ClassPanel(host, 'hedge_fund');
    p.setStore(s);
    expect(p.draw()).toBe(true);
    const ticks = [...p.el.querySelectorAll('svg .axis.y text')].map((t) => t.textContent ?? '');
    expect(ticks.some((t) => t.startsWith('−$'))).toBe(true);
    expect(p.el.querySelector('svg .zero')).not.toBeNull();
    host.remove();
  });
});

describe('the sweep spec', () => {
  const form: SweepForm = { base: 'baseline', axes: [{ path: 'hyperscaler.capexScale', min: 0.5, max: 2, levels: 4 }], seeds: 3, seed: 9, days: 50, metric: 'rates.costOfCapital.peak' };

  it('plans levels × seeds runs with distinct seeds, and names a bad field', () => {
    const { plan, error } = planSweep(form);
    expect(error).toBeUndefined();
    expect(plan!.runs).toHaveLength(12);
    expect(new Set(plan!.runs.map((r) => r.seed)).size).toBe(12);
    expect(plan!.levels[0]).toEqual([0.5, 1, 1.5, 2]);
    expect(planSweep({ ...form, axes: [{ ...form.axes[0]!, max: 0.1 }] }).error?.field).toBe('parameters.0.max');
    expect(planSweep({ ...form, seeds: 0 }).error?.field).toBe('replicates');
    expect(planSweep({ ...form, axes: [form.axes[0]!, form.axes[0]!] }).error?.field).toBe('second assumption');
    expect(formToSpec(form)).toMatchObject({ base: 'baseline', design: { type: 'grid' }, replicates: 3, seed: 9, days: 50 });
  });

  it('reduces finished runs to a median and a 10–90% band per level, skipping runs not yet in', () => {
    const { plan } = planSweep(form);
    const results = plan!.runs.filter((r) => r.point < 2).map((r) => ({ ...r, metrics: { m: r.point * 10 + (r.run % 3) } }));
    const cells = reduceSweep(plan!, results, 'm');
    expect(cells.map((c) => c.n)).toEqual([3, 3, 0, 0]);
    expect(cells[1]!.med).toBe(11);
    expect(cells[1]!.lo).toBeLessThan(cells[1]!.med);
    expect(cells[1]!.hi).toBeGreaterThan(cells[1]!.med);
    expect(Number.isNaN(cells[2]!.med)).toBe(true);
    const csv = sweepCsv(plan!, results).trim().split('\n');
    expect(csv[0]).toMatch(/^run,seed,hyperscaler\.capexScale,/);
    expect(csv).toHaveLength(7);
  });

  it('round-trips its link, and refuses malformed ones with the field named', () => {
    expect(parseSweep(sweepToSearch(form))?.form).toEqual(form);
    expect(parseSweep('?view=sweep&p=__proto__.x:0:1:3')?.error?.field).toBe('p');
    expect(parseSweep('?view=sweep&p=a.b:0:1:3&metric=nope')?.error?.field).toBe('metric');
    expect(parseSweep('?view=sweep&p=a.b:0:1:3&reps=-1')?.error?.field).toBe('reps');
    expect(parseSweep('?scenario=baseline')).toBeNull();
  });
});

describe('units and terms', () => {
  it('every series column has a unit in the sidecar', () => {
    expect(columnUnit('price.crypto').unit).toMatch(/index/);
    expect(columnUnit('spread.hy_credit').unit).toBe('decimal');
    expect(columnUnit('class.hedge_fund.leverage').unit).toBe('ratio');
    const rows = unitsCsv(['price.crypto', 'rate.policy']).trim().split('\n');
    expect(rows[0]).toBe('column,unit,meaning');
    expect(rows).toHaveLength(4);
  });

  it('a term button opens its definition', () => {
    const el = termHelp('bp', true);
    document.body.append(el);
    el.querySelector('button')!.click();
    const pop = el.querySelector('[popover]')!;
    expect(pop.matches(':popover-open')).toBe(true);
    expect(pop.textContent).toMatch(/100 bp = 1%/);
    el.remove();
  });
});
