// One drawing interface, two back ends: a canvas (what the page shows, cheap for dense series)
// and an SVG builder (vector export). A chart paints its marks once against `Painter` and gets both.
import { path as d3path } from 'd3';

/** The subset of CanvasPath that both CanvasRenderingContext2D and d3-path implement. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
}

export interface Style { stroke?: string; fill?: string; width?: number; dash?: number[]; alpha?: number }

export interface Painter {
  path(style: Style, build: (p: PathSink) => void): void;
  /** Restrict following marks to a rectangle until `unclip`. */
  clip(x: number, y: number, w: number, h: number): void;
  unclip(): void;
}

export function canvasPainter(ctx: CanvasRenderingContext2D): Painter {
  let clipped = false;
  return {
    path(s, build) {
      ctx.beginPath();
      build(ctx);
      ctx.globalAlpha = s.alpha ?? 1;
      if (s.fill) { ctx.fillStyle = s.fill; ctx.fill(); }
      if (s.stroke) {
        ctx.strokeStyle = s.stroke; ctx.lineWidth = s.width ?? 1; ctx.setLineDash(s.dash ?? []);
        ctx.lineJoin = 'round'; ctx.stroke();
      }
      ctx.globalAlpha = 1;
    },
    clip(x, y, w, h) {
      if (clipped) ctx.restore();
      ctx.save(); ctx.beginPath(); ctx.rect(x, y, w, h); ctx.clip(); clipped = true;
    },
    unclip() { if (clipped) { ctx.restore(); clipped = false; } },
  };
}

const NS = 'http://www.w3.org/2000/svg';

/** Appends one <path> per call into `g` (attributes only, so it also survives serialization). */
export function svgPainter(g: SVGGElement): Painter {
  let target: SVGElement = g;
  let clipN = 0;
  return {
    path(s, build) {
      const p = d3path();
      build(p as unknown as PathSink);
      const d = p.toString();
      if (!d) return;
      const el = document.createElementNS(NS, 'path');
      el.setAttribute('d', d);
      el.setAttribute('fill', s.fill ?? 'none');
      if (s.stroke) {
        el.setAttribute('stroke', s.stroke);
        el.setAttribute('stroke-width', String(s.width ?? 1));
        el.setAttribute('stroke-linejoin', 'round');
        if (s.dash?.length) el.setAttribute('stroke-dasharray', s.dash.join(' '));
      }
      if (s.alpha !== undefined && s.alpha < 1) el.setAttribute('opacity', String(s.alpha));
      target.appendChild(el);
    },
    clip(x, y, w, h) {
      const id = `clip-${Math.random().toString(36).slice(2)}-${clipN++}`;
      const cp = document.createElementNS(NS, 'clipPath');
      cp.setAttribute('id', id);
      const r = document.createElementNS(NS, 'rect');
      r.setAttribute('x', String(x)); r.setAttribute('y', String(y));
      r.setAttribute('width', String(w)); r.setAttribute('height', String(h));
      cp.appendChild(r); g.appendChild(cp);
      const cg = document.createElementNS(NS, 'g');
      cg.setAttribute('clip-path', `url(#${id})`);
      g.appendChild(cg); target = cg;
    },
    unclip() { target = g; },
  };
}

/** Poly-line through (x(i), y(v[i])) for i in [from, to), broken at non-finite values. */
export function linePath(v: Float64Array, from: number, to: number, x: (i: number) => number, y: (v: number) => number) {
  return (p: PathSink) => {
    let pen = false;
    for (let i = from; i < to; i++) {
      const value = v[i]!;
      if (!Number.isFinite(value)) { pen = false; continue; }
      const px = x(i), py = y(value);
      if (pen) p.lineTo(px, py); else { p.moveTo(px, py); pen = true; }
    }
  };
}

/** Closed area between y(lo[i]) and y(hi[i]) (bands, water level). */
export function areaPath(lo: Float64Array | number, hi: Float64Array, from: number, to: number,
  x: (i: number) => number, y: (v: number) => number) {
  return (p: PathSink) => {
    const low = (i: number) => (typeof lo === 'number' ? lo : lo[i]!);
    let start = -1;
    const flush = (end: number) => {
      if (start < 0) return;
      p.moveTo(x(start), y(hi[start]!));
      for (let i = start + 1; i < end; i++) p.lineTo(x(i), y(hi[i]!));
      for (let i = end - 1; i >= start; i--) p.lineTo(x(i), y(low(i)));
      p.closePath();
      start = -1;
    };
    for (let i = from; i < to; i++) {
      const ok = Number.isFinite(hi[i]!) && Number.isFinite(low(i));
      if (ok && start < 0) start = i;
      if (!ok) flush(i);
    }
    flush(to);
  };
}
