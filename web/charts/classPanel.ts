// One agent class: its cash and gross exposure (USD) with its leverage on a right-hand axis,
// next to a paragraph describing its rule.
import * as d3 from 'd3';
import type { ClassId } from '../../sim/ids';
import { CLASS_LABEL, OKABE_ITO as O } from '../theme';
import { CLASS_RULE } from '../explain';
import { Chart, type G, type Layout } from './frame';
import { linePath, type Painter } from './painter';
import type { RunStore } from '../app/store';
import { dateTitle, extent, GrowingDomain, rows, setLegend } from './util';
import { timeAxis, yAxis } from './axes';
import { tick } from '../format';
import type { Tip } from '../ui/tooltip';

export class ClassPanel extends Chart {
  constructor(parent: HTMLElement, readonly cls: ClassId) {
    super(parent, { id: `class-${cls}`, title: CLASS_LABEL[cls], height: 150, margin: { l: 52, r: 40, t: 8, b: 22 } });
    this.el.classList.add('class-panel');
    const p = document.createElement('p');
    p.className = 'rule';
    p.textContent = CLASS_RULE[cls];
    this.el.append(p);
    setLegend(this.legend, [
      { color: O.blue, label: 'Cash' }, { color: O.orange, label: 'Gross exposure' },
      this.showsLeverage ? { color: O.black, label: 'Leverage (right axis)', dash: true } : { color: '', label: 'No leverage line: a central bank’s equity is near zero, so exposure ÷ equity says nothing' },
    ]);
  }

  /** A central bank creates its own money; exposure over its thin equity is not a leverage anyone targets. */
  private get showsLeverage(): boolean { return this.cls !== 'central_bank'; }

  private readonly usdDomain = new GrowingDomain();
  private readonly leverageDomain = new GrowingDomain();

  private scales(L: Layout, s: RunStore) {
    const c = (k: string) => s.col(`class.${this.cls}.${k}`);
    // Cash can go negative (an overdraft financed by dealers): the axis then reaches below zero.
    const [lo, hi] = extent([c('cash'), c('exposure')], s.length, 0, 0);
    const [llo, lhi] = extent([c('leverage')], s.length, 0, 0);
    const yU = d3.scaleLinear().domain(this.usdDomain.fit(s, Math.min(0, lo * 1.05), Math.max(1, hi) * 1.05)).range([L.m.t + L.ih, L.m.t]).nice(3);
    const yL = d3.scaleLinear().domain(this.leverageDomain.fit(s, Math.min(0, llo), Math.max(1.5, lhi * 1.1))).range([L.m.t + L.ih, L.m.t]).nice(3);
    return { c, yU, yL };
  }

  protected incremental = true;

  protected paint(p: Painter, L: Layout, s: RunStore, from: number, to: number): void {
    const { c, yU, yL } = this.scales(L, s);
    const n = to, x = (i: number) => L.x(i);
    p.clip(L.m.l, L.m.t, L.iw, L.ih);
    p.path({ stroke: O.blue, width: 1.5 }, linePath(c('cash'), from, n, x, yU));
    p.path({ stroke: O.orange, width: 1.5 }, linePath(c('exposure'), from, n, x, yU));
    // The dashed leverage line is painted from its start, so its dashes stay where they were.
    if (this.showsLeverage) p.path({ stroke: O.black, width: 1.2, dash: [4, 3] }, linePath(c('leverage'), 0, n, x, yL));
  }

  protected decoKey(L: Layout, s: RunStore): string {
    const { yU, yL } = this.scales(L, s);
    return `${yU.domain()}|${yL.domain()}`;
  }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    const { yU, yL } = this.scales(L, s);
    yAxis(g, L, yU, tick('usd'), { ticks: 3 });
    const ax = g.append('g').attr('class', 'axis y');
    if (yU.domain()[0]! < 0) g.append('line').attr('class', 'zero').attr('x1', L.m.l).attr('x2', L.m.l + L.iw).attr('y1', yU(0)).attr('y2', yU(0));
    if (this.showsLeverage) for (const t of yL.ticks(3)) ax.append('text').attr('x', L.m.l + L.iw + 4).attr('y', yL(t)).attr('dy', '0.32em').text(`${t}×`);
  }

  protected decorateTime(g: G, L: Layout, s: RunStore): void { timeAxis(g, L, s.dates, L.m.t + L.ih); }

  protected tip(i: number, _y: number, s: RunStore): Tip {
    const k = `class.${this.cls}`;
    return {
      title: `${CLASS_LABEL[this.cls]} · ${dateTitle(s, i)}`,
      rows: rows(s, i, [
        { col: `${k}.cash`, label: 'Cash', color: O.blue, unit: 'usd' },
        { col: `${k}.exposure`, label: 'Gross exposure', color: O.orange, unit: 'usd' },
        ...(this.showsLeverage ? [{ col: `${k}.leverage`, label: 'Leverage (exposure / net worth; 0 if net worth ≤ 0)', color: O.black, unit: 'ratio' as const }] : []),
        { col: `flow.${this.cls}`, label: 'Net buying today', unit: 'usd' },
      ]),
    };
  }
}
