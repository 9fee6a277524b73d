// One metric in compare mode: A and B, each a median line over a 10–90% band across seeds.
import * as d3 from 'd3';
import { OKABE_ITO as O } from '../theme';
import { Chart, type G, type Layout } from './frame';
import { areaPath, linePath, type Painter } from './painter';
import { RunStore } from '../app/store';
import type { Metric, SideResult } from '../app/compare';
import { extent, setLegend } from './util';
import { timeAxis, yAxis } from './axes';
import { fmt, tick } from '../format';
import type { Tip } from '../ui/tooltip';

export const SIDE_COLOR = { a: O.blue, b: O.vermillion } as const;

/** A RunStore holding `a.med.KEY`, `a.lo.KEY`, … columns, so compare charts reuse the chart frame. */
export function compareStore(a: SideResult, b: SideResult): RunStore {
  const dates = (a.runs[0]?.dates.length ?? 0) >= (b.runs[0]?.dates.length ?? 0) ? a.runs[0]?.dates ?? [] : b.runs[0]?.dates ?? [];
  const store = new RunStore({ name: 'compare', description: '', dates: [...dates], days: dates.length, assets: [], columns: [], diff: {}, scenarioJson: {}, values: {}, baseValues: {}, version: '' });
  const columns: Record<string, Float64Array> = {};
  for (const [side, r] of [['a', a], ['b', b]] as const) {
    for (const [k, bd] of Object.entries(r.bands)) {
      columns[`${side}.med.${k}`] = bd.med; columns[`${side}.lo.${k}`] = bd.lo; columns[`${side}.hi.${k}`] = bd.hi;
    }
  }
  store.append({ from: 0, dates: [...dates], columns, events: [], t: dates.length, done: true });
  return store;
}

export class CompareChart extends Chart {
  labels = { a: 'A', b: 'B' };

  /** The chart's own key (shown under it and carried into exported images). */
  setKey(seeds: number): void {
    setLegend(this.legend, (['a', 'b'] as const).map((sd) => ({ color: SIDE_COLOR[sd], label: `${this.labels[sd]} (median; band 10–90% over ${seeds} seeds)` })));
  }

  constructor(parent: HTMLElement, readonly metric: Metric) {
    super(parent, { id: `cmp-${metric.key.replace(/\./g, '-')}`, title: metric.label, height: 170, margin: { l: 54, r: 10, t: 8, b: 22 } });
    this.el.classList.add('compare-chart');
  }

  private y(L: Layout, s: RunStore) {
    const k = this.metric.key;
    const [lo, hi] = extent(['a', 'b'].flatMap((sd) => [s.col(`${sd}.lo.${k}`), s.col(`${sd}.hi.${k}`), s.col(`${sd}.med.${k}`)]), s.length, 0, 0);
    // Quantities that cannot be negative (money, prices, rates here) keep zero as their floor.
    const pad = (hi - lo) * 0.05;
    const floor = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
    return d3.scaleLinear().domain([floor, hi + pad]).range([L.m.t + L.ih, L.m.t]).nice(4);
  }

  protected paint(p: Painter, L: Layout, s: RunStore): void {
    const y = this.y(L, s), k = this.metric.key, n = s.length, x = (i: number) => L.x(i);
    p.clip(L.m.l, L.m.t, L.iw, L.ih);
    for (const sd of ['a', 'b'] as const) p.path({ fill: SIDE_COLOR[sd], alpha: 0.18 }, areaPath(s.col(`${sd}.lo.${k}`), s.col(`${sd}.hi.${k}`), 0, n, x, y));
    for (const sd of ['a', 'b'] as const) p.path({ stroke: SIDE_COLOR[sd], width: 1.8 }, linePath(s.col(`${sd}.med.${k}`), 0, n, x, y));
  }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    yAxis(g, L, this.y(L, s), tick(this.metric.unit === 'index' ? 'ratio' : this.metric.unit), { ticks: 3 });
    timeAxis(g, L, s.dates, L.m.t + L.ih);
  }

  protected tip(i: number, _y: number, s: RunStore): Tip {
    const k = this.metric.key, u = this.metric.unit;
    const v = (sd: string, q: string) => fmt(s.col(`${sd}.${q}.${k}`)[i]!, u);
    return {
      title: `${this.metric.label} · ${s.dates[i]}`,
      rows: (['a', 'b'] as const).map((sd) => ({ color: SIDE_COLOR[sd], label: this.labels[sd], value: `${v(sd, 'med')} (${v(sd, 'lo')} – ${v(sd, 'hi')})` })),
    };
  }
}
