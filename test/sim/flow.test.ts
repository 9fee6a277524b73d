// The `flow` shock: an outside investor buys or sells dollars of one asset over some days, paid from
// or to the foreign sector. Mechanics only; the size of the price response against the
// inelastic-markets evidence is a validation target (docs/VALIDATION.md), not asserted here.
import { describe, expect, it } from 'vitest';
import { loadScenario, runToEnd } from '../../sim/index';
import { ScenarioError } from '../../sim/scenario/load';
import { firstDifference } from './helpers';

const DATE = '2025-01-06';
const flow = (value: number, days = 5) =>
  loadScenario('baseline', [`shocks=${JSON.stringify([{ date: DATE, kind: 'flow', asset: 'broad_equity', value, days }])}`]);
const DAYS = 300;

describe('flow shock', () => {
  const base = runToEnd(loadScenario('baseline'), 4, { days: DAYS });
  const t0 = base.data.dates.indexOf(DATE);
  const T = t0 + 14; // ten days after the five days of buying
  const px = (r: typeof base) => r.data.columns['price.broad_equity']![T]!;

  it('a flow dated after the run leaves it bit-identical', () => {
    expect(t0).toBeGreaterThan(200);
    const later = runToEnd(loadScenario('baseline', ['shocks=[{"date":"2027-06-01","kind":"flow","asset":"crypto","value":1e11,"days":3}]']), 4, { days: DAYS });
    expect(firstDifference(base.data.columns, later.data.columns)).toBeNull();
  });

  it('buying raises the price and selling lowers it, against the same noise', () => {
    expect(px(runToEnd(flow(4e11), 4, { days: DAYS }))).toBeGreaterThan(px(base));
    expect(px(runToEnd(flow(-4e11), 4, { days: DAYS }))).toBeLessThan(px(base));
  });

  it('the foreign sector pays for what it buys, one slice a day, and books stay exact', () => {
    const r = runToEnd(flow(5e11), 4, { days: DAYS });
    const f = r.data.columns['fof.foreign.outsideFlow']!;
    const days = Array.from(f).filter((x) => x !== 0);
    expect(days.length).toBe(5);
    for (const x of days) expect(x).toBeCloseTo(1e11, 0);
    expect(r.summary.accounting.maxImbalanceUsd).toBe(0);
  });

  it('the same sale moves a thinner market more', () => {
    const sale = (sets: string[]) => {
      const b = runToEnd(loadScenario('baseline', sets), 4, { days: DAYS });
      const s = runToEnd(loadScenario('baseline', [...sets, `shocks=[{"date":"${DATE}","kind":"flow","asset":"broad_equity","value":-1e12,"days":1}]`]), 4, { days: DAYS });
      return Math.log(s.data.columns['price.broad_equity']![t0]! / b.data.columns['price.broad_equity']![t0]!);
    };
    expect(sale(['assets.broad_equity.advUsd=2.25e11'])).toBeLessThan(sale([]));
  });

  it('is validated: an asset is required, days only for flows', () => {
    const err = (sets: string[]) => { try { loadScenario('baseline', sets); } catch (e) { return e as ScenarioError; } return null; };
    expect(err(['shocks=[{"date":"2025-03-03","kind":"flow","value":1e9}]'])?.field).toBe('shocks.0.asset');
    expect(err(['shocks=[{"date":"2025-03-03","kind":"flow","asset":"tbills","value":1e9}]'])?.field).toBe('shocks.0.asset');
    expect(err(['shocks=[{"date":"2025-03-03","kind":"price","value":0.1,"days":3}]'])?.field).toBe('shocks.0.days');
    expect(err(['shocks=[{"date":"2025-03-03","kind":"flow","asset":"crypto","value":1e9,"days":0}]'])?.field).toBe('shocks.0.days');
  });
});
