// Where the capex dollar came from: a d3-sankey of the flow of funds summed over a chosen window.
// Right: capex funded by operating cash flow, cash on hand, asset sales and bonds. Middle: who
// bought the new paper (idle money, the central bank, dealers, or holders who sold other assets).
// Left: which classes sold assets to buy it (the crowding out itself).
import { sankey, sankeyLinkHorizontal, sankeyRight, type SankeyGraph } from 'd3-sankey';
import { CLASS_IDS, type ClassId } from '../../sim/ids';
import { CLASS_COLOR, CLASS_LABEL, OKABE_ITO as O } from '../theme';
import { Chart, type G, type Layout } from './frame';
import type { RunStore } from '../app/store';
import { fmt } from '../format';
import { showTip, hideTip } from '../ui/tooltip';

interface N { id: string; label: string; color: string }
interface Lk { source: string; target: string; value: number }
type Graph = SankeyGraph<N, Lk>;

const NODES: Record<string, Omit<N, 'id'>> = {
  realloc: { label: 'Sold other assets', color: O.vermillion },
  idle: { label: 'Idle money', color: O.sky },
  cb: { label: 'Central bank', color: O.black },
  dealer: { label: 'Dealers', color: O.grey },
  paper: { label: 'New paper bought', color: O.blue },
  bonds: { label: 'Hyperscaler bonds', color: O.blue },
  other: { label: 'Treasuries & other paper', color: O.grey },
  ocf: { label: 'Operating cash flow', color: O.green },
  cash: { label: 'Cash on hand', color: O.yellow },
  assetSales: { label: 'Sold Treasuries & assets', color: O.purple },
  capex: { label: 'AI capex', color: O.orange },
};

export type WindowPreset = 'all' | 'before' | 'after' | 'last60';

export class SankeyChart extends Chart {
  protected usesTimeCursor = false;
  private preset: WindowPreset = 'all';
  private readonly select: HTMLSelectElement;
  private readonly rangeText: HTMLSpanElement;

  constructor(parent: HTMLElement) {
    super(parent, {
      id: 'sankey', title: 'Where the capex dollar came from', height: 360, margin: { l: 8, r: 8, t: 8, b: 8 },
      note: 'Flow of funds summed over the window. Read right to left: capex is paid from cash flow, cash, asset sales and bonds; new paper is bought with idle money, by the central bank, by dealers, or by holders who sold other assets (crowding out); the left column shows who sold.',
    });
    const bar = document.createElement('div');
    bar.className = 'window-bar';
    const label = document.createElement('label');
    label.textContent = 'Window ';
    this.select = document.createElement('select');
    this.select.id = 'sankey-window';
    for (const [v, t] of [['all', 'Whole run so far'], ['before', 'Before idle money first ran out'], ['after', 'While idle money was run dry (every spell)'], ['last60', 'Last 60 trading days']]) {
      const o = document.createElement('option'); o.value = v!; o.textContent = t!; this.select.append(o);
    }
    this.select.addEventListener('change', () => { this.preset = this.select.value as WindowPreset; this.invalidate(); });
    label.append(this.select);
    this.rangeText = document.createElement('span');
    this.rangeText.className = 'muted';
    const hint = document.createElement('span');
    hint.className = 'phone-only muted';
    hint.textContent = ' Swipe sideways inside the diagram to see all of it.';
    bar.append(label, this.rangeText, hint);
    this.el.insertBefore(bar, this.plot);
    // On a narrow screen the diagram keeps a readable width and scrolls sideways inside its box.
    const scroll = document.createElement('div');
    scroll.className = 'scroll-x';
    this.el.insertBefore(scroll, this.plot);
    scroll.append(this.plot);
  }

  /** The window as row ranges [from, to): idle money can come back, so "run dry" is every dry spell. */
  windows(s: RunStore): Array<[number, number]> {
    const n = s.length, ex = s.exhaustionDay();
    switch (this.preset) {
      case 'before': return [[0, ex === null ? n : Math.min(n, ex)]];
      case 'after': return s.exhaustedSpans().map(([a, b]) => [a, Math.min(n, b ?? n)] as [number, number]).filter(([a, b]) => b > a);
      case 'last60': return [[Math.max(0, n - 60), n]];
      default: return [[0, n]];
    }
  }

  /** First and last row covered (for the caption). */
  window(s: RunStore): [number, number] {
    const w = this.windows(s);
    return w.length ? [w[0]![0], w[w.length - 1]![1]] : [s.length, s.length];
  }

