// Small self-contained SVG charts for the validation report and `analyze --plots`: strings built
// directly (no DOM), with d3-scale for axes and d3-shape for paths. Coordinates are rounded to
// keep files small.
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';

export interface Series {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  color?: string;
  /** 'line' (default), 'stem' (vertical bars from 0, for ACFs), 'step' (histogram outline) or 'points' (labelled dots). */
  kind?: 'line' | 'stem' | 'step' | 'points';
  dashed?: boolean;
  /** A shaded band from lo to hi behind the series (an interval or envelope). */
  band?: { lo: ArrayLike<number>; hi: ArrayLike<number>; opacity?: number };
  /** 'points' only: a label next to each point. */
  labels?: readonly string[];
}

export interface ChartOptions {
  title: string;
  xLabel?: string;
  yLabel?: string;
  width?: number;
  height?: number;
  /** Log scale on y (values ≤ 0 are dropped). */
  logY?: boolean;
  /** Horizontal reference lines, e.g. the ±1.96/√n band of an ACF. */
  hlines?: { y: number; color?: string; dashed?: boolean }[];
  /** Force the y domain. */
  yDomain?: [number, number];
  /** Tick labels on x as dates: index → label. */
  xTickFormat?: (v: number) => string;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();
const fmt = (v: number): string => {
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1e4 || a < 1e-3) return v.toExponential(0);
  return Number(v.toPrecision(3)).toString();
};

