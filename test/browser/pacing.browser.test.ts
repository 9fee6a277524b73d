// Full-speed pacing: the model worker is asked for its budgeted chunks after the frame's rendering,
// never from inside a frame callback (where its time would overlap the page's drawing, style, layout
// and commit on the same frame), the run still arrives whole and in order, and a pause between the
// frame that asked and the task that sends leaves nothing in flight.
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { Controller, SPEEDS } from '../../web/app/controller';
import type { SimApi } from '../../web/worker/api';

const DAYS = 150;
const FULL = SPEEDS.findIndex((s) => !Number.isFinite(s.daysPerSecond));

interface Call { n: number; budgetMs: number | undefined; inFrame: boolean; from?: number; rows?: number }

/** A controller on a real worker whose `step` calls are recorded, with whether a frame callback was running. */
function setup(onFrame: (ctl: Controller) => void = () => {}) {
  const ctl = new Controller();
  const calls: Call[] = [];
  let inFrame = 0;
  const realRaf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => realRaf((ts) => {
    inFrame++;
    try { cb(ts); onFrame(ctl); } finally { inFrame--; }
  });
  const remote = ctl.api;
  const recorded = new Proxy(remote, {
    get(target, key) {
      if (key !== 'step') return Reflect.get(target, key);
      return async (n: number, budgetMs?: number) => {
        const call: Call = { n, budgetMs, inFrame: inFrame > 0 };
        calls.push(call);
        const chunk = await target.step(n, budgetMs);
        call.from = chunk.from; call.rows = chunk.dates.length;
        return chunk;
      };
    },
  }) as Comlink.Remote<SimApi>;
  (ctl as unknown as { api: Comlink.Remote<SimApi> }).api = recorded;
  const done = () => { window.requestAnimationFrame = realRaf; remote[Comlink.releaseProxy](); };
  return { ctl, calls, done };
}

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const untilEnd = (ctl: Controller) => expect.poll(() => ctl.store?.done, { timeout: 120_000, interval: 50 }).toBe(true);

describe('full-speed pacing', () => {
  it('asks the worker for budgeted chunks after the frame, not inside it, and the run arrives whole', async () => {
    const { ctl, calls, done } = setup();
    cleanup = done;
    expect(await ctl.load({ scenario: 'baseline', overrides: [], seed: 5, days: DAYS })).toBeNull();
    ctl.speed = FULL;
    ctl.play();
    await untilEnd(ctl);
    const s = ctl.store!;
    expect(s.length).toBe(DAYS);
    expect(s.t).toBe(DAYS);
    // Every day arrived once, in order: each chunk starts where the one before ended.
    let next = 0;
    for (const c of calls) { expect(c.from).toBe(next); next += c.rows!; }
    expect(next).toBe(DAYS);
    const budgeted = calls.filter((c) => c.budgetMs !== undefined);
    expect(budgeted.length, 'chunks asked with a time budget').toBeGreaterThan(1);
    expect(budgeted.filter((c) => c.inFrame), 'asked from inside a frame callback').toEqual([]);
    expect(ctl.playing).toBe(false);
  });

  it('a pause between the frame that asked and the task that sends leaves nothing in flight', async () => {
    let pauseOnce = true;
    const { ctl, calls, done } = setup((c) => {
      // Right after the controller's frame callback asked for a chunk: pause before it is sent.
      if (pauseOnce && c.playing) { pauseOnce = false; c.pause(); }
    });
    cleanup = done;
    expect(await ctl.load({ scenario: 'baseline', overrides: [], seed: 5, days: DAYS })).toBeNull();
    ctl.speed = FULL;
    ctl.play();
    await expect.poll(() => pauseOnce, { timeout: 30_000 }).toBe(false);
    // Let the posted task run: it must not send (paused) and must clear the call in flight.
    await new Promise<void>((res) => { const ch = new MessageChannel(); ch.port1.onmessage = () => res(); ch.port2.postMessage(0); });
    await new Promise<void>((res) => requestAnimationFrame(() => res()));
    expect(calls, 'nothing sent after the pause').toEqual([]);
    expect(ctl.store!.t).toBe(0);
    // Nothing in flight: stepping works at once, and playing again runs to the end.
    await ctl.step(3);
    expect(ctl.store!.t).toBe(3);
    ctl.play();
    await untilEnd(ctl);
    expect(ctl.store!.length).toBe(DAYS);
  });
});
