// The model worker in real Chromium: a module Web Worker behind comlink that loads scenarios
// (validating them), steps, transfers new rows in one buffer, steps back deterministically and runs batches.
import { afterAll, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { spawnWorker } from '../../web/app/pool';
import { COLUMN_NAMES } from '../../sim/record/columns';

const { api, worker } = spawnWorker();
afterAll(() => { api[Comlink.releaseProxy](); worker.terminate(); });

describe('the model worker', () => {
  it('loads a scenario and returns each step as new rows of every column, packed in one transferred buffer', async () => {
    const meta = await api.load({ scenario: 'baseline', overrides: [], seed: 1 });
    expect(meta.ok).toBe(true);
    if (!meta.ok) return;
    expect(meta.value.days).toBe(1044);
    expect(meta.value.dates.length).toBe(1044);
    expect(meta.value.columns).toEqual([...COLUMN_NAMES]);
    const c1 = await api.step(10);
    expect(c1.from).toBe(0);
    expect(c1.t).toBe(10);
    expect(Object.keys(c1.columns)).toEqual([...COLUMN_NAMES]);
    const buffers = new Set(Object.values(c1.columns).map((c) => c.buffer));
    expect(buffers.size).toBe(1);
    expect(c1.columns['price.crypto']!.length).toBe(10);
    const c2 = await api.step(5);
    expect(c2.from).toBe(10);
    expect(c2.dates[0]).toBe(meta.value.dates[10]);
  });

  it('steps back by restoring a snapshot and replays the same numbers', async () => {
    await api.load({ scenario: 'baseline', overrides: [], seed: 4 });
    const all = await api.step(150);
    const ref = all.columns['price.crypto']!.slice(120, 150);
    const refEvents = all.events.filter((e) => e.day >= 120).length;
    expect(await api.seek(120)).toBe(120);
    const again = await api.step(30);
    expect(again.from).toBe(120);
    expect(Array.from(again.columns['price.crypto']!)).toEqual(Array.from(ref));
    expect(again.events.length).toBe(refEvents);
  });

  it('rejects a bad override or file with the field it names', async () => {
    const bad = await api.load({ scenario: 'baseline', overrides: ['pool.rrpUsd=-1'], seed: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.field).toBe('pool.rrpUsd');
    const unknown = await api.load({ scenario: 'no-such', overrides: [], seed: 1 });
    expect(!unknown.ok && unknown.error.field).toBe('scenario');
    const notObject = await api.load({ scenario: 'custom', raw: [1, 2], overrides: [], seed: 1 });
    expect(!notObject.ok && notObject.error.field).toBe('(scenario)');
    const proto = await api.load({ scenario: 'baseline', overrides: ['__proto__.toString=1'], seed: 1 });
    expect(!proto.ok && proto.error.field).toBe('__proto__.toString');
    expect(typeof ({}).toString).toBe('function');
    const v = await api.validate({ scenario: 'custom', raw: { cta: { aumUsd: 1e11 } }, overrides: [], seed: 1 });
    expect(v.ok && v.value['cta.aumUsd']).toBe(1e11);
  });

  it('a batch run gives the same numbers as stepping the same spec', async () => {
    const spec = { scenario: 'baseline', overrides: ['hyperscaler.capexScale=1.5'], seed: 7, days: 80 };
    const b = await api.batch(spec, ['rate.costOfCapital', 'idle.total']);
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    await api.load(spec);
    const s = await api.step(80);
    expect(Array.from(b.value.columns['idle.total']!)).toEqual(Array.from(s.columns['idle.total']!));
    expect(b.value.summary.days).toBe(80);
    expect(Object.keys(b.value.columns)).toEqual(['rate.costOfCapital', 'idle.total']);
  });
});