/** A chart with one or more series, axes, legend and optional reference lines. */
export function chart(series: Series[], opts: ChartOptions): string {
  const W = opts.width ?? 560, H = opts.height ?? 300;
  const m = { l: 56, r: 12, t: 28, b: 40 };
  let xmin = Infinity, xmax = -Infinity, ymin = Infinity, ymax = -Infinity;
  for (const s of series) {
    for (let i = 0; i < Math.min(s.x.length, s.y.length); i++) {
      const x = s.x[i]!, y = s.y[i]!;
      if (!Number.isFinite(x) || !Number.isFinite(y) || (opts.logY && y <= 0)) continue;
      xmin = Math.min(xmin, x); xmax = Math.max(xmax, x);
      ymin = Math.min(ymin, y); ymax = Math.max(ymax, y);
    }
    if (s.band) for (let i = 0; i < s.x.length; i++) for (const v of [s.band.lo[i]!, s.band.hi[i]!]) {
      if (Number.isFinite(v) && !(opts.logY && v <= 0)) { ymin = Math.min(ymin, v); ymax = Math.max(ymax, v); }
    }
  }
  for (const h of opts.hlines ?? []) { ymin = Math.min(ymin, h.y); ymax = Math.max(ymax, h.y); }
  if (!Number.isFinite(xmin)) { xmin = 0; xmax = 1; ymin = 0; ymax = 1; }
  if (series.some((s) => s.kind === 'stem') && !opts.logY) { ymin = Math.min(ymin, 0); ymax = Math.max(ymax, 0); }
  if (opts.yDomain) [ymin, ymax] = opts.yDomain;
  if (ymin === ymax) { ymin -= 1; ymax += 1; }
  if (series.some((s) => s.kind === 'points')) { // room for the dots and their labels inside the clip
    const dx = (xmax - xmin || 1) * 0.08, dy = (ymax - ymin) * 0.08;
    xmin -= dx; xmax += 2 * dx; if (!opts.yDomain) { ymin -= dy; ymax += dy; }
  }
  const x = scaleLinear().domain([xmin, xmax]).range([m.l, W - m.r]);
  const y: ScaleContinuousNumeric<number, number> = (opts.logY ? scaleLog() : scaleLinear())
    .domain([ymin, ymax]).range([H - m.b, m.t]).nice();
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  parts.push(`<text x="${W / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${esc(opts.title)}</text>`);
  // Axes and ticks.
  const [y0, y1] = y.range() as [number, number];
  parts.push(`<line x1="${m.l}" y1="${y0}" x2="${W - m.r}" y2="${y0}" stroke="#333"/><line x1="${m.l}" y1="${y0}" x2="${m.l}" y2="${y1}" stroke="#333"/>`);
  for (const t of x.ticks(6)) {
    const label = opts.xTickFormat ? opts.xTickFormat(t) : fmt(t);
    parts.push(`<line x1="${r1(x(t))}" y1="${y0}" x2="${r1(x(t))}" y2="${y0 + 4}" stroke="#333"/><text x="${r1(x(t))}" y="${y0 + 15}" text-anchor="middle">${esc(label)}</text>`);
  }
  const yt = opts.logY ? y.ticks(5).filter((_, i, a) => a.length <= 8 || i % Math.ceil(a.length / 6) === 0) : y.ticks(5);
  for (const t of yt) {
    parts.push(`<line x1="${m.l - 4}" y1="${r1(y(t))}" x2="${W - m.r}" y2="${r1(y(t))}" stroke="#eee"/><text x="${m.l - 6}" y="${r1(y(t) + 4)}" text-anchor="end">${fmt(t)}</text>`);
  }
  if (opts.xLabel) parts.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 6}" text-anchor="middle">${esc(opts.xLabel)}</text>`);
  if (opts.yLabel) parts.push(`<text transform="translate(12 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">${esc(opts.yLabel)}</text>`);
  for (const h of opts.hlines ?? []) {
    parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${r1(y(h.y))}" y2="${r1(y(h.y))}" stroke="${h.color ?? '#888'}"${h.dashed === false ? '' : ' stroke-dasharray="4 3"'}/>`);
  }
  // Series, clipped to the plot area; the legend goes on top on a translucent box.
  parts.push(`<clipPath id="plot"><rect x="${m.l}" y="${m.t}" width="${W - m.l - m.r}" height="${H - m.t - m.b}"/></clipPath><g clip-path="url(#plot)">`);
  const legend: string[] = [`<rect x="${W - m.r - 156}" y="${m.t}" width="152" height="${series.length * 14 + 8}" fill="#fff" fill-opacity="0.8"/>`];
  series.forEach((s, si) => {
    const color = s.color ?? PALETTE[si % PALETTE.length]!;
    const pts: [number, number][] = [];
    for (let i = 0; i < Math.min(s.x.length, s.y.length); i++) {
      const xv = s.x[i]!, yv = s.y[i]!;
      if (Number.isFinite(xv) && Number.isFinite(yv) && !(opts.logY && yv <= 0)) pts.push([x(xv), y(yv)]);
    }
    const dash = s.dashed ? ' stroke-dasharray="5 3"' : '';
    if (s.band) {
      const up: string[] = [], down: string[] = [];
      for (let i = 0; i < s.x.length; i++) {
        const xv = s.x[i]!, lo = s.band.lo[i]!, hi = s.band.hi[i]!;
        if (!Number.isFinite(xv) || !Number.isFinite(lo) || !Number.isFinite(hi)) continue;
        up.push(`${r1(x(xv))} ${r1(y(hi))}`); down.unshift(`${r1(x(xv))} ${r1(y(lo))}`);
      }
      if (up.length) parts.push(`<path d="M${[...up, ...down].join('L')}Z" fill="${color}" fill-opacity="${s.band.opacity ?? 0.18}" stroke="none"/>`);
    }
    if (s.kind === 'points') {
      pts.forEach(([px, py], i) => {
        parts.push(`<circle cx="${r1(px)}" cy="${r1(py)}" r="3.5" fill="${color}"/>`);
        const label = s.labels?.[i];
        if (label) parts.push(`<text x="${r1(px + 5)}" y="${r1(py - 4)}" font-size="10">${esc(label)}</text>`);
      });
    } else if (s.kind === 'stem') {
      const base = y(opts.logY ? ymin : 0);
      const d = pts.map(([px, py]) => `M${r1(px)} ${r1(base)}V${r1(py)}`).join('');
      parts.push(`<path d="${d}" stroke="${color}" stroke-width="2" fill="none"${dash}/>`);
    } else {
      const gen = line<[number, number]>().x((p) => Math.round(p[0] * 10) / 10).y((p) => Math.round(p[1] * 10) / 10);
      const d = s.kind === 'step' ? stepPath(pts) : gen(pts) ?? '';
      parts.push(`<path d="${d}" stroke="${color}" stroke-width="1.5" fill="none"${dash}/>`);
    }
    legend.push(`<rect x="${W - m.r - 150}" y="${m.t + 6 + si * 14}" width="10" height="3" fill="${color}"/><text x="${W - m.r - 136}" y="${m.t + 11 + si * 14}">${esc(s.name)}</text>`);
  });
  parts.push('</g>', ...legend, '</svg>');
  return parts.join('\n');
}

export interface Bars { name: string; values: readonly number[]; lo?: readonly number[]; hi?: readonly number[]; color?: string }

