// Grouped bar charts with interval whiskers (Sobol and PAWN indices), in the look of svg.ts.
import { scaleLinear } from 'd3-scale';
import { esc, fmt, PALETTE, r1, type ChartOptions } from './svg';

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
