// What keeps playing cheap must not change what is drawn: a chart repainted only at its tail, chunk
// by chunk, shows the same pixels (up to antialiasing) as the same chart repainted whole; a growing axis always holds
// the data and is tight again when the run ends; the worker's time budget still returns whole days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { spawnWorker } from '../../web/app/pool';
import { RunStore } from '../../web/app/store';
import type { RunMeta } from '../../web/app/types';
import { WaterChart } from '../../web/charts/water';
import { AssetsChart } from '../../web/charts/assets';
import { ClassPanel } from '../../web/charts/classPanel';
import { HoldingsChart } from '../../web/charts/holdings';
import { GrowingDomain } from '../../web/charts/util';
import type { Chart } from '../../web/charts/frame';
import '../../web/styles.css';

// Long enough for the baseline's idle money to run dry and come back (a shaded spell that opens
// and closes at the tail).
const DAYS = 900;
const { api, worker } = spawnWorker();
const root = document.createElement('div');
root.style.width = '1000px';
let meta: RunMeta;

beforeAll(async () => {
  document.body.append(root);
  const m = await api.load({ scenario: 'baseline', overrides: [], seed: 5, days: DAYS });
  if (!m.ok) throw new Error(m.error.message);
  meta = m.value;
});
afterAll(() => { api[Comlink.releaseProxy](); worker.terminate(); root.remove(); });

