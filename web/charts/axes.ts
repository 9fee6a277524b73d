// Axes drawn in SVG over the canvas: a trading-day time axis labelled by calendar months, and
// y axes with unit-aware ticks.
import * as d3 from 'd3';
import type { Layout } from './frame';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Row indices where a new month (of a step of `every` months) starts, with their labels. */
export function monthTicks(dates: readonly string[], maxTicks: number): Array<{ i: number; label: string }> {
  const starts: Array<{ i: number; y: number; m: number }> = [];
  let prev = '';
  dates.forEach((d, i) => {
    const ym = d.slice(0, 7);
    if (ym !== prev) { starts.push({ i, y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)) - 1 }); prev = ym; }
  });
  const steps = [1, 2, 3, 6, 12, 24];
  const every = steps.find((s) => starts.length / s <= maxTicks) ?? 24;
  return starts
    .filter((s) => s.m % every === 0 && s.i > 0)
    .map((s) => ({ i: s.i, label: s.m === 0 ? String(s.y) : MONTHS[s.m]! }));
}

export function timeAxis(g: d3.Selection<SVGGElement, unknown, null, undefined>, L: Layout, dates: readonly string[], y: number, grid = 0) {
  const ax = g.append('g').attr('class', 'axis x').attr('transform', `translate(0,${y})`);
  ax.append('line').attr('x1', L.m.l).attr('x2', L.m.l + L.iw).attr('stroke', 'currentColor').attr('stroke-opacity', 0.5);
  for (const t of monthTicks(dates, Math.max(2, Math.floor(L.iw / 48)))) {
    const x = L.x(t.i);
    if (grid) g.append('line').attr('class', 'grid').attr('x1', x).attr('x2', x).attr('y1', y - grid).attr('y2', y);
    ax.append('line').attr('x1', x).attr('x2', x).attr('y2', 4).attr('stroke', 'currentColor');
    ax.append('text').attr('x', x).attr('y', 15).attr('text-anchor', 'middle')
      .attr('font-weight', t.label.length === 4 ? 600 : 400).text(t.label);
  }
}

export function yAxis(g: d3.Selection<SVGGElement, unknown, null, undefined>, L: Layout,
  y: d3.ScaleContinuousNumeric<number, number>, format: (v: number) => string, opts: { ticks?: number; label?: string; right?: boolean } = {}) {
  const x0 = opts.right ? L.m.l + L.iw : L.m.l;
  const ax = g.append('g').attr('class', 'axis y');
  const ticks = y.ticks(opts.ticks ?? 4);
  for (const t of ticks) {
    const py = y(t);
    g.append('line').attr('class', 'grid').attr('x1', L.m.l).attr('x2', L.m.l + L.iw).attr('y1', py).attr('y2', py);
    ax.append('text').attr('x', opts.right ? x0 + 4 : x0 - 4).attr('y', py).attr('dy', '0.32em')
      .attr('text-anchor', opts.right ? 'start' : 'end').text(format(t));
  }
  if (opts.label) {
    const [r0, r1] = y.range() as [number, number];
    ax.append('text').attr('class', 'axis-label').attr('x', L.m.l - 4).attr('y', Math.min(r0, r1) - 7).attr('text-anchor', 'start').text(opts.label);
  }
}

/** Vertical date marker with a label (exhaustion, shocks). */
export function marker(g: d3.Selection<SVGGElement, unknown, null, undefined>, x: number, y0: number, y1: number, label: string, L: Layout, cls = 'marker') {
  const m = g.append('g').attr('class', cls);
  m.append('line').attr('x1', x).attr('x2', x).attr('y1', y0).attr('y2', y1);
  // Label on the side with more room, so a late date does not run off the chart.
  const right = x + 4 + label.length * 6.6 < L.m.l + L.iw || x < L.m.l + L.iw * 0.3;
  m.append('text').attr('x', right ? x + 4 : x - 4).attr('y', y0 + 11).attr('text-anchor', right ? 'start' : 'end').text(label);
}
