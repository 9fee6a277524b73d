// Applying specs to the Explore run, against a fake controller whose loads and runs we script:
// rapid changes coalesce without losing the last, a refused spec leaves the run, and a run that
// stops with an error goes back to the last spec that ran, at the day it stopped.
import { describe, expect, it } from 'vitest';
import { createApplier } from '../../web/app/applier';
import type { Controller, RunFailure } from '../../web/app/controller';
import type { FieldError, RunSpec } from '../../web/app/types';

const spec = (x: string): RunSpec => ({ scenario: 'baseline', overrides: [`hyperscaler.capexScale=${x}`], seed: 1 });
const value = (s: RunSpec | null) => s?.overrides[0]?.split('=')[1];

/** A controller stand-in: each load and each catch-up chunk takes one macrotask (a zero-delay timeout: the order of events matters here, not time); 'bad' values are refused, 'boom' values stop at day 50. */
function fakeController() {
  const loads: string[] = [];
  const ctl = {
    spec: null as RunSpec | null,
    store: null as null | { t: number; done: boolean; meta: { days: number } },
    playing: false,
    busy: null as string | null,
    pause() { ctl.playing = false; },
    play() { ctl.playing = true; },
    setBusy(b: string | null) { ctl.busy = b; },
    async load(s: RunSpec): Promise<FieldError | null> {
      loads.push(value(s)!);
      await new Promise((r) => setTimeout(r, 0));
      if (value(s) === 'bad') return { field: 'hyperscaler.capexScale', message: 'too big' };
      ctl.spec = s;
      ctl.store = { t: 0, done: false, meta: { days: 200 } };
      return null;
    },
    async catchUp(target: number, superseded: () => boolean): Promise<RunFailure | null> {
      while (ctl.store!.t < target && !superseded()) {
        await new Promise((r) => setTimeout(r, 0));
        if (value(ctl.spec) === 'boom' && ctl.store!.t >= 50) return { message: 'dynamics exploded', day: 50 };
        ctl.store!.t = Math.min(target, ctl.store!.t + 10);
      }
      return null;
    },
  };
  return { ctl, loads };
}

function setup() {
  const { ctl, loads } = fakeController();
  const seen = { rejected: [] as string[], failed: [] as Array<{ day: number; restored: string | undefined }>, applied: [] as string[] };
  const applier = createApplier(ctl as unknown as Controller, {
    onRejected: (e) => seen.rejected.push(e.field),
    onFailed: (f, restored) => seen.failed.push({ day: f.day, restored: value(restored) }),
    onApplied: (s) => seen.applied.push(value(s)!),
  });
  return { ctl, loads, seen, applier };
}

describe('the applier', () => {
  it('coalesces a burst of changes: the first and the last are loaded, the run catches up to its day', async () => {
    const { ctl, loads, seen, applier } = setup();
    await applier.apply(spec('1'));
    ctl.store!.t = 120;
    const all = ['1.1', '1.2', '1.3', '1.4', '1.5'].map((x) => applier.apply(spec(x), { keepDay: true }));
    await Promise.all(all);
    expect(value(ctl.spec)).toBe('1.5');
    expect(loads).toEqual(['1', '1.1', '1.5']);
    expect(ctl.store!.t).toBe(120);
    expect(seen.applied.at(-1)).toBe('1.5');
    expect(ctl.busy).toBeNull();
  });

  it('keeps the loaded run when a spec is refused, and reports the field', async () => {
    const { ctl, seen, applier } = setup();
    await applier.apply(spec('1'));
    await applier.apply(spec('bad'), { keepDay: true });
    expect(seen.rejected).toEqual(['hyperscaler.capexScale']);
    expect(value(ctl.spec)).toBe('1');
  });

  it('goes back to the last spec that ran when a run stops, at the day it stopped', async () => {
    const { ctl, seen, applier } = setup();
    await applier.apply(spec('2'));
    await applier.apply(spec('boom'), { toEnd: true });
    expect(seen.failed).toEqual([{ day: 50, restored: '2' }]);
    expect(value(ctl.spec)).toBe('2');
    expect(ctl.store!.t).toBe(50);
  });

  it('a failure while playing also goes back, and a failing first spec has nowhere to go', async () => {
    const { ctl, seen, applier } = setup();
    await applier.apply(spec('boom'));
    await applier.failed({ message: 'dynamics exploded', day: 30 });
    expect(seen.failed).toEqual([{ day: 30, restored: undefined }]);
    expect(value(ctl.spec)).toBe('boom');
  });

  it('resumes playing after a change made while playing', async () => {
    const { ctl, applier } = setup();
    await applier.apply(spec('1'));
    ctl.play();
    await applier.apply(spec('1.2'), { keepDay: true });
    expect(ctl.playing).toBe(true);
  });
});
