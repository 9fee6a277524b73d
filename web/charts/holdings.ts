// What a class has bought and sold, by asset: the running sum of its daily net flows per asset
// (`flow.<class>.<asset>`, USD per day). This is the change in its holdings at purchase prices, not
// their market value (price moves are not in it), so it is labelled as cumulative net buying.
import * as d3 from 'd3';
import { ASSET_IDS, CLASS_IDS, type AssetId, type ClassId } from '../../sim/ids';
import { ASSET_COLOR, ASSET_LABEL, CLASS_LABEL, OKABE_ITO as O } from '../theme';
import { Chart, type G, type Layout } from './frame';
import { linePath, type Painter } from './painter';
import type { RunStore } from '../app/store';
import { dateTitle, extent, GrowingDomain, setLegend } from './util';
import { timeAxis, yAxis } from './axes';
import { fmt, tick } from '../format';
import type { Tip } from '../ui/tooltip';

/** Assets with a per-class flow column (T-bills are the cash leg and are not recorded per class). */
export const HOLDING_ASSETS: AssetId[] = ASSET_IDS.filter((a) => a !== 'tbills');

export class HoldingsChart extends Chart {
  cls: ClassId;
  private cum = new Map<AssetId, Float64Array>();
  private cumKey = '';
  readonly picker: HTMLSelectElement;
  /** Called when the class changes (the page asks for a redraw). */
  onChange?: (c: ClassId) => void;

  constructor(parent: HTMLElement, cls: ClassId = 'hyperscaler') {
    super(parent, {
      id: 'holdings', title: 'Cumulative net buying since the start, by asset', height: 230, margin: { l: 60, r: 16, t: 10, b: 22 },
      note: 'The running sum of the class\'s daily net purchases of each asset (USD): the change in what it holds, at the prices it traded, not the holdings\' market value. Above zero: it has bought more than it sold since the start. T-bills, its cash leg, are left out. Tap or hover for the values on a day.',
    });
    this.cls = cls;
    this.picker = document.createElement('select');
    this.picker.id = 'holdings-class';
    this.picker.setAttribute('aria-label', 'Class');
    for (const c of CLASS_IDS) { const o = document.createElement('option'); o.value = c; o.textContent = CLASS_LABEL[c]; this.picker.append(o); }
    this.picker.value = cls;
    this.el.dataset.cls = cls;
    this.picker.addEventListener('change', () => this.setClass(this.picker.value as ClassId));
    const label = document.createElement('label');
    label.className = 'inline';
    label.append('Class ', this.picker);
    const cap = this.el.querySelector('figcaption')!;
    cap.insertBefore(label, cap.querySelector('.chart-tools'));
    setLegend(this.legend, HOLDING_ASSETS.map((a) => ({ color: ASSET_COLOR[a], label: ASSET_LABEL[a], key: a })));
  }

  setClass(c: ClassId): void {
    this.cls = c;
    this.picker.value = c;
    this.el.dataset.cls = c;
    this.invalidate();
    this.onChange?.(c);
  }

  /** Cumulative net buying of asset a by the current class, rows 0..length-1 (NaN after). */
  series(s: RunStore): Map<AssetId, Float64Array> {
    const key = `${this.cls}:${s.version}`;
    if (key === this.cumKey) return this.cum;
    this.cumKey = key;
    for (const a of HOLDING_ASSETS) {
      const f = s.col(`flow.${this.cls}.${a}`);
      const out = this.cum.get(a)?.length === s.dates.length ? this.cum.get(a)! : new Float64Array(s.dates.length);
      out.fill(NaN);
      let acc = 0;
      for (let i = 0; i < s.length; i++) { const v = f[i]!; if (Number.isFinite(v)) acc += v; out[i] = acc; }
      this.cum.set(a, out);
    }
    return this.cum;
  }

  private readonly domain = new GrowingDomain();

  private scale(L: Layout, s: RunStore) {
    const [lo, hi] = extent([...this.series(s).values()], s.length, 0, 0.05);
    return d3.scaleLinear().domain(this.domain.fit(s, Math.min(0, lo), Math.max(0, hi), this.cls)).range([L.m.t + L.ih, L.m.t]).nice(4);
  }

  protected dataKey(s: RunStore): string { return `${this.cls}:${s.version}`; }

  protected incremental = true;

  protected paint(p: Painter, L: Layout, s: RunStore, from: number, to: number): void {
    const y = this.scale(L, s), cum = this.series(s), n = to, x = (i: number) => L.x(i);
    p.clip(L.m.l, L.m.t, L.iw, L.ih);
    p.path({ stroke: O.grey, width: 1 }, (q) => { q.moveTo(L.m.l, y(0)); q.lineTo(L.m.l + L.iw, y(0)); });
    for (const a of HOLDING_ASSETS) p.path({ stroke: ASSET_COLOR[a], width: 1 }, linePath(cum.get(a)!, from, n, x, y));
  }

  protected decoKey(L: Layout, s: RunStore): string { return `${this.cls}|${this.scale(L, s).domain()}`; }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    yAxis(g, L, this.scale(L, s), tick('usd'), { ticks: 4 });
  }

  protected decorateTime(g: G, L: Layout, s: RunStore): void { timeAxis(g, L, s.dates, L.m.t + L.ih); }

  protected tip(i: number, _y: number, s: RunStore): Tip {
    const cum = this.series(s);
    const vals = HOLDING_ASSETS.map((a) => ({ a, v: cum.get(a)![i]! })).sort((p, q) => q.v - p.v);
    const total = vals.reduce((t, r) => t + (Number.isFinite(r.v) ? r.v : 0), 0);
    return {
      title: `${CLASS_LABEL[this.cls]}: net buying since the start · ${dateTitle(s, i)}`,
      rows: [
        ...vals.map((r) => ({ color: ASSET_COLOR[r.a], label: ASSET_LABEL[r.a], value: fmt(r.v, 'usd') })),
        { label: 'All of these (not T-bills)', value: fmt(total, 'usd') },
      ],
    };
  }
}