/** Grouped vertical bars (one group per category, one bar per series) with optional interval whiskers. */
export function barChart(categories: readonly string[], bars: readonly Bars[], opts: ChartOptions): string {
  const W = opts.width ?? Math.max(560, 80 + categories.length * (24 * bars.length + 24)), H = opts.height ?? 300;
  const m = { l: 56, r: 12, t: 28, b: 64 };
  const all = bars.flatMap((b) => [...b.values, ...(b.lo ?? []), ...(b.hi ?? [])]).filter(Number.isFinite);
  let [ymin, ymax] = opts.yDomain ?? [Math.min(0, ...all), Math.max(0, ...all)];
  if (ymin === ymax) { ymin -= 1; ymax += 1; }
  const y = scaleLinear().domain([ymin, ymax]).range([H - m.b, m.t]).nice();
  const band = (W - m.l - m.r) / Math.max(1, categories.length), bw = Math.min(28, (band * 0.8) / Math.max(1, bars.length));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  parts.push(`<text x="${W / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${esc(opts.title)}</text>`);
  for (const t of y.ticks(5)) parts.push(`<line x1="${m.l - 4}" y1="${r1(y(t))}" x2="${W - m.r}" y2="${r1(y(t))}" stroke="#eee"/><text x="${m.l - 6}" y="${r1(y(t) + 4)}" text-anchor="end">${fmt(t)}</text>`);
  for (const h of opts.hlines ?? []) parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${r1(y(h.y))}" y2="${r1(y(h.y))}" stroke="${h.color ?? '#888'}"${h.dashed === false ? '' : ' stroke-dasharray="4 3"'}/>`);
  const zero = y(Math.max(y.domain()[0]!, Math.min(0, y.domain()[1]!)));
  parts.push(`<line x1="${m.l}" y1="${r1(zero)}" x2="${W - m.r}" y2="${r1(zero)}" stroke="#333"/><line x1="${m.l}" y1="${H - m.b}" x2="${m.l}" y2="${m.t}" stroke="#333"/>`);
  categories.forEach((c, ci) => {
    const x0 = m.l + ci * band + (band - bw * bars.length) / 2;
    bars.forEach((b, bi) => {
      const v = b.values[ci]!, color = b.color ?? PALETTE[bi % PALETTE.length]!, bx = x0 + bi * bw;
      if (Number.isFinite(v)) parts.push(`<rect x="${r1(bx + 1)}" y="${r1(Math.min(y(v), zero))}" width="${r1(bw - 2)}" height="${r1(Math.abs(y(v) - zero))}" fill="${color}" fill-opacity="0.75"/>`);
      const lo = b.lo?.[ci], hi = b.hi?.[ci];
      if (lo !== undefined && hi !== undefined && Number.isFinite(lo) && Number.isFinite(hi)) {
        const cx = r1(bx + bw / 2);
        parts.push(`<path d="M${cx} ${r1(y(lo))}V${r1(y(hi))}M${r1(bx + bw / 2 - 3)} ${r1(y(lo))}h6M${r1(bx + bw / 2 - 3)} ${r1(y(hi))}h6" stroke="#333" fill="none"/>`);
      }
    });
    const lx = m.l + ci * band + band / 2;
    parts.push(`<text transform="translate(${r1(lx)} ${H - m.b + 12}) rotate(20)" font-size="10">${esc(c)}</text>`);
  });
  if (opts.yLabel) parts.push(`<text transform="translate(12 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">${esc(opts.yLabel)}</text>`);
  bars.forEach((b, bi) => {
    const color = b.color ?? PALETTE[bi % PALETTE.length]!;
    parts.push(`<rect x="${W - m.r - 150}" y="${m.t + 6 + bi * 14}" width="10" height="8" fill="${color}" fill-opacity="0.75"/><text x="${W - m.r - 136}" y="${m.t + 14 + bi * 14}">${esc(b.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function stepPath(pts: [number, number][]): string {
  if (pts.length === 0) return '';
  let d = `M${r1(pts[0]![0])} ${r1(pts[0]![1])}`;
  for (let i = 1; i < pts.length; i++) d += `H${r1(pts[i]![0])}V${r1(pts[i]![1])}`;
  return d;
}

/** Histogram density of x on `bins` equal bins over [lo, hi); values outside are counted in n but not drawn. */
export function histogramDensity(x: ArrayLike<number>, bins: number, lo: number, hi: number): { mid: number[]; density: number[] } {
  const w = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    n++;
    const b = Math.floor((v - lo) / w);
    if (b >= 0 && b < bins) counts[b]!++;
  }
  return { mid: counts.map((_, i) => lo + (i + 0.5) * w), density: counts.map((c) => c / (n * w)) };
}