function pixels(c: Chart): Uint8ClampedArray {
  const canvas = c.el.querySelector('canvas')!;
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

describe('drawing while a run plays', () => {
  it('a chart repainted only at its tail, chunk by chunk, matches the same chart repainted whole', async () => {
    await api.load({ scenario: 'baseline', overrides: [], seed: 5, days: DAYS });
    const store = new RunStore(meta);
    const charts: Chart[] = [new WaterChart(root), new AssetsChart(root), new ClassPanel(root, 'hedge_fund'), new HoldingsChart(root, 'sovereign')];
    for (const c of charts) c.setStore(store);
    const tails = new Map<string, number>(charts.map((c) => [c.id, 0]));
    // Uneven chunks, as the page gets them; stop before the end (an ended run tightens its axes).
    const sizes = [1, 3, 7, 2, 11, 5, 17, 4, 9, 1, 23, 6];
    for (let k = 0; store.t < DAYS - 40; k++) {
      store.append(await api.step(sizes[k % sizes.length]!));
      for (const c of charts) { expect(c.draw(), c.id).toBe(true); if (c.lastDrawWasTail) tails.set(c.id, tails.get(c.id)! + 1); }
    }
    for (const c of charts) {
      // Most chunks only add days inside the current axes, so most draws repaint the tail alone.
      expect(tails.get(c.id)!, `${c.id}: tail-only draws`).toBeGreaterThan(10);
      const byTail = pixels(c);
      c.invalidate();
      expect(c.draw(), c.id).toBe(true);
      expect(c.lastDrawWasTail, c.id).toBe(false);
      const whole = pixels(c);
      expect(whole.length).toBe(byTail.length);
      let differ = 0, inked = 0;
      for (let i = 0; i < whole.length; i += 4) {
        if (whole[i + 3]! > 0) inked++;
        // A difference of more than a tenth of a channel's range counts.
        for (let j = 0; j < 4; j++) if (Math.abs(whole[i + j]! - byTail[i + j]!) > 25) { differ++; break; }
      }
      expect(inked, c.id).toBeGreaterThan(500);
      // Skia antialiases a long stroked path a little differently from a short clipped one, so a few
      // edge pixels of lines differ (0–0.7 % of inked pixels, scattered along the lines). A tail
      // that did not join the line drawn before it changes about 4 % of the water chart's pixels.
      expect(differ / inked, `${c.id}: share of inked pixels that differ between tail and whole repaints (${differ} of ${inked})`).toBeLessThan(0.015);
    }
    for (const c of charts) c.el.remove();
  });

  it('a whole repaint painted in slices keeps the last picture until it is done, then matches a repaint in one go', async () => {
    await api.load({ scenario: 'baseline', overrides: [], seed: 5, days: DAYS });
    const store = new RunStore(meta);
    const charts: Chart[] = [new WaterChart(root), new AssetsChart(root), new ClassPanel(root, 'hedge_fund'), new HoldingsChart(root, 'sovereign')];
    for (const c of charts) c.setStore(store);
    store.append(await api.step(400));
    for (const c of charts) expect(c.draw(), c.id).toBe(true);
    const before = new Map(charts.map((c) => [c.id, pixels(c)]));
    // A new scale (here: a forced whole repaint) while days keep arriving; the smallest budget paints one slice per draw.
    for (const c of charts) c.invalidate();
    const draws = new Map<string, number>(charts.map((c) => [c.id, 0]));
    for (const c of charts) {
      expect(c.draw(0), c.id).toBe(true);
      draws.set(c.id, 1);
      expect(c.repainting, `${c.id}: a first slice of rows does not finish 400 days`).toBe(true);
      expect(c.el.dataset.drawn, `${c.id}: the page still says what it shows`).toBe('400');
      const shown = pixels(c), old = before.get(c.id)!;
      let same = true;
      for (let i = 0; i < shown.length; i++) if (shown[i] !== old[i]) { same = false; break; }
      expect(same, `${c.id}: the canvas on the page is untouched while the repaint is in slices`).toBe(true);
    }
    store.append(await api.step(150));
    for (const c of charts) {
      for (let k = 0; k < 200 && (c.repainting || c.el.dataset.drawn !== '550'); k++) { c.draw(0); draws.set(c.id, draws.get(c.id)! + 1); }
      expect(c.repainting, c.id).toBe(false);
      expect(c.el.dataset.drawn, c.id).toBe('550');
      expect(draws.get(c.id)!, `${c.id}: draws the sliced repaint took`).toBeGreaterThan(1);
      const sliced = pixels(c);
      c.invalidate();
      expect(c.draw(), c.id).toBe(true);
      expect(c.repainting, `${c.id}: without a budget a repaint is done at once`).toBe(false);
      const whole = pixels(c);
      let differ = 0, inked = 0;
      for (let i = 0; i < whole.length; i += 4) {
        if (whole[i + 3]! > 0) inked++;
        for (let j = 0; j < 4; j++) if (Math.abs(whole[i + j]! - sliced[i + j]!) > 25) { differ++; break; }
      }
      expect(inked, c.id).toBeGreaterThan(500);
      expect(differ / inked, `${c.id}: share of inked pixels that differ between sliced and one-go repaints (${differ} of ${inked})`).toBeLessThan(0.015);
    }
    for (const c of charts) c.el.remove();
  });

  it('a growing axis holds the data at every day, only widens, changes rarely, and is tight at the end or after a step back', () => {
    const store = new RunStore(meta);
    const d = new GrowingDomain();
    let lo = 0, hi = 1, changes = 0, prev: [number, number] | null = null;
    const rows = (n: number) => ({ from: store.length, dates: meta.dates.slice(store.length, store.length + n), columns: { x: new Float64Array(n) }, events: [], t: store.length + n, done: store.length + n >= meta.days });
    for (let day = 0; day < 300; day++) {
      store.append(rows(1));
      // A series that drifts up and swings: the data's range grows most days.
      const v = day * 0.02 + Math.sin(day / 7) * (1 + day / 50);
      lo = Math.min(lo, v); hi = Math.max(hi, v);
      const dom = d.fit(store, lo, hi);
      expect(dom[0]).toBeLessThanOrEqual(lo);
      expect(dom[1]).toBeGreaterThanOrEqual(hi);
      if (prev) {
        expect(dom[0]).toBeLessThanOrEqual(prev[0]);
        expect(dom[1]).toBeGreaterThanOrEqual(prev[1]);
        if (dom[0] !== prev[0] || dom[1] !== prev[1]) changes++;
      }
      expect(d.fit(store, lo, hi), 'asking twice gives the same').toEqual(dom);
      prev = dom;
    }
    expect(changes).toBeGreaterThan(0);
    expect(changes, 'changes of domain over 300 days').toBeLessThan(30);
    store.truncate(100);
    expect(d.fit(store, 0, 2), 'after a step back').toEqual([0, 2]);
    store.append(rows(meta.days - store.length));
    expect(store.done).toBe(true);
    expect(d.fit(store, lo, hi), 'at the end').toEqual([lo, hi]);
  });

  it('the worker stops a step at its time budget, after at least one whole day', async () => {
    await api.load({ scenario: 'baseline', overrides: [], seed: 5, days: DAYS });
    const one = await api.step(50, 0);
    expect(one.t).toBe(1);
    expect(one.dates.length).toBe(1);
    const many = await api.step(20, 60_000);
    expect(many.t).toBe(21);
    expect(many.from).toBe(1);
    expect(many.dates.length).toBe(20);
  });
});
