// The Sweep tab's response chart. One assumption: the metric against the assumption, median line
// over a 10–90% band across seeds, with every finished run as a dot. Two assumptions: a heat map
// of the median per cell (cividis, readable in colour-blindness and in grey), values written in.
// It fills in as runs finish. Not a time chart: x is the assumption, so it draws its own axes.
import * as d3 from 'd3';
import { OKABE_ITO as O } from '../theme';
import { Chart, type G, type Layout } from './frame';
import { areaPath, linePath, type Painter } from './painter';
import { RunStore } from '../app/store';
import type { Cell, SweepResult } from '../app/sweep';
import { fmt, tick, type Unit } from '../format';
import { showTip, hideTip } from '../ui/tooltip';

export interface AxisInfo { path: string; label: string; format: (v: number) => string }
export interface MetricInfo { name: string; label: string; unit: Unit | 'day' }

const emptyStore = () => new RunStore({ name: 'sweep', description: '', dates: [], days: 0, assets: [], columns: [], diff: {}, scenarioJson: {}, values: {}, baseValues: {}, version: '' });

const fmtMetric = (m: MetricInfo) => (v: number) => (m.unit === 'day' ? `day ${Math.round(v)}` : fmt(v, m.unit));
const tickMetric = (m: MetricInfo) => (m.unit === 'day' ? (v: number) => String(v) : tick(m.unit));

export class SweepChart extends Chart {
  protected usesTimeCursor = false;
  private cells: Cell[] = [];
  private results: SweepResult[] = [];
  private axes: AxisInfo[] = [];
  private metric: MetricInfo | null = null;

  constructor(parent: HTMLElement) {
    super(parent, {
      id: 'sweep', title: 'Response: the metric across the assumption', height: 380, margin: { l: 64, r: 16, t: 16, b: 44 },
      note: 'One assumption: the line is the median over seeds, the band holds the middle 80% of runs (10th–90th percentile), dots are single runs. Two assumptions: each cell is the median over seeds. Tap or hover for the numbers.',
    });
    this.setStore(emptyStore());
  }

  show(axes: AxisInfo[], metric: MetricInfo, cells: Cell[], results: SweepResult[]): void {
    this.axes = axes; this.metric = metric; this.cells = cells; this.results = results;
    this.el.querySelector('h3')!.textContent = axes.length === 2
      ? `${metric.label}: median by ${axes[0]!.label} and ${axes[1]!.label}`
      : `${metric.label} against ${axes[0]?.label ?? 'the assumption'}`;
    this.invalidate();
  }

  /** Nothing to export before the first run. */
  toSvg(): string { return this.cells.length ? super.toSvg() : ''; }

  private xScale(L: Layout) {
    const xs = this.cells.map((c) => c.x);
    return d3.scaleLinear().domain([Math.min(...xs), Math.max(...xs)]).range([L.m.l + 8, L.m.l + L.iw - 8]);
  }

  private yScale(L: Layout) {
    const m = this.metric!;
    const vals = [...this.cells.flatMap((c) => [c.lo, c.hi, c.med]), ...this.results.map((r) => Number(r.metrics[m.name]))].filter(Number.isFinite);
    const lo = Math.min(0, ...vals), hi = Math.max(0, ...vals);
    return d3.scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([L.m.t + L.ih, L.m.t]).nice();
  }

  protected paint(p: Painter, L: Layout): void {
    if (!this.metric || !this.cells.length || this.axes.length !== 1) return;
    const x = this.xScale(L), y = this.yScale(L);
    const done = this.cells.filter((c) => c.n > 0);
    const lo = Float64Array.from(done, (c) => c.lo), hi = Float64Array.from(done, (c) => c.hi), med = Float64Array.from(done, (c) => c.med);
    const xi = (i: number) => x(done[i]!.x);
    p.path({ fill: O.blue, alpha: 0.18 }, areaPath(lo, hi, 0, done.length, xi, y));
    p.path({ stroke: O.blue, width: 2 }, linePath(med, 0, done.length, xi, y));
    for (const r of this.results) {
      const v = Number(r.metrics[this.metric.name]);
      if (!Number.isFinite(v)) continue;
      const cx = x(Number(r.set[this.axes[0]!.path])), cy = y(v);
      p.path({ fill: O.black, alpha: 0.45 }, (ctx) => { ctx.moveTo(cx + 2.2, cy); ctx.arc(cx, cy, 2.2, 0, 2 * Math.PI); });
    }
  }

