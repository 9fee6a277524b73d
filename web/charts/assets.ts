// Assets: rebased prices on a log scale and drawdowns from the running peak, for all nine assets,
// ordered by duration (claim C3: longer duration falls further when discount rates rise).
import * as d3 from 'd3';
import type { AssetId } from '../../sim/ids';
import { ASSET_COLOR, ASSET_LABEL } from '../theme';
import { Chart, type G, type Layout } from './frame';
import { linePath, type Painter } from './painter';
import type { RunStore } from '../app/store';
import { dateTitle, extent, GrowingDomain, memoPerDraw, panels, setLegend } from './util';
import { timeAxis, yAxis } from './axes';
import { fmt, tick } from '../format';
import type { Tip } from '../ui/tooltip';

export class AssetsChart extends Chart {
  private order: AssetId[] = [];
  private rebased = new Map<string, Float64Array>();
  private rebasedVersion = -1;
  /** In log units: a side that moves, moves by at least a 10% step. */
  private readonly priceDomain = new GrowingDomain(0.5, Math.log(1.1));
  private readonly drawdownDomain = new GrowingDomain();

  constructor(parent: HTMLElement) {
    super(parent, {
      id: 'assets', title: 'Assets: prices (start = 100, log scale) and drawdowns, by duration', height: 420, margin: { t: 18 },
      note: 'Duration is how sensitive a price is to the discount rate. When money gets scarce and rates rise, long-duration assets (crypto, speculative, SaaS) should fall furthest.',
    });
  }

  protected onStore(): void {
    const s = this.store;
    if (!s) return;
    this.order = [...s.meta.assets].sort((a, b) => b.duration - a.duration).map((a) => a.id as AssetId);
    setLegend(this.legend, this.order.map((a) => ({
      color: ASSET_COLOR[a], label: `${ASSET_LABEL[a]} (D=${s.meta.assets.find((x) => x.id === a)!.duration})`, key: a,
    })));
  }

  private rebase(s: RunStore): Map<string, Float64Array> {
    if (this.rebasedVersion === s.version) return this.rebased;
    const n = s.length;
    for (const a of this.order) {
      const c = s.col(`price.${a}`);
      const r = this.rebased.get(a) ?? new Float64Array(s.dates.length);
      const p0 = c[0]!;
      for (let i = 0; i < n; i++) r[i] = (100 * c[i]!) / p0;
      this.rebased.set(a, r);
    }
    this.rebasedVersion = s.version;
    return this.rebased;
  }

  /** Asked for several times per draw (keys, paint, decoration): computed once per store state and layout. */
  private readonly scales = memoPerDraw((L: Layout, s: RunStore) => {
    const [a, b] = panels(L.m.t, L.ih, [3, 2]) as [{ top: number; height: number }, { top: number; height: number }];
    const reb = this.rebase(s);
    const [lo, hi] = extent([...reb.values()], s.length, 0, 0);
    // The log domain moves in 10% steps so the axis is rebuilt rarely while playing.
    const step = Math.log(1.1);
    const qlo = Math.exp(Math.floor(Math.log(Math.max(1, Math.min(lo, 95))) / step) * step);
    const qhi = Math.exp(Math.ceil(Math.log(Math.max(hi, 105)) / step) * step);
    const [glo, ghi] = this.priceDomain.fit(s, Math.log(qlo), Math.log(qhi));
    const yP = d3.scaleLog().domain([Math.exp(glo), Math.exp(ghi)]).range([a.top + a.height, a.top]);
    const [, dhi] = extent(this.order.map((x) => s.col(`drawdown.${x}`)), s.length, 0, 0);
    const ddLo = Math.min(-0.05, -Math.abs(dhi) * 1.05);
    const yD = d3.scaleLinear().domain(this.drawdownDomain.fit(s, ddLo, 0)).range([b.top + b.height, b.top]).nice();
    return { a, b, yP, yD, reb };
  });

  protected incremental = true;

  protected paint(p: Painter, L: Layout, s: RunStore, from: number, to: number): void {
    const { a, b, yP, yD, reb } = this.scales(L, s);
    const n = to, x = (i: number) => L.x(i);
    p.clip(L.m.l, a.top, L.iw, a.height);
    for (const id of [...this.order].reverse()) p.path({ stroke: ASSET_COLOR[id], width: 1 }, linePath(reb.get(id)!, from, n, x, yP));
    p.clip(L.m.l, b.top, L.iw, b.height);
    for (const id of [...this.order].reverse()) p.path({ stroke: ASSET_COLOR[id], width: 1 }, linePath(s.col(`drawdown.${id}`), from, n, x, (v) => yD(-Math.abs(v))));
  }

  protected decoKey(L: Layout, s: RunStore): string {
    const { yP, yD } = this.scales(L, s);
    return `${yP.domain()}|${yD.domain()}`;
  }

  protected decorateTime(g: G, L: Layout, s: RunStore): void {
    for (const p of panels(L.m.t, L.ih, [3, 2])) timeAxis(g, L, s.dates, p.top + p.height);
  }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    const { yP, yD } = this.scales(L, s);
    const [d0, d1] = yP.domain() as [number, number];
    const nice = [1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300, 500, 700, 1000, 1500, 2000, 3000, 5000];
    let ticks = nice.filter((t) => t >= d0 && t <= d1);
    if (ticks.length > 7) ticks = ticks.filter((t) => [1, 2, 5].includes(Number(String(t)[0])));
    const scale = yP.copy() as unknown as d3.ScaleContinuousNumeric<number, number>;
    (scale as unknown as { ticks: () => number[] }).ticks = () => ticks;
    yAxis(g, L, scale, (v) => String(+v.toPrecision(3)), { label: 'price index' });
    yAxis(g, L, yD, tick('pct'), { label: 'drawdown from peak' });
  }

  protected tip(i: number, _y: number, s: RunStore): Tip {
    const reb = this.rebase(s);
    return {
      title: dateTitle(s, i),
      rows: this.order.map((id) => ({
        color: ASSET_COLOR[id], label: ASSET_LABEL[id],
        value: `${reb.get(id)![i]!.toFixed(1)} · dd ${fmt(-Math.abs(s.col(`drawdown.${id}`)[i]!), 'pct')}`,
      })),
    };
  }
}
