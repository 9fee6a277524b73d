// Small helpers shared by the charts: extents over recorded rows, legends, panel splits.
import type { RunStore } from '../app/store';
import type { Layout } from './frame';
import { fmt, type Unit } from '../format';
import type { TipRow } from '../ui/tooltip';

export function extent(cols: Float64Array[], to: number, from = 0, pad = 0.05): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const c of cols) for (let i = from; i < to; i++) { const v = c[i]!; if (v < lo) lo = v; if (v > hi) hi = v; }
  if (!Number.isFinite(lo)) return [0, 1];
  if (lo === hi) { lo -= Math.abs(lo) * 0.1 || 1; hi += Math.abs(hi) * 0.1 || 1; }
  const d = (hi - lo) * pad;
  return [lo - d, hi + d];
}

export interface Panel { top: number; height: number }

/** Split the inner height into stacked panels with a gap, by weights. */
export function panels(top: number, height: number, weights: number[], gap = 40): Panel[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const avail = height - gap * (weights.length - 1);
  let y = top;
  return weights.map((w) => { const h = (avail * w) / total; const p = { top: y, height: h }; y += h + gap; return p; });
}

export interface LegendItem { color: string; label: string; dash?: boolean; key?: string }

export function setLegend(el: HTMLElement, items: LegendItem[]): void {
  el.replaceChildren(...items.map((it) => {
    const s = document.createElement('span');
    if (!it.color) { s.className = 'heading'; s.textContent = it.label; return s; }
    s.className = 'item';
    if (it.key) s.dataset.key = it.key;
    const sw = document.createElement('i');
    sw.className = it.dash ? 'sw dash' : 'sw';
    sw.style.setProperty('--c', it.color);
    s.append(sw, document.createTextNode(it.label));
    return s;
  }));
}

export function dateTitle(s: RunStore, i: number): string {
  return `${s.dates[i] ?? ''} · day ${i}`;
}

export function rows(s: RunStore, i: number, specs: Array<{ col: string; label: string; color?: string; unit: Unit }>): TipRow[] {
  return specs.map((p) => ({ color: p.color, label: p.label, value: fmt(s.col(p.col)[i]!, p.unit) }));
}

/**
 * A y domain that, while a run grows day by day, only widens, and then with room to spare: a side
 * that the data overflows moves out by half the span (at least `minRoom`). Every change of
 * domain repaints the whole canvas and rebuilds the axes, so a domain that followed the data
 * exactly would do that every few days; this one changes a handful of times per run. A run that has
 * ended, a new run, or stepping back gives the tight domain again, so a finished run looks the same
 * whether it was played or opened at its end.
 */
export class GrowingDomain {
  private store: RunStore | null = null;
  private epoch = -1;
  private key = '';
  private lo = 0;
  private hi = 0;

  constructor(private readonly room = 0.5, private readonly minRoom = 0) {}

  fit(s: RunStore, lo: number, hi: number, key = ''): [number, number] {
    if (s.done || s.length === 0 || !(lo <= hi)) { this.store = null; return [lo, hi]; }
    if (s !== this.store || s.epoch !== this.epoch || key !== this.key) {
      this.store = s; this.epoch = s.epoch; this.key = key; this.lo = lo; this.hi = hi;
      return [lo, hi];
    }
    if (lo >= this.lo && hi <= this.hi) return [this.lo, this.hi];
    const grow = Math.max(this.minRoom, this.room * (Math.max(hi, this.hi) - Math.min(lo, this.lo)));
    if (lo < this.lo) this.lo = lo - grow;
    if (hi > this.hi) this.hi = hi + grow;
    return [this.lo, this.hi];
  }
}

/**
 * f, remembered for the last layout and store state: a chart's scales are asked for by its keys,
 * its paint and its decoration in the same draw, and each time they scan every recorded day.
 */
export function memoPerDraw<T>(f: (L: Layout, s: RunStore) => T): (L: Layout, s: RunStore) => T {
  let last: { L: Layout; s: RunStore; version: number; epoch: number; done: boolean; value: T } | null = null;
  return (L, s) => {
    if (last && last.L === L && last.s === s && last.version === s.version && last.epoch === s.epoch && last.done === s.done) return last.value;
    const value = f(L, s);
    last = { L, s, version: s.version, epoch: s.epoch, done: s.done, value };
    return value;
  };
}