  protected decorate(g: G, L: Layout): void {
    const m = this.metric;
    if (!m || !this.cells.length) {
      g.append('text').attr('class', 'empty').attr('x', L.w / 2).attr('y', L.h / 2).attr('text-anchor', 'middle').text('Choose the assumptions and press Run sweep');
      return;
    }
    if (this.axes.length === 2) { this.heat(g, L, m); return; }
    const x = this.xScale(L), y = this.yScale(L), ax = this.axes[0]!;
    const ya = g.append('g').attr('class', 'axis y');
    for (const t of y.ticks(5)) {
      g.append('line').attr('class', 'grid').attr('x1', L.m.l).attr('x2', L.m.l + L.iw).attr('y1', y(t)).attr('y2', y(t));
      ya.append('text').attr('x', L.m.l - 4).attr('y', y(t)).attr('dy', '0.32em').attr('text-anchor', 'end').text(tickMetric(m)(t));
    }
    const xa = g.append('g').attr('class', 'axis x');
    const levels = this.cells.map((c) => c.x);
    const every = Math.max(1, Math.ceil(levels.length / Math.max(2, Math.floor(L.iw / 70))));
    levels.forEach((v, i) => {
      xa.append('line').attr('x1', x(v)).attr('x2', x(v)).attr('y1', L.m.t + L.ih).attr('y2', L.m.t + L.ih + 4).attr('stroke', 'currentColor');
      if (i % every === 0 || i === levels.length - 1) xa.append('text').attr('x', x(v)).attr('y', L.m.t + L.ih + 16).attr('text-anchor', 'middle').text(ax.format(v));
    });
    xa.append('text').attr('class', 'axis-label').attr('x', L.m.l + L.iw / 2).attr('y', L.m.t + L.ih + 34).attr('text-anchor', 'middle').text(ax.label);
    // Hover/tap targets: one column per level.
    const half = levels.length > 1 ? (x(levels[1]!) - x(levels[0]!)) / 2 : L.iw / 2;
    for (const c of this.cells) {
      g.append('rect').attr('class', 'hit').attr('x', x(c.x) - half).attr('y', L.m.t).attr('width', 2 * half).attr('height', L.ih).attr('fill', 'transparent')
        .on('pointermove pointerdown', (ev: PointerEvent) => showTip({ title: `${ax.label} = ${ax.format(c.x)}`, rows: [
          { color: O.blue, label: 'Median', value: fmtMetric(m)(c.med) },
          { label: '10–90% of runs', value: c.n ? `${fmtMetric(m)(c.lo)} – ${fmtMetric(m)(c.hi)}` : '–' },
          { label: 'Runs finished', value: String(c.n) },
        ] }, ev.clientX, ev.clientY))
        .on('pointerleave', hideTip);
    }
  }

  private heat(g: G, L: Layout, m: MetricInfo): void {
    const [ax, ay] = this.axes as [AxisInfo, AxisInfo];
    const xs = [...new Set(this.cells.map((c) => c.x))], ys = [...new Set(this.cells.map((c) => c.y!))];
    const legendW = 70;
    const cw = (L.iw - legendW) / xs.length, ch = L.ih / ys.length;
    const meds = this.cells.map((c) => c.med).filter(Number.isFinite);
    const color = d3.scaleSequential(d3.interpolateCividis).domain(meds.length ? [Math.min(...meds), Math.max(...meds) + (Math.min(...meds) === Math.max(...meds) ? 1 : 0)] : [0, 1]);
    for (const c of this.cells) {
      const i = xs.indexOf(c.x), j = ys.indexOf(c.y!);
      const px = L.m.l + i * cw, py = L.m.t + L.ih - (j + 1) * ch;
      const cell = g.append('g').attr('class', 'cell');
      cell.append('rect').attr('x', px).attr('y', py).attr('width', cw - 1).attr('height', ch - 1)
        .attr('fill', c.n ? color(c.med) : '#eee');
      if (cw > 46 && ch > 16 && c.n) {
        const dark = d3.hsl(color(c.med)).l < 0.55;
        cell.append('text').attr('x', px + cw / 2).attr('y', py + ch / 2).attr('dy', '0.32em').attr('text-anchor', 'middle')
          .attr('class', dark ? 'on-dark' : '').text(tickMetric(m)(c.med));
      }
      cell.on('pointermove pointerdown', (ev: PointerEvent) => showTip({ title: `${ax.label} = ${ax.format(c.x)}, ${ay.label} = ${ay.format(c.y!)}`, rows: [
        { label: 'Median', value: c.n ? fmtMetric(m)(c.med) : 'not yet run' },
        { label: '10–90% of runs', value: c.n ? `${fmtMetric(m)(c.lo)} – ${fmtMetric(m)(c.hi)}` : '–' },
        { label: 'Runs finished', value: String(c.n) },
      ] }, ev.clientX, ev.clientY)).on('pointerleave', hideTip);
    }
    const every = (n: number, room: number) => Math.max(1, Math.ceil(n / Math.max(2, Math.floor(room))));
    const ex = every(xs.length, (L.iw - legendW) / 60), ey = every(ys.length, L.ih / 18);
    const axg = g.append('g').attr('class', 'axis');
    xs.forEach((v, i) => { if (i % ex === 0) axg.append('text').attr('x', L.m.l + (i + 0.5) * cw).attr('y', L.m.t + L.ih + 16).attr('text-anchor', 'middle').text(ax.format(v)); });
    ys.forEach((v, j) => { if (j % ey === 0) axg.append('text').attr('x', L.m.l - 4).attr('y', L.m.t + L.ih - (j + 0.5) * ch).attr('dy', '0.32em').attr('text-anchor', 'end').text(ay.format(v)); });
    axg.append('text').attr('class', 'axis-label').attr('x', L.m.l + (L.iw - legendW) / 2).attr('y', L.m.t + L.ih + 34).attr('text-anchor', 'middle').text(ax.label);
    axg.append('text').attr('class', 'axis-label').attr('x', L.m.l).attr('y', L.m.t - 4).text(`↑ ${ay.label}`);
    // Colour key.
    const kx = L.m.l + L.iw - legendW + 16, steps = 24;
    const [d0, d1] = color.domain() as [number, number];
    for (let k = 0; k < steps; k++) {
      const v = d0 + ((d1 - d0) * k) / (steps - 1);
      g.append('rect').attr('x', kx).attr('y', L.m.t + L.ih - ((k + 1) * L.ih) / steps).attr('width', 12).attr('height', L.ih / steps + 0.5).attr('fill', color(v));
    }
    g.append('text').attr('x', kx + 16).attr('y', L.m.t + L.ih).attr('dy', '-0.2em').text(tickMetric(m)(d0));
    g.append('text').attr('x', kx + 16).attr('y', L.m.t + 8).text(tickMetric(m)(d1));
    g.append('text').attr('class', 'axis-label').attr('x', kx).attr('y', L.m.t - 4).text('median');
  }
}
