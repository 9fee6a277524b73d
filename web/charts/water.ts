// The water level: idle money (stacked by where it sits) against the cumulative demand for new
// funds, with the exhaustion date marked; under it the price of money (cost of capital, 10y,
// policy rate, credit spreads). This is the chart of claims C1, C2, C6 and C12.
import * as d3 from 'd3';
import { IDLE_COMPONENTS } from '../../sim/ids';
import { IDLE_COLOR, IDLE_LABEL, OKABE_ITO as O } from '../theme';
import { Chart, type G, type Layout } from './frame';
import { areaPath, linePath, type Painter } from './painter';
import type { RunStore } from '../app/store';
import { dateTitle, extent, GrowingDomain, memoPerDraw, panels, rows, setLegend } from './util';
import { timeAxis, yAxis, marker } from './axes';
import { tick } from '../format';
import type { Tip } from '../ui/tooltip';

const RATES = [
  { col: 'rate.costOfCapital', label: 'Cost of capital', color: O.vermillion, width: 2.2 },
  { col: 'rate.treasury10y', label: '10y Treasury', color: O.blue, width: 1 },
  { col: 'rate.policy', label: 'Policy rate', color: O.grey, width: 1, dash: [4, 3] },
  { col: 'spread.ig_credit', label: 'IG spread', color: O.sky, width: 1 },
  { col: 'spread.hy_credit', label: 'HY spread', color: O.green, width: 1 },
] as const;

export class WaterChart extends Chart {
  constructor(parent: HTMLElement) {
    super(parent, {
      id: 'water', title: 'The water level: idle money vs the demand for new funds', height: 400, margin: { t: 18 },
      note: 'Shaded: idle money, by where it sits. Line: cumulative new paper that had to be bought (bonds, Treasury issuance, capital calls). When the shading runs dry every further dollar must come out of another asset. Below: the price of money.',
    });
    setLegend(this.legend, [
      { color: '', label: 'Idle money:' },
      ...IDLE_COMPONENTS.map((c) => ({ color: IDLE_COLOR[c], label: IDLE_LABEL[c] })),
      { color: O.black, label: 'Cumulative demand for funds' },
      { color: '', label: 'Rates:' },
      ...RATES.map((r) => ({ color: r.color, label: r.label, dash: 'dash' in r })),
    ]);
  }

  private readonly waterDomain = new GrowingDomain();
  private readonly rateDomain = new GrowingDomain();

  private split(L: Layout) { return panels(L.m.t, L.ih, [3, 2]); }

  /** Asked for several times per draw (keys, paint, decoration): computed once per store state and layout. */
  private readonly scales = memoPerDraw((L: Layout, s: RunStore) => {
    const [a, b] = this.split(L) as [{ top: number; height: number }, { top: number; height: number }];
    const n = s.length;
    const top = Math.max(extent([s.col('idle.total'), s.col('demand.cumulative')], n, 0, 0)[1], 1) * 1.05;
    const yW = d3.scaleLinear().domain(this.waterDomain.fit(s, 0, top)).range([a.top + a.height, a.top]).nice();
    const [lo, hi] = extent(RATES.map((r) => s.col(r.col)), n);
    const yR = d3.scaleLinear().domain(this.rateDomain.fit(s, Math.min(0, lo), hi)).range([b.top + b.height, b.top]).nice();
    return { a, b, yW, yR };
  });

