// Who is buying and selling: net purchases of non-bill assets by class, as diverging stacked bars
// (buyers above zero, sellers below), and under it the forced sales by trigger. Days are summed
// into buckets so each bar is at least two pixels wide.
import * as d3 from 'd3';
import { CLASS_IDS, TRIGGERS } from '../../sim/ids';
import { CLASS_COLOR, CLASS_LABEL, TRIGGER_COLOR, TRIGGER_LABEL } from '../theme';
import { Chart, type G, type Layout } from './frame';
import type { Painter } from './painter';
import type { RunStore } from '../app/store';
import { panels, setLegend } from './util';
import { timeAxis, yAxis } from './axes';
import { fmt, tick } from '../format';
import type { Tip } from '../ui/tooltip';

interface Buckets { size: number; count: number; flows: Float64Array[]; forced: Float64Array[] }

export class FlowsChart extends Chart {
  constructor(parent: HTMLElement) {
    super(parent, {
      id: 'flows', title: 'Who is buying and who is selling', height: 380, margin: { t: 18 },
      note: 'Above zero: net buyers of stocks, bonds and crypto (not bills); below: net sellers. Lower panel: sales that were forced, coloured by why. Bars sum several days when the run is long.',
    });
    setLegend(this.legend, [
      { color: '', label: 'Net buying by class:' },
      ...CLASS_IDS.map((c) => ({ color: CLASS_COLOR[c], label: CLASS_LABEL[c] })),
      { color: '', label: 'Forced sales, by why:' },
      ...TRIGGERS.map((t) => ({ color: TRIGGER_COLOR[t], label: TRIGGER_LABEL[t] })),
    ]);
  }

  private bucket(L: Layout, s: RunStore): Buckets {
    const size = Math.max(1, Math.ceil(s.dates.length / (L.iw / 2.5)));
    const count = Math.ceil(s.length / size);
    const sum = (col: Float64Array) => {
      const out = new Float64Array(count);
      for (let i = 0; i < s.length; i++) { const v = col[i]!; if (Number.isFinite(v)) out[Math.floor(i / size)]! += v; }
      return out;
    };
    return { size, count, flows: CLASS_IDS.map((c) => sum(s.col(`flow.${c}`))), forced: TRIGGERS.map((t) => sum(s.col(`forced.${t}`))) };
  }

  private scales(L: Layout, s: RunStore, B: Buckets) {
    const [a, b] = panels(L.m.t, L.ih, [3, 1.4]) as [{ top: number; height: number }, { top: number; height: number }];
    let up = 1, down = 1, f = 1;
    for (let k = 0; k < B.count; k++) {
      let u = 0, d = 0, ff = 0;
      for (const c of B.flows) { const v = c[k]!; if (v > 0) u += v; else d -= v; }
      for (const c of B.forced) ff += Math.abs(c[k]!);
      up = Math.max(up, u); down = Math.max(down, d); f = Math.max(f, ff);
    }
    const m = Math.max(up, down);
    const yF = d3.scaleLinear().domain([-m, m]).range([a.top + a.height, a.top]).nice();
    const yT = d3.scaleLinear().domain([-f, 0]).range([b.top + b.height, b.top]).nice();
    return { a, b, yF, yT };
  }

  protected paint(p: Painter, L: Layout, s: RunStore): void {
    const B = this.bucket(L, s);
    const { a, b, yF, yT } = this.scales(L, s, B);
    const bw = Math.max(1, L.x(B.size) - L.x(0) - 0.5);
    const posBase = new Float64Array(B.count), negBase = new Float64Array(B.count);
    p.clip(L.m.l - 1, a.top, L.iw + 2, a.height);
    CLASS_IDS.forEach((c, ci) => {
      const v = B.flows[ci]!;
      p.path({ fill: CLASS_COLOR[c] }, (ctx) => {
        for (let k = 0; k < B.count; k++) {
          const val = v[k]!;
          if (val === 0) continue;
          const base = val > 0 ? posBase : negBase;
          const y0 = yF(base[k]!), y1 = yF(base[k]! + val);
          ctx.rect(L.x(k * B.size), Math.min(y0, y1), bw, Math.max(0.5, Math.abs(y1 - y0)));
          base[k]! += val;
        }
      });
    });
    p.path({ stroke: '#000', width: 1, alpha: 0.5 }, (ctx) => { ctx.moveTo(L.m.l, yF(0)); ctx.lineTo(L.m.l + L.iw, yF(0)); });
    const fb = new Float64Array(B.count);
    p.clip(L.m.l - 1, b.top, L.iw + 2, b.height);
    TRIGGERS.forEach((t, ti) => {
      const v = B.forced[ti]!;
      p.path({ fill: TRIGGER_COLOR[t] }, (ctx) => {
        for (let k = 0; k < B.count; k++) {
          const val = -Math.abs(v[k]!);
          if (val === 0) continue;
          const y0 = yT(fb[k]!), y1 = yT(fb[k]! + val);
          ctx.rect(L.x(k * B.size), y0, bw, Math.max(0.5, y1 - y0));
          fb[k]! += val;
        }
      });
    });
  }

  protected decoKey(L: Layout, s: RunStore): string {
    const B = this.bucket(L, s);
    const { yF, yT } = this.scales(L, s, B);
    return `${B.size}|${yF.domain()}|${yT.domain()}`;
  }

  protected decorateTime(g: G, L: Layout, s: RunStore): void {
    for (const p of panels(L.m.t, L.ih, [3, 1.4])) timeAxis(g, L, s.dates, p.top + p.height);
  }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    const B = this.bucket(L, s);
    const { yF, yT } = this.scales(L, s, B);
    const per = B.size === 1 ? 'per day' : `per ${B.size} days`;
    yAxis(g, L, yF, tick('usd'), { label: `net buying, USD ${per}` });
    yAxis(g, L, yT, tick('usd'), { ticks: 2, label: `forced sales, USD ${per}` });
  }

  protected tip(i: number, _y: number, s: RunStore): Tip | null {
    const L = this.layout!;
    const B = this.bucket(L, s);
    const k = Math.floor(i / B.size);
    const from = k * B.size, to = Math.min(s.length, from + B.size) - 1;
    const title = from === to ? `${s.dates[from]}` : `${s.dates[from]} – ${s.dates[to]} (${to - from + 1} days, summed)`;
    const rowsOut = CLASS_IDS.map((c, ci) => ({ color: CLASS_COLOR[c], label: CLASS_LABEL[c], value: fmt(B.flows[ci]![k]!, 'usd') }));
    const forced = TRIGGERS.map((t, ti) => ({ color: TRIGGER_COLOR[t], label: `forced: ${TRIGGER_LABEL[t]}`, value: fmt(Math.abs(B.forced[ti]![k]!), 'usd') }))
      .filter((r, ti) => B.forced[ti]![k] !== 0);
    return { title, rows: [...rowsOut, ...forced] };
  }
}
