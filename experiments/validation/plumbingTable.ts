// `npx tsx experiments/validation/plumbingTable.ts [seeds]`: the baseline's plumbing beside the
// published series (docs/VALIDATION.md "The water level against the published series"): for each
// quarter-end month, the model's 10–50–90% band over seeds 1..N and the published figure.
import { runToEnd, loadScenario } from '../../sim/index';
import { ON_RRP, RESERVES, TGA, SOFR, IORB } from './history/plumbing';
import type { HistorySeries } from './history/types';

const n = Number(process.argv[2] ?? 10);
const runs = Array.from({ length: n }, (_, i) => runToEnd(loadScenario('baseline'), i + 1).data);
const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]!; };
const at = (h: HistorySeries, month: string) => h.points.find((p) => p.date.startsWith(month))?.value;
const months = ['2024-03', '2024-06', '2024-09', '2024-12', '2025-03', '2025-06', '2025-09', '2025-12'];
const rows: string[] = ['| month | ON RRP model (10–50–90%) | published | reserves model | published | TGA model | published | SOFR − IORB model (bp) | published (monthly mean, bp) |', '|---|---|---|---|---|---|---|---|---|'];
const T = (x: number | undefined) => (x === undefined ? 'n/a' : `$${(x / 1e12).toFixed(2)}T`);
for (const m of months) {
  const idx = (d: { dates: string[] }) => { let i = -1; d.dates.forEach((x, j) => { if (x.startsWith(m)) i = j; }); return i; };
  const band = (col: string, f = (x: number) => x) => { const v = runs.map((d) => f(d.columns[col]![idx(d)]!)); return [q(v, 0.1), q(v, 0.5), q(v, 0.9)]; };
  const fmt = (b: number[]) => b.map((x) => (x / 1e12).toFixed(2)).join(' / ');
  const spread = runs.map((d) => (d.columns['rate.sofr']![idx(d)]! - d.columns['rate.iorb']![idx(d)]!) * 1e4);
  const pubSpread = at(SOFR, m) !== undefined && at(IORB, m) !== undefined ? ((at(SOFR, m)! - at(IORB, m)!) * 100).toFixed(1) : 'n/a';
  rows.push(`| ${m} | ${fmt(band('plumbing.rrp'))} | ${T(at(ON_RRP, m))} | ${fmt(band('plumbing.reserves'))} | ${T(at(RESERVES, m))} | ${fmt(band('plumbing.tga'))} | ${T(at(TGA, m))} | ${[0.1, 0.5, 0.9].map((p) => q(spread, p).toFixed(1)).join(' / ')} | ${pubSpread} |`);
}
process.stdout.write(`${rows.join('\n')}\n`);
