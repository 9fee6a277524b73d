// The frame every chart lives in: a canvas for dense marks under an SVG overlay for axes, labels
// and the shared time cursor. Subclasses implement `paint` (marks, via Painter) and `decorate`
// (SVG); the frame handles size, hover, the cursor and when to repaint what, hands the pixels
// (tail repaints, whole repaints in slices) to marksCanvas.ts and PNG/SVG export to exportSvg.ts.
import * as d3 from 'd3';
import type { RunStore } from '../app/store';
import { svgPainter, type Painter } from './painter';
import { MarksCanvas, type PaintMarks } from './marksCanvas';
import { cursor } from '../ui/cursor';
import { showTip, hideTip, type Tip } from '../ui/tooltip';
import { termHelp } from '../ui/glossary';
import { exportSvg, legendItems, svgToPng, type ExportInfo } from './exportSvg';
import type { TermKey } from '../glossary';

export interface Margin { l: number; r: number; t: number; b: number }
export interface Layout {
  w: number; h: number; m: Margin; iw: number; ih: number;
  /** Row index -> x pixel, over the whole run (the axis does not move while playing). */
  x: d3.ScaleLinear<number, number>;
}
export type G = d3.Selection<SVGGElement, unknown, null, undefined>;
export interface ChartOptions { id: string; title: string; note?: string; height: number; margin?: Partial<Margin> }

const NS = 'http://www.w3.org/2000/svg';

/** What an exported image says about its run (set by the page: scenario, seed, overrides, version). */
export type { ExportInfo };
export const exportInfo = { get: (_chart: Chart): ExportInfo | null => null };

/** Set by the Renderer: asks for a redraw pass (a chart whose own state changed calls it at once). */
export const redraw = { request: (): void => {} };

export abstract class Chart {
  readonly el: HTMLElement;
  readonly id: string;
  protected store: RunStore | null = null;
  protected readonly plot: HTMLDivElement;
  private readonly marks = new MarksCanvas();
  /** `paint`, bound once (a new closure every frame would be garbage 30 times a second). */
  private readonly paintMarks: PaintMarks = (p, L, s, from, to) => this.paint(p, L, s, from, to);
  private readonly svg: SVGSVGElement;
  private readonly cursorLine: SVGLineElement;
  private drawnKey = '';
  protected layout: Layout | null = null;
  /** Bump to force a redraw when chart-specific state (a selection, a window) changes. */
  protected stateVersion = 0;
  readonly margin: Margin;

  constructor(parent: HTMLElement, readonly opts: ChartOptions) {
    this.id = opts.id;
    this.margin = { l: 56, r: 16, t: 10, b: 24, ...opts.margin };
    this.el = document.createElement('figure');
    this.el.className = 'chart';
    this.el.id = `chart-${opts.id}`;
    this.el.dataset.drawn = '0';
    const cap = document.createElement('figcaption');
    const h = document.createElement('h3');
    h.textContent = opts.title;
    cap.append(h);
    const tools = document.createElement('span');
    tools.className = 'chart-tools';
    for (const kind of ['PNG', 'SVG'] as const) {
      const b = document.createElement('button');
      b.type = 'button'; b.textContent = kind; b.className = 'small';
      b.setAttribute('aria-label', `Download ${opts.title} as ${kind}`);
      b.dataset.export = kind.toLowerCase();
      b.addEventListener('click', () => this.el.dispatchEvent(new CustomEvent('export', { bubbles: true, detail: { chart: this, kind } })));
      tools.append(b);
    }
    cap.append(tools);
    if (opts.note) { const p = document.createElement('p'); p.className = 'note'; p.textContent = opts.note; cap.append(p); }
    this.plot = document.createElement('div');
    this.plot.className = 'plot';
    this.plot.style.height = `${opts.height}px`;
    this.svg = document.createElementNS(NS, 'svg');
    this.svg.setAttribute('role', 'img');
    this.svg.setAttribute('aria-label', opts.title);
    this.cursorLine = document.createElementNS(NS, 'line');
    this.cursorLine.setAttribute('class', 'cursor');
    this.plot.append(this.marks.canvas, this.svg);
    this.el.append(cap, this.plot);
    this.legend = document.createElement('div');
    this.legend.className = 'legend';
    this.el.append(this.legend);
    parent.append(this.el);
    this.plot.addEventListener('pointermove', (e) => this.onPointer(e));
    // A tap shows the values too (touch has no hover); the tip stays until the next tap elsewhere.
    this.plot.addEventListener('pointerdown', (e) => this.onPointer(e));
    this.plot.addEventListener('pointerleave', (e) => { if (e.pointerType === 'touch') return; cursor.set(null); hideTip(); });
    this.plot.addEventListener('click', (e) => this.onClick(this.localX(e), this.localY(e)));
    cursor.listen((i) => this.moveCursor(i));
    // The plot's size, kept from the resize observer: reading clientWidth in every draw would force a
    // style and layout pass in the middle of the frame whenever anything else on the page changed.
    new ResizeObserver(() => { this.size = { w: this.plot.clientWidth, h: this.plot.clientHeight }; redraw.request(); }).observe(this.plot);
  }
  private size: { w: number; h: number } | null = null;
  protected readonly legend: HTMLDivElement;

