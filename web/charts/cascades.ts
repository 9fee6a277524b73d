// Cascades timeline: one dot per day on which forced selling ran in rounds (claim C5). Height is
// the number of rounds, area the dollars sold. Click a dot (or use the list) to open its provenance.
import * as d3 from 'd3';
import type { CascadeEvent } from '../../sim/api-types';
import { OKABE_ITO as O, TRIGGER_COLOR, TRIGGER_LABEL } from '../theme';
import { Chart, type G, type Layout } from './frame';
import type { Painter } from './painter';
import type { RunStore } from '../app/store';
import { setLegend } from './util';
import { timeAxis, yAxis } from './axes';
import { fmt } from '../format';
import type { Tip } from '../ui/tooltip';
import type { Trigger } from '../../sim/ids';

export function mainTrigger(e: CascadeEvent): Trigger | null {
  const by = new Map<Trigger, number>();
  for (const r of e.rounds) for (const s of r.sales) by.set(s.trigger, (by.get(s.trigger) ?? 0) + s.usd);
  let best: Trigger | null = null, v = -1;
  for (const [t, u] of by) if (u > v) { best = t; v = u; }
  return best;
}

export class CascadesChart extends Chart {
  selected: CascadeEvent | null = null;
  onSelect: (e: CascadeEvent | null) => void = () => {};

  constructor(parent: HTMLElement) {
    super(parent, {
      id: 'cascades', title: 'Forced-selling days, and how far each fed on itself', height: 170, margin: { t: 14 },
      note: 'Each dot is a day with forced sales. Height: rounds. At 1 round the sales tripped nothing further (hollow dot); at 2 or more, they moved prices enough to force the next sales: a cascade. Size: dollars sold; colour: the main trigger. Tap or click a dot to see how it travelled.',
    });
    setLegend(this.legend, (Object.keys(TRIGGER_COLOR) as Trigger[]).map((t) => ({ color: TRIGGER_COLOR[t], label: TRIGGER_LABEL[t] })));
  }

  private scales(L: Layout, s: RunStore) {
    const cs = s.cascades();
    const maxR = Math.max(3, ...cs.map((c) => c.rounds.length));
    const maxU = Math.max(1, ...cs.map((c) => c.totalUsd));
    const y = d3.scaleLinear().domain([0.5, maxR + 0.5]).range([L.m.t + L.ih, L.m.t]);
    const r = d3.scaleSqrt().domain([0, maxU]).range([2, 11]);
    return { cs, y, r };
  }

  protected paint(p: Painter, L: Layout, s: RunStore): void {
    const { cs, y, r } = this.scales(L, s);
    for (const c of cs) {
      const t = mainTrigger(c);
      const cx = L.x(c.day), cy = y(c.rounds.length), rad = r(c.totalUsd);
      const col = t ? TRIGGER_COLOR[t] : O.grey;
      // A single round did not feed on itself: hollow, so the eye goes to the real cascades.
      p.path(c.rounds.length > 1 ? { fill: col, alpha: 0.8, stroke: '#fff', width: 0.8 } : { stroke: col, alpha: 0.8, width: 1.2 },
        (ctx) => { ctx.moveTo(cx + rad, cy); ctx.arc(cx, cy, rad, 0, 2 * Math.PI); });
    }
    const sel = this.selected;
    if (sel) {
      const cx = L.x(sel.day), cy = y(sel.rounds.length), rad = r(sel.totalUsd) + 3;
      p.path({ stroke: '#000', width: 2 }, (ctx) => { ctx.moveTo(cx + rad, cy); ctx.arc(cx, cy, rad, 0, 2 * Math.PI); });
    }
  }

  protected decoKey(L: Layout, s: RunStore): string {
    const { y, cs } = this.scales(L, s);
    return `${y.domain()}|${cs.length > 0}|${s.length > 1}`;
  }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    const { y, cs } = this.scales(L, s);
    yAxis(g, L, y, (v) => (Number.isInteger(v) ? String(v) : ''), { ticks: 3, label: 'rounds' });
    timeAxis(g, L, s.dates, L.m.t + L.ih);
    if (cs.length === 0) g.append('text').attr('class', 'empty').attr('x', L.m.l + L.iw / 2).attr('y', L.m.t + L.ih / 2)
      .attr('text-anchor', 'middle').text(s.length > 1 ? 'No cascades yet' : 'Press play');
  }

  private nearest(px: number, py: number): CascadeEvent | null {
    const L = this.layout, s = this.store;
    if (!L || !s) return null;
    const { cs, y } = this.scales(L, s);
    let best: CascadeEvent | null = null, bd = 14 * 14;
    for (const c of cs) {
      const d = (L.x(c.day) - px) ** 2 + (y(c.rounds.length) - py) ** 2;
      if (d < bd) { bd = d; best = c; }
    }
    return best;
  }

  protected onClick(x: number, y: number): void {
    const c = this.nearest(x, y);
    if (c) this.select(c);
  }

  storeCascades(): CascadeEvent[] { return this.store?.cascades() ?? []; }

  select(c: CascadeEvent | null): void { this.selected = c; this.invalidate(); this.onSelect(c); }

  protected tip(i: number, _y: number, s: RunStore): Tip | null {
    const c = s.cascades().find((e) => e.day === i);
    if (!c) return { title: `${s.dates[i]} · day ${i}`, rows: [{ label: 'Cascades on this day', value: 'none' }] };
    const t = mainTrigger(c);
    return {
      title: `${c.date} · day ${c.day}`,
      rows: [
        { label: 'Rounds', value: `${c.rounds.length}${c.rounds.length === 1 ? ' (tripped nothing further)' : ''}` },
        { label: 'Forced sales', value: fmt(c.totalUsd, 'usd') },
        { color: t ? TRIGGER_COLOR[t] : undefined, label: 'Main trigger', value: t ? TRIGGER_LABEL[t] : '–' },
        { label: '', value: 'tap or click to open its provenance' },
      ],
    };
  }
}