  graph(s: RunStore): Lk[] {
    const ws = this.windows(s);
    const sum = (c: string) => {
      const col = s.col(c); let v = 0;
      for (const [a, b] of ws) for (let i = a; i < b; i++) { const x = col[i]!; if (Number.isFinite(x)) v += x; }
      return Math.max(0, v);
    };
    const links: Lk[] = [];
    for (const c of CLASS_IDS) links.push({ source: `sell.${c}`, target: 'realloc', value: sum(`fof.sales.${c}`) });
    links.push({ source: 'realloc', target: 'paper', value: sum('fof.paper.realloc') });
    links.push({ source: 'idle', target: 'paper', value: sum('fof.paper.idle') });
    links.push({ source: 'cb', target: 'paper', value: sum('fof.paper.cb') });
    links.push({ source: 'dealer', target: 'paper', value: sum('fof.paper.dealer') });
    const paper = ['realloc', 'idle', 'cb', 'dealer'].reduce((t, k) => t + sum(`fof.paper.${k}`), 0);
    const bonds = sum('fof.capex.bonds');
    links.push({ source: 'paper', target: 'bonds', value: Math.min(bonds, paper) });
    links.push({ source: 'paper', target: 'other', value: Math.max(0, paper - bonds) });
    links.push({ source: 'bonds', target: 'capex', value: bonds });
    for (const k of ['ocf', 'cash', 'assetSales'] as const) links.push({ source: k, target: 'capex', value: sum(`fof.capex.${k}`) });
    const total = links.reduce((t, l) => t + l.value, 0);
    return links.filter((l) => l.value > total * 1e-4);
  }

  protected paint(): void {}
  protected dataKey(s: RunStore): string { return `${JSON.stringify(this.windows(s))}-${s.version}`; }

  protected decorate(g: G, L: Layout, s: RunStore): void {
    const [a, b] = this.window(s);
    const ws = this.windows(s);
    const days = ws.reduce((t, [x, y]) => t + y - x, 0);
    this.rangeText.textContent = b > a
      ? ` ${s.dates[a]} – ${s.dates[b - 1]} (${days} trading days${ws.length > 1 ? ` in ${ws.length} spells` : ''})`
      : ' (empty window)';
    const links = this.graph(s);
    if (links.length === 0) {
      g.append('text').attr('class', 'empty').attr('x', L.w / 2).attr('y', L.h / 2).attr('text-anchor', 'middle')
        .text(b > a ? 'No flows in this window' : 'Nothing in this window yet');
      return;
    }
    const ids = new Set(links.flatMap((l) => [l.source, l.target]));
    const nodes: N[] = [...ids].map((id) => id.startsWith('sell.')
      ? { id, label: CLASS_LABEL[id.slice(5) as ClassId], color: CLASS_COLOR[id.slice(5) as ClassId] }
      : { id, ...NODES[id]! });
    const labelW = Math.min(200, L.iw * 0.24);
    const layout = sankey<N, Lk>().nodeId((d) => d.id).nodeAlign(sankeyRight).nodeWidth(12).nodePadding(14)
      .extent([[L.m.l + labelW, L.m.t + 4], [L.m.l + L.iw - labelW, L.m.t + L.ih - 4]]);
    const G2: Graph = layout({ nodes: nodes.map((d) => ({ ...d })), links: links.map((d) => ({ ...d })) });
    const win = `${s.dates[a]} – ${s.dates[b - 1]}${ws.length > 1 ? ` (${ws.length} spells)` : ''}`;
    const path = sankeyLinkHorizontal<N, Lk>();
    for (const l of G2.links) {
      const src = l.source as unknown as N & { x0: number }, tgt = l.target as unknown as N;
      g.append('path').attr('class', 'link').attr('d', path(l) ?? '').attr('fill', 'none')
        .attr('stroke', src.color).attr('stroke-opacity', 0.35).attr('stroke-width', Math.max(1, l.width ?? 1))
        .on('pointermove', (ev: PointerEvent) => showTip({ title: win, rows: [{ color: src.color, label: `${src.label} → ${tgt.label}`, value: fmt(l.value, 'usd') }] }, ev.clientX, ev.clientY))
        .on('pointerleave', hideTip);
    }
    const firstX = Math.min(...G2.nodes.map((n) => n.x0!));
    for (const n of G2.nodes) {
      const x0 = n.x0!, x1 = n.x1!, y0 = n.y0!, y1 = n.y1!;
      g.append('rect').attr('x', x0).attr('y', y0).attr('width', x1 - x0).attr('height', Math.max(1, y1 - y0)).attr('fill', n.color)
        .on('pointermove', (ev: PointerEvent) => showTip({ title: win, rows: [{ color: n.color, label: n.label, value: fmt(n.value ?? 0, 'usd') }] }, ev.clientX, ev.clientY))
        .on('pointerleave', hideTip);
      const left = x0 <= firstX + 1;
      g.append('text').attr('class', 'node-label').attr('x', left ? x0 - 6 : x1 + 6).attr('y', (y0 + y1) / 2).attr('dy', '0.32em')
        .attr('text-anchor', left ? 'end' : 'start').text(`${n.label} ${fmt(n.value ?? 0, 'usd')}`);
    }
  }
}