  setStore(store: RunStore | null): void { this.store = store; this.drawnKey = ''; this.decoDrawn = ''; this.timeDrawn = ''; this.marks.reset(); this.onStore(); }
  protected onStore(): void {}
  /** Explain terms the chart uses: a "?" for each, after its note. */
  explain(...keys: TermKey[]): void {
    let note = this.el.querySelector('figcaption .note');
    if (!note) { note = document.createElement('p'); note.className = 'note'; this.el.querySelector('figcaption')!.append(note); }
    note.append(' Terms:', ...keys.map((k) => termHelp(k, true)));
  }
  invalidate(): void { this.stateVersion++; redraw.request(); }

  /**
   * Marks (canvas and SVG export). `from` is the first row worth painting: 0 for a whole paint; when
   * the chart is `incremental` and only new days arrived, the frame clips to the canvas's unfinished
   * right-hand part and passes a row just left of it, so the chart paints a few rows instead of all.
   * `to` is one past the last row to paint: the store's length, except while a whole repaint is
   * painted slice by slice (marksCanvas.ts). Charts that are not `incremental` may ignore both.
   */
  protected abstract paint(p: Painter, L: Layout, s: RunStore, from: number, to: number): void;
  /**
   * Set by charts whose marks only grow to the right as days arrive (lines, areas, spans): while
   * their scales (`decoKey`) stay the same, a new chunk repaints only the canvas right of the last
   * finished pixel column. What is painted matches a whole repaint (same paths, same order,
   * clipped at a whole device pixel; Skia antialiases a few edge pixels of long lines a little
   * differently), at a cost that does not grow with the run.
   */
  protected incremental = false;
  /** Whether the last draw repainted only the tail (read by the Renderer's statistics). */
  get lastDrawWasTail(): boolean { return this.marks.lastWasTail; }
  /** Whether a whole repaint is still being painted in slices (the Renderer comes back next frame). */
  get repainting(): boolean { return this.marks.repainting; }
  /** Axes, labels and annotations (SVG). */
  protected abstract decorate(g: G, L: Layout, s: RunStore): void;
  /**
   * The time axes (SVG), in a group of their own: they depend on the size and the dates only, so a
   * new y scale while playing rebuilds the y axes and labels but not a hundred month ticks.
   */
  protected decorateTime(_g: G, _L: Layout, _s: RunStore): void {}
  private timeDrawn = '';
  /** Tooltip for row i at local y (null hides). */
  protected tip(_i: number, _y: number, _s: RunStore): Tip | null { return null; }
  protected onClick(_x: number, _y: number): void {}
  private decoDrawn = '';
  /** What `decorate` depends on (scale domains, markers); by default everything the marks depend on. */
  protected decoKey(_L: Layout, s: RunStore): string { return this.dataKey(s); }
  /**
   * For an `incremental` chart: what its marks depend on besides the days themselves (a change
   * repaints the canvas whole). By default the decoration key; a chart whose decoration also shows
   * things drawn only at the tail (a marker on the newest day) can leave those out.
   */
  protected paintKey(_L: Layout, _s: RunStore, decoKey: string): string { return decoKey; }
  /** What the drawing depends on in the store (redraw when it changes). */
  protected dataKey(s: RunStore): string { return String(s.version); }
  /** Rows on the x axis: the whole run by default. */
  protected xRows(s: RunStore): number { return s.dates.length; }

