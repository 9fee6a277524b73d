// A chart's canvas layer: its marks painted whole, or, for charts whose marks only grow to the
// right as days arrive, only the canvas right of the last finished pixel column (a tail repaint).
// A whole repaint with a time budget is painted in slices into a canvas off the page and swapped
// in when it has caught up with the data, so the page keeps the last finished picture meanwhile.
// frame.ts decides what to paint and when; this file only knows pixels.
import type { RunStore } from '../app/store';
import { canvasPainter, type Painter } from './painter';
import type { Layout } from './frame';

export type PaintMarks = (p: Painter, L: Layout, s: RunStore, from: number, to: number) => void;

/**
 * How far (CSS px) the next day's marks can reach left of the last row's x: half the widest stroke
 * (2.2 px) with its round join, plus a pixel of antialiasing, with room to spare. The tail repaint
 * starts this far left of the last row, and takes its paths from a row further left still.
 */
const TAIL_PAD_PX = 4;
/** A whole repaint painted in slices: each slice aims at this much time, rasterizing included. */
const SLICE_MS = 1.5;
const FIRST_SLICE_ROWS = 128;
/** Fewer rows than this cost about the same (each slice has its own set-up and read-back). */
const MIN_SLICE_ROWS = 64;

/** What a canvas holds: rows 0..rows-1 of `store` (at `epoch`) painted under `key`, final left of `finalDev`. */
interface Painted { store: RunStore; epoch: number; key: string; rows: number; finalDev: number }

/** The first device-pixel column a later day's marks can reach, once rows 0..rows-1 are painted. */
function finalDevAt(L: Layout, rows: number, dpr: number): number {
  return Math.max(0, Math.floor((L.x(Math.max(0, rows - 1)) - TAIL_PAD_PX) * dpr));
}

/**
 * Clip to the columns right of x0 (CSS px) and clear them; returns the first row worth painting:
 * columns left of x0 are final, no later day's marks reach them (see TAIL_PAD_PX).
 */
function clipTail(ctx: CanvasRenderingContext2D, L: Layout, x0: number, w: number, h: number): number {
  ctx.beginPath(); ctx.rect(x0, 0, w - x0, h); ctx.clip();
  ctx.clearRect(x0, 0, w - x0, h);
  return Math.max(0, Math.floor(L.x.invert(x0 - TAIL_PAD_PX)) - 1);
}

export class MarksCanvas {
  readonly canvas = document.createElement('canvas');
  private painted: Painted | null = null;
  /** A whole repaint in progress, painted slice by slice into `backCanvas`. */
  private back: Painted | null = null;
  /** The canvas off the page that whole repaints are painted into (kept: making one costs a few ms). */
  private backCanvas: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null = null;
  /** Rows per slice, adapted to what the last slice cost. */
  private sliceRows = FIRST_SLICE_ROWS;
  /** Whether the last paint repainted only the tail (read by the Renderer's statistics). */
  lastWasTail = false;
  /** Whether a whole repaint is still being painted in slices (the Renderer comes back next frame). */
  get repainting(): boolean { return this.back !== null; }

  /** Forget what is painted (a new store): the next paint is whole. */
  reset(): void { this.painted = null; this.back = null; }

