// Chart export: a standalone vector SVG (title, marks as paths, axes, the legend as drawn under the
// chart, and a footer naming the run, model version and export date, so a file found later says
// what it shows), and a PNG rendered from it at 2×.
import type { Layout } from './frame';

const NS = 'http://www.w3.org/2000/svg';

/** What an exported image says about its run (set by the page: scenario, seed, overrides, version). */
export interface ExportInfo { run: string; version: string }

export interface LegendItem { color: string; label: string; dash: boolean; heading: boolean }

/** The legend as drawn under a chart: swatches with labels, headings, and any story text. */
export function legendItems(legendEl: HTMLElement): LegendItem[] {
  const out: LegendItem[] = [];
  for (const el of legendEl.querySelectorAll<HTMLElement>('.item, .heading, .story')) {
    const sw = el.querySelector<HTMLElement>('.sw');
    out.push({ color: sw?.style.getPropertyValue('--c') ?? '', label: el.textContent ?? '', dash: Boolean(sw?.classList.contains('dash')), heading: el.classList.contains('heading') });
  }
  return out;
}

export interface ExportSpec {
  title: string;
  L: Layout;
  legend: LegendItem[];
  info: ExportInfo | null;
  /** Paint the chart's marks into this group (as SVG paths). */
  marks: (g: SVGGElement) => void;
  /** Draw the chart's axes, labels and annotations into this group. */
  decorate: (g: SVGGElement) => void;
}

export function exportSvg({ title, L, legend: legendIn, info, marks: paintMarks, decorate }: ExportSpec): string {
  const mk = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string) => {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    return el;
  };
  // Legend rows: items flow left to right and wrap at the chart's width (about 6.2 px per character).
  const legend = mk('g');
  let lx = 8, ly = 0;
  // A long text (a cascade's story) is broken into lines that fit the width.
  const perLine = Math.max(20, Math.floor((L.w - 40) / 6.2));
  const items = legendIn.flatMap((it) => {
    if (it.label.length <= perLine) return [it];
    const lines: string[] = [];
    let cur = '';
    for (const word of it.label.split(' ')) { if ((cur + ' ' + word).length > perLine && cur) { lines.push(cur); cur = word; } else cur = cur ? `${cur} ${word}` : word; }
    if (cur) lines.push(cur);
    return lines.map((label, k) => ({ ...it, label, color: k > 0 ? '' : it.color, wrap: true }));
  });
  for (const it of items) {
    const swatch = !it.heading && it.color !== '';
    const w = (swatch ? 20 : 0) + it.label.length * 6.2 + 14;
    if ('wrap' in it && lx > 8) { lx = 8; ly += 16; }
    if (lx + w > L.w - 8 && lx > 8) { lx = 8; ly += 16; }
    if (!swatch) legend.append(mk('text', { x: lx, y: ly + 11, ...(it.heading ? { class: 'heading' } : {}) }, it.label));
    else {
      legend.append(it.dash ? mk('line', { x1: lx, x2: lx + 14, y1: ly + 7, y2: ly + 7, stroke: it.color, 'stroke-width': 2, 'stroke-dasharray': '4 2' })
        : mk('rect', { x: lx, y: ly + 2, width: 14, height: 10, rx: 2, fill: it.color }));
      legend.append(mk('text', { x: lx + 20, y: ly + 11 }, it.label));
    }
    lx += w;
  }
  const legendH = items.length ? ly + 22 : 0;
  const footer = `crowdout ${info?.version ?? ''} · ${info?.run ?? ''} · exported ${new Date().toISOString().slice(0, 10)}`.replace(/ · ·/g, ' ·');
  const top = 24, H = top + L.h + legendH + 22;
  const svg = mk('svg', { xmlns: NS, viewBox: `0 0 ${L.w} ${H}`, width: L.w, height: H });
  svg.append(mk('style', {}, EXPORT_CSS), mk('rect', { width: '100%', height: '100%', fill: '#fff' }),
    mk('text', { x: 8, y: 16, class: 'title' }, title));
  const body = mk('g', { transform: `translate(0,${top})` });
  const marks = mk('g');
  paintMarks(marks);
  const deco = mk('g');
  decorate(deco);
  body.append(marks, deco);
  legend.setAttribute('transform', `translate(0,${top + L.h + 4})`);
  svg.append(body, legend, mk('text', { x: 8, y: H - 8, class: 'footer' }, footer));
  return new XMLSerializer().serializeToString(svg);
}

/** PNG at 2× from an exported SVG (so the file matches what the SVG export shows). */
export async function svgToPng(text: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width * 2; c.height = img.height * 2;
    const ctx = c.getContext('2d')!;
    ctx.scale(2, 2); ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((res, rej) => c.toBlob((b) => (b ? res(b) : rej(new Error('PNG encoding failed'))), 'image/png'));
  } finally { URL.revokeObjectURL(url); }
}

const EXPORT_CSS = `text{font:11px system-ui,sans-serif;fill:#222}.title{font-weight:600;font-size:13px}
.grid{stroke:#000;stroke-opacity:.08}.axis line{stroke:#444}.axis-label{fill:#555}
.marker line{stroke:#D55E00;stroke-dasharray:4 3}.marker text{fill:#D55E00;font-weight:600}
.ann line{stroke:#555;stroke-dasharray:2 3}.ann text{fill:#555}.sel{fill:none;stroke:#000;stroke-width:2}
.marker.back line{stroke:#009E73}.marker.back text{fill:#007a59}.zero{stroke:#000;stroke-opacity:.35}.heading{font-weight:600}.footer{fill:#555;font-size:10px}`;