  protected incremental = true;
  private stack: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];

  protected paint(p: Painter, L: Layout, s: RunStore, from: number, to: number): void {
    const { a, b, yW, yR } = this.scales(L, s);
    const n = to, x = (i: number) => L.x(i);
    // Spells with idle money run dry, shaded across both panels (drawn here: an open spell grows every day).
    for (const [from, to] of s.exhaustedSpans()) {
      const x0 = L.x(from), x1 = L.x(to ?? s.last);
      p.path({ fill: O.vermillion, alpha: 0.07 }, (ctx) => { ctx.rect(x0, a.top, Math.max(1, x1 - x0), b.top + b.height - a.top); });
    }
    p.clip(L.m.l, a.top, L.iw, a.height);
    // Stack the idle components bottom-up so the top edge is the total.
    // (Rows before `from` are already on the canvas: only rows from it on are stacked and painted.)
    // Two scratch rows, used in turn (a path is built at once, so only the last top is needed as the
    // next base): a new array per component and draw made garbage 30 times a second while playing.
    if (this.stack[0].length < n) this.stack = [new Float64Array(s.dates.length), new Float64Array(s.dates.length)];
    let base: Float64Array | number = 0;
    IDLE_COMPONENTS.forEach((c, k) => {
      const col = s.col(`idle.${c}`);
      const top = this.stack[k % 2]!;
      for (let i = from; i < n; i++) top[i] = (typeof base === 'number' ? base : base[i]!) + Math.max(0, col[i]!);
      p.path({ fill: IDLE_COLOR[c], alpha: 0.75 }, areaPath(base, top, from, n, x, yW));
      base = top;
    });
    p.path({ stroke: O.black, width: 2 }, linePath(s.col('demand.cumulative'), from, n, x, yW));
    p.clip(L.m.l, b.top, L.iw, b.height);
    // A dashed line is painted from its start, so its dashes fall where a whole repaint puts them.
    for (const r of RATES) {
      const dashed = 'dash' in r;
      p.path({ stroke: r.color, width: r.width, dash: dashed ? [...r.dash] : undefined }, linePath(s.col(r.col), dashed ? 0 : from, n, x, yR));
    }
  }

  /**
   * The dry spells are not part of it: a spell starts and ends on a day that has just arrived, at the
   * tail, and its shading is a rectangle that the tail repaint extends or closes.
   */
  protected paintKey(L: Layout, s: RunStore): string {
    const { yW, yR } = this.scales(L, s);
    return `${yW.domain()}|${yR.domain()}`;
  }

  protected decoKey(L: Layout, s: RunStore): string {
    const { yW, yR } = this.scales(L, s);
    return `${yW.domain()}|${yR.domain()}|${JSON.stringify(s.exhaustedSpans().map(([a, b]) => [a, b ?? -1]))}|${s.length > 0}`;
  }

  protected decorateTime(g: G, L: Layout, s: RunStore): void {
    for (const p of this.split(L)) timeAxis(g, L, s.dates, p.top + p.height);
  }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    const { a, b, yW, yR } = this.scales(L, s);
    yAxis(g, L, yW, tick('usd'), { label: 'USD' });
    yAxis(g, L, yR, tick('rate'), { label: 'annual rate' });
    // Every spell with idle money run dry is shaded; its start is marked with the date, and a return
    // of idle money is marked too (labels are skipped where they would overlap the previous one).
    // Start labels sit on the first row and return labels on the second, so each row is checked for overlap alone.
    let lastLabel = -Infinity, lastBack = -Infinity;
    s.exhaustedSpans().forEach(([from, to], k) => {
      const x0 = L.x(from), x1 = to === null ? x0 : L.x(to);
      const room = x0 - lastLabel > 150;
      // Narrow charts get short labels, so the date always fits.
      const narrow = L.iw < 520;
      marker(g, x0, a.top, b.top + b.height, k === 0 ? `${narrow ? 'exhausted' : 'idle money exhausted'} · ${s.dates[from] ?? ''}` : room ? `dry again · ${s.dates[from] ?? ''}` : '', L);
      if (room || k === 0) lastLabel = x0;
      if (to !== null) {
        const back = g.append('g').attr('class', 'marker back');
        back.append('line').attr('x1', x1).attr('x2', x1).attr('y1', a.top + 14).attr('y2', a.top + a.height);
        if (x1 - lastBack > 150) {
          const label = `${narrow ? 'back' : 'idle money back'} · ${s.dates[to] ?? ''}`;
          // Right of the line if it fits, else left of it: a late return kept its date cut off at the edge.
          const right = x1 + 4 + label.length * 6.6 < L.m.l + L.iw;
          back.append('text').attr('x', right ? x1 + 4 : x1 - 4).attr('y', a.top + 25).attr('text-anchor', right ? 'start' : 'end').text(label);
          lastBack = x1;
        }
      }
    });
  }

  protected tip(i: number, y: number, s: RunStore): Tip {
    const { b } = this.scales(this.layout!, s);
    if (y >= b.top - 10) return { title: dateTitle(s, i), rows: rows(s, i, RATES.map((r) => ({ ...r, unit: r.col.startsWith('spread') ? 'spread' : 'rate' }))) };
    return {
      title: dateTitle(s, i),
      rows: [
        ...rows(s, i, [{ col: 'idle.total', label: 'Idle money, total', unit: 'usd' }]),
        ...rows(s, i, IDLE_COMPONENTS.map((c) => ({ col: `idle.${c}`, label: IDLE_LABEL[c], color: IDLE_COLOR[c], unit: 'usd' as const }))),
        ...rows(s, i, [{ col: 'demand.cumulative', label: 'Cumulative demand', color: O.black, unit: 'usd' },
          { col: 'demand.daily', label: 'Demand today', unit: 'usdPerDay' }]),
      ],
    };
  }
}