  /**
   * Paint rows up to the store's length at w×h CSS px. `key` names what the marks depend on besides
   * the days (null: the chart is not incremental, so every paint is whole); while it, the store and
   * its epoch stay the same, only the tail is repainted. With a finite budget (ms) a whole repaint
   * of an incremental chart goes in slices off the page; returns false while it has not caught up
   * (the canvas still shows the last finished picture), true once the canvas is current.
   */
  paint(key: string | null, L: Layout, s: RunStore, dpr: number, budgetMs: number, marks: PaintMarks | null): boolean {
    const { w, h } = L;
    if (this.canvas.width !== Math.round(w * dpr) || this.canvas.height !== Math.round(h * dpr)) {
      this.canvas.width = Math.round(w * dpr); this.canvas.height = Math.round(h * dpr);
      this.canvas.style.width = `${w}px`; this.canvas.style.height = `${h}px`;
    }
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const prev = this.painted;
    const tail = key !== null && prev !== null && prev.key === key && prev.store === s && prev.epoch === s.epoch && s.length >= prev.rows;
    this.lastWasTail = tail;
    if (!tail && key !== null && marks && Number.isFinite(budgetMs)) {
      // A whole repaint, in slices off the page: the last picture stays until it is done.
      if (!this.paintSlices(key, L, s, dpr, budgetMs, marks)) return false;
      const b = this.back!;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      ctx.drawImage(this.backCanvas!.canvas, 0, 0);
      ctx.restore();
      this.painted = { store: s, epoch: s.epoch, key, rows: b.rows, finalDev: b.finalDev };
      this.back = null;
      return true;
    }
    this.back = null;
    ctx.save();
    const from = tail ? clipTail(ctx, L, prev.finalDev / dpr, w, h) : (ctx.clearRect(0, 0, w, h), 0);
    const p = canvasPainter(ctx);
    if (marks) marks(p, L, s, from, s.length);
    p.unclip();
    ctx.restore();
    this.painted = key === null ? null : { store: s, epoch: s.epoch, key, rows: s.length, finalDev: finalDevAt(L, s.length, dpr) };
    return true;
  }

  /**
   * Paint a whole repaint into the back canvas, left to right in slices of rows, each exactly as a
   * tail repaint would add them, until the budget is spent or the slices have caught up with the
   * store. Returns whether they have. Each slice is rasterized at once (a one-pixel read): Chromium
   * otherwise records canvas commands and rasterizes them all in the frame's commit, so a whole
   * repaint of the water-level chart cost one frame some 20 ms of CPU however it was split.
   */
  private paintSlices(key: string, L: Layout, s: RunStore, dpr: number, budgetMs: number, marks: PaintMarks): boolean {
    const bc = this.backCanvas ??= (() => {
      const canvas = document.createElement('canvas');
      return { canvas, ctx: canvas.getContext('2d', { willReadFrequently: true })! };
    })();
    let b = this.back;
    if (!b || b.key !== key || b.store !== s || b.epoch !== s.epoch || s.length < b.rows
      || bc.canvas.width !== this.canvas.width || bc.canvas.height !== this.canvas.height) {
      if (bc.canvas.width !== this.canvas.width || bc.canvas.height !== this.canvas.height) {
        bc.canvas.width = this.canvas.width; bc.canvas.height = this.canvas.height;
      }
      bc.ctx.setTransform(1, 0, 0, 1, 0, 0);
      bc.ctx.clearRect(0, 0, bc.canvas.width, bc.canvas.height);
      b = this.back = { store: s, epoch: s.epoch, key, rows: 0, finalDev: 0 };
    }
    const t0 = performance.now();
    while (b.rows < s.length) {
      const a = performance.now();
      const to = Math.min(s.length, b.rows + this.sliceRows);
      const ctx = bc.ctx;
      ctx.save();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const from = b.rows > 0 ? clipTail(ctx, L, b.finalDev / dpr, L.w, L.h) : 0;
      const p = canvasPainter(ctx);
      marks(p, L, s, from, to);
      p.unclip();
      ctx.restore();
      ctx.getImageData(0, 0, 1, 1);
      b.rows = to;
      b.finalDev = finalDevAt(L, to, dpr);
      const ms = performance.now() - a;
      // Size the next slice to take about SLICE_MS, from what this one cost per row.
      this.sliceRows = Math.max(MIN_SLICE_ROWS, Math.min(4096, Math.round(this.sliceRows * Math.min(2, SLICE_MS / Math.max(0.05, ms)))));
      if (performance.now() - t0 >= budgetMs) break;
    }
    return b.rows >= s.length;
  }
}
