// Every chart draws real run data in Chromium: canvas marks, SVG axes, a tooltip with units and
import { CLASS_IDS } from '../../sim/ids';
// dates on hover, and standalone SVG/PNG exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { spawnWorker } from '../../web/app/pool';
import { RunStore } from '../../web/app/store';
import { WaterChart } from '../../web/charts/water';
import { AssetsChart } from '../../web/charts/assets';
import { FlowsChart } from '../../web/charts/flows';
import { CascadesChart } from '../../web/charts/cascades';
import { ProvenanceChart } from '../../web/charts/provenance';
import { SankeyChart } from '../../web/charts/sankey';
import { ClassPanel } from '../../web/charts/classPanel';
import { HOLDING_ASSETS, HoldingsChart } from '../../web/charts/holdings';
import type { Chart } from '../../web/charts/frame';
import '../../web/styles.css';

let store: RunStore;
const { api, worker } = spawnWorker();
const root = document.createElement('div');
root.style.width = '1000px';

beforeAll(async () => {
  document.body.append(root);
  const meta = await api.load({ scenario: 'baseline', overrides: [], seed: 3, days: 400 });
  if (!meta.ok) throw new Error(meta.error.message);
  store = new RunStore(meta.value);
  store.append(await api.step(400));
});
afterAll(() => { api[Comlink.releaseProxy](); worker.terminate(); root.remove(); });

function inked(c: Chart): number {
  const canvas = c.el.querySelector('canvas')!;
  const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
  return n;
}

describe('charts', () => {
  it('each time chart paints marks on its canvas and axes in its SVG', () => {
    const charts: Chart[] = [new WaterChart(root), new AssetsChart(root), new FlowsChart(root), new CascadesChart(root), new ClassPanel(root, 'hedge_fund'), new HoldingsChart(root, 'sovereign')];
    for (const c of charts) {
      c.setStore(store);
      expect(c.draw(), c.id).toBe(true);
      expect(c.el.dataset.drawn).toBe('400');
      expect(inked(c), c.id).toBeGreaterThan(500);
      expect(c.el.querySelectorAll('svg .axis text').length, c.id).toBeGreaterThan(3);
      expect(c.draw(), `${c.id} redraws only on change`).toBe(false);
    }
  });

  it('hovering shows exact values with units and the date, and moves the shared cursor', () => {
    const water = new WaterChart(root);
    water.setStore(store);
    water.draw();
    const other = new AssetsChart(root);
    other.setStore(store);
    other.draw();
    const plot = water.el.querySelector('.plot')!;
    const r = plot.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + r.width / 2, clientY: r.top + 60, bubbles: true }));
    const tip = document.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toMatch(/\d{4}-\d{2}-\d{2} · day \d+/);
    expect(tip.textContent).toMatch(/Idle money, total\$\d/);
    expect(other.el.querySelector('svg .cursor')!.getAttribute('visibility')).toBe('visible');
  });

  it('the provenance view lays out a cascade round by round; the Sankey balances its flows', () => {
    const prov = new ProvenanceChart(root);
    prov.setStore(store);
    const biggest = [...store.cascades()].sort((a, b) => b.rounds.length - a.rounds.length)[0]!;
    prov.show(biggest);
    prov.draw();
    expect(prov.el.querySelectorAll('.round-head').length).toBe(biggest.rounds.length);
    expect(prov.el.querySelector('.story')!.textContent).toContain(biggest.date);
    const sankey = new SankeyChart(root);
    sankey.setStore(store);
    sankey.draw();
    expect(sankey.el.querySelectorAll('svg .link').length).toBeGreaterThanOrEqual(2);
    expect(sankey.el.querySelector('svg')!.textContent).toContain('AI capex');
  });

  it('exports a standalone vector SVG and a PNG', async () => {
    const c = new FlowsChart(root);
    c.setStore(store);
    c.draw();
    const svg = c.toSvg();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    // One area per agent class at least (the axes add more).
    expect(doc.querySelectorAll('path').length).toBeGreaterThanOrEqual(CLASS_IDS.length);
    expect(doc.querySelector('text.title')!.textContent).toBe('Who is buying and who is selling');
    const png = await c.toPng();
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(5000);
  });

  it('the by-asset chart sums each class\'s daily net flows, redraws on a class change, and shows the day\'s values', () => {
    const c = new HoldingsChart(root, 'hyperscaler');
    c.setStore(store);
    expect(c.draw()).toBe(true);
    // The running sum of flow.<class>.<asset> over the recorded rows.
    const cum = c.series(store);
    for (const a of HOLDING_ASSETS) {
      let acc = 0;
      const f = store.col(`flow.hyperscaler.${a}`);
      for (let i = 0; i < store.length; i++) acc += f[i]!;
      expect(cum.get(a)![store.length - 1]).toBeCloseTo(acc, 0);
    }
    expect(c.el.querySelectorAll('.legend .item').length).toBe(HOLDING_ASSETS.length);
    expect(c.draw()).toBe(false);
    c.setClass('sovereign');
    expect(c.el.dataset.cls).toBe('sovereign');
    expect(c.draw(), 'a class change redraws').toBe(true);
    expect(inked(c)).toBeGreaterThan(500);
    const plot = c.el.querySelector('.plot')!;
    const r = plot.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + r.width * 0.8, clientY: r.top + 40, bubbles: true }));
    const tip = document.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.textContent).toContain('Sovereign funds: net buying since the start');
    expect(tip.textContent).toMatch(/Broad equity-?\$\d/);
  });
});