  /**
   * Redraw if the data, size or chart state changed. Returns true if it drew. With a time budget
   * (ms; the Renderer passes what is left of its frame), an `incremental` chart that needs a whole
   * repaint paints it in slices off the page, within the budget, and shows it when it has caught
   * up with the data; without one (tests, exports) everything is painted at once.
   */
  draw(budgetMs = Infinity): boolean {
    const s = this.store;
    const w = this.size?.w ?? this.plot.clientWidth, h = this.size?.h ?? this.plot.clientHeight;
    if (!s || w === 0 || h === 0) return false;
    const key = `${this.dataKey(s)}:${w}x${h}:${this.stateVersion}`;
    if (key === this.drawnKey && !this.marks.repainting) return false;
    this.drawnKey = key;
    const dpr = window.devicePixelRatio || 1;
    const L = this.makeLayout(w, h, s);
    this.layout = L;
    const empty = s.length === 0 && this.usesTimeCursor;
    const deco = empty ? '' : this.decoKey(L, s);
    const pk = this.incremental && !empty ? `${w}x${h}@${dpr}:${this.stateVersion}:${this.paintKey(L, s, deco)}` : null;
    // A whole repaint still in slices: the last picture and its axes stay until it is done.
    if (!this.marks.paint(pk, L, s, dpr, budgetMs, empty ? null : this.paintMarks)) return true;
    // Axes and labels only change when the scales do: rebuilding them every frame costs style and
    // layout work, so they are rebuilt only when the chart's decoration key changes.
    // They are drawn at day 0 too (they need only the dates), so pressing play does not build them
    // in the first frame that has data, on top of everything else that frame does.
    const tk = `${w}x${h}:${s.dates.length}`;
    if (tk !== this.timeDrawn) {
      this.timeDrawn = tk;
      const gt = d3.select(this.svg).selectAll<SVGGElement, unknown>('g.deco-time').data([0]).join('g').attr('class', 'deco-time');
      gt.selectChildren().remove();
      this.decorateTime(gt as unknown as G, L, s);
    }
    const busy = document.body.dataset.busy;
    const dk = empty ? `${w}x${h}:empty:${busy ?? ''}` : `${w}x${h}:${this.stateVersion}:${deco}`;
    if (dk !== this.decoDrawn) {
      this.decoDrawn = dk;
      // Only when the size changed: setting them, even to the same values, restyles and relays out
      // every text of the SVG (the time axes' too), not just the decoration rebuilt here.
      const vb = `0 0 ${w} ${h}`;
      if (this.svg.getAttribute('viewBox') !== vb) {
        this.svg.setAttribute('viewBox', vb);
        this.svg.setAttribute('width', String(w)); this.svg.setAttribute('height', String(h));
      }
      const g = d3.select(this.svg).selectAll<SVGGElement, unknown>('g.deco').data([0]).join('g').attr('class', 'deco');
      g.selectChildren().remove();
      if (empty) {
        g.append('text').attr('class', 'empty').attr('x', L.m.l + L.iw / 2).attr('y', L.m.t + L.ih / 2).attr('text-anchor', 'middle')
          .text(busy ? 'Computing the run…' : `Press play (or →) to run ${s.dates[0] ?? ''} – ${s.dates[s.dates.length - 1] ?? ''}`);
      } else this.decorate(g as unknown as G, L, s);
      this.svg.append(this.cursorLine);
      this.moveCursor(cursor.i);
    }
    this.el.dataset.drawn = String(s.length);
    return true;
  }

  private makeLayout(w: number, h: number, s: RunStore): Layout {
    const m = this.margin;
    const iw = Math.max(10, w - m.l - m.r), ih = Math.max(10, h - m.t - m.b);
    const x = d3.scaleLinear().domain([0, Math.max(1, this.xRows(s) - 1)]).range([m.l, m.l + iw]);
    return { w, h, m, iw, ih, x };
  }

  private localX(e: MouseEvent): number { return e.clientX - this.plot.getBoundingClientRect().left; }
  private localY(e: MouseEvent): number { return e.clientY - this.plot.getBoundingClientRect().top; }

  protected rowAt(px: number): number | null {
    const L = this.layout, s = this.store;
    if (!L || !s || s.length === 0) return null;
    const i = Math.round(L.x.invert(px));
    return Math.max(0, Math.min(s.length - 1, i));
  }

  private onPointer(e: PointerEvent): void {
    const i = this.rowAt(this.localX(e));
    cursor.set(i);
    const tip = i === null || !this.store ? null : this.tip(i, this.localY(e), this.store);
    if (tip) showTip(tip, e.clientX, e.clientY); else hideTip();
  }

  private moveCursor(i: number | null): void {
    const L = this.layout;
    if (i === null || !L || !this.usesTimeCursor) { this.cursorLine.setAttribute('visibility', 'hidden'); return; }
    const x = L.x(i);
    this.cursorLine.setAttribute('visibility', 'visible');
    for (const [k, v] of [['x1', x], ['x2', x], ['y1', L.m.t], ['y2', L.h - L.m.b]] as const) this.cursorLine.setAttribute(k, String(v));
  }
  protected usesTimeCursor = true;

  /**
   * A standalone vector SVG of the chart (marks as paths, not a bitmap) with its title, legend, and
   * a footer naming the scenario, seed, overrides, model version and export date (exportSvg.ts).
   */
  toSvg(): string {
    const L = this.layout, s = this.store;
    if (!L || !s) return '';
    return exportSvg({
      title: this.opts.title, L, legend: legendItems(this.legend), info: exportInfo.get(this),
      marks: (g) => { const pp = svgPainter(g); this.paint(pp, L, s, 0, s.length); pp.unclip(); },
      decorate: (g) => { this.decorateTime(d3.select(g) as unknown as G, L, s); this.decorate(d3.select(g) as unknown as G, L, s); },
    });
  }

  /** PNG at 2× from the vector SVG (so the file matches what the SVG export shows). */
  async toPng(): Promise<Blob> { return svgToPng(this.toSvg()); }
}
