// `npx tsx experiments/validation/forcedSelling.ts [seeds]`: the two checks of Model v2 part 3
// (docs/VALIDATION.md "Forced selling: a calm year and March 2020"), over seeds 1..N:
//   - the baseline's calm 2024: hedge funds' margin-call sales plus redemptions paid, their equity's
//     range against its start, and the largest day of forced (margin + redemption) sales;
//   - dash-for-cash-2020: the 10y over Mar 9–18, broad equity's drawdown Feb 19–Mar 23, the HY
//     spread's widening, forced sales by trigger, official and Fed flows, and the 10y after Mar 18.
// Each row: median [10th–90th percentile] and the seeds inside the target, fixed here before the run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, parseScenarioText, runToEnd } from '../../sim/index';
import type { RunData } from '../../sim/index';

const arg = process.argv[2] ?? '10';
const n = Number(arg);
if (!Number.isInteger(n) || n < 1 || n > 1000) {
  process.stderr.write(`seeds: expected a whole number from 1 to 1000, got "${arg}"\n`);
  process.exit(2);
}
const seeds = Array.from({ length: n }, (_, i) => i + 1);
const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]!; };
const idx = (d: RunData, date: string) => { const i = d.dates.findIndex((x) => x >= date); return i < 0 ? d.dates.length - 1 : i; };
const sum = (d: RunData, col: string, from: string, to: string) => { let v = 0; for (let t = idx(d, from); t < idx(d, to); t++) v += d.columns[col]![t]!; return v; };

interface Row { label: string; unit: string; values: number[]; target?: [number, number]; reference: string }
const fmt = (x: number, unit: string) => (unit === '%' ? `${(100 * x).toFixed(0)}%` : unit === 'bp' ? `${x.toFixed(0)}bp` : unit === 'pp' ? `${x.toFixed(1)}pp` : unit === '×' ? x.toFixed(2) : `$${x.toFixed(2)}T`);
function table(title: string, rows: Row[]): string {
  const out = [`**${title}** (seeds 1–${n})`, '', '| statistic | model median [10–90%] | target (fixed before the run) | seeds inside | reference |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const band = `${fmt(q(r.values, 0.5), r.unit)} [${fmt(q(r.values, 0.1), r.unit)} – ${fmt(q(r.values, 0.9), r.unit)}]`;
    const inside = r.target ? `${r.values.filter((v) => v >= r.target![0] && v <= r.target![1]).length}/${n}` : 'info';
    const tgt = r.target ? `${fmt(r.target[0], r.unit)} to ${fmt(r.target[1], r.unit)}` : '—';
    out.push(`| ${r.label} | ${band} | ${tgt} | ${inside} | ${r.reference} |`);
  }
  return out.join('\n');
}

// Calm 2024.
const calm = seeds.map((s) => runToEnd(loadScenario('baseline'), s, { days: 262 }).data);
const hf0 = (d: RunData) => d.columns['hf.equity']![0]!;
const inYear = (d: RunData) => [idx(d, '2024-01-01'), idx(d, '2025-01-01')] as const;
const extreme = (d: RunData, f: (a: number, b: number) => number, col: string, scale = 1) => { const [a, b] = inYear(d); let v = col === 'hf.equity' ? d.columns[col]![a]! : 0; for (let t = a; t < b; t++) v = f(v, d.columns[col]![t]!); return v / scale; };
const forcedDay = (d: RunData) => { const [a, b] = inYear(d); let m = 0; for (let t = a; t < b; t++) m = Math.max(m, d.columns['forced.margin_call']![t]! + d.columns['forced.redemption']![t]!); return m / 1e12; };
const calmRows: Row[] = [
  { label: 'hedge funds: margin-call sales + redemptions paid, 2024', unit: '$T', target: [0, 0.5], reference: 'HFR: industry net flows 2024 within ±2% of ≈ $4.5T; no prime-broker margin event (recalled, not verified)',
    values: calm.map((d) => (sum(d, 'forced.margin_call', '2024-01-01', '2025-01-01') + sum(d, 'hf.redemptions', '2024-01-01', '2025-01-01')) / 1e12) },
  { label: 'hedge-fund equity, lowest in 2024 / start', unit: '×', target: [0.75, 1.25], reference: 'HFR: industry capital ≈ $4.3T → $4.5T in 2024, steady (recalled, not verified)', values: calm.map((d) => extreme(d, Math.min, 'hf.equity') / hf0(d)) },
  { label: 'hedge-fund equity, highest in 2024 / start', unit: '×', target: [0.75, 1.25], reference: 'as above', values: calm.map((d) => extreme(d, Math.max, 'hf.equity') / hf0(d)) },
  { label: 'largest day of margin + redemption sales, 2024', unit: '$T', target: [0, 0.3], reference: 'no forced-selling day near $0.3T in 2024 (the Aug 5 unwind is the largest candidate)', values: calm.map(forcedDay) },
  { label: 'all redemption sales (hedge funds and mutual funds), 2024', unit: '$T', reference: 'ICI: long-term mutual funds −$0.4T, ETFs +$1.1T net in 2024 (recalled, not verified)', values: calm.map((d) => sum(d, 'forced.redemption', '2024-01-01', '2025-01-01') / 1e12) },
];

// March 2020 (episode file read like check-model does).
const here = fileURLToPath(new URL('.', import.meta.url));
const dashSc = parseScenarioText(readFileSync(`${here}../../scenarios/dash-for-cash-2020.json`, 'utf8'));
const dash = seeds.map((s) => runToEnd(dashSc, s).data);
const y10 = (d: RunData, date: string) => d.columns['rate.treasury10y']![idx(d, date)]!;
const dd = (d: RunData) => { let pk = 0, m = 0; for (let t = idx(d, '2020-02-19'); t <= idx(d, '2020-03-23'); t++) { const p = d.columns['price.broad_equity']![t]!; pk = Math.max(pk, p); m = Math.max(m, 1 - p / pk); } return m; };
const dashRows: Row[] = [
  { label: '10y change, Mar 9–18', unit: 'bp', target: [40, 80], reference: '+64bp (FRED DGS10: 0.54% → 1.18%)', values: dash.map((d) => 1e4 * (y10(d, '2020-03-18') - y10(d, '2020-03-09'))) },
  { label: 'broad equity max drawdown, Feb 19–Mar 23', unit: '%', target: [0.25, 0.4], reference: 'S&P 500 −34%', values: dash.map(dd) },
  { label: 'HY spread change, Feb 19–Mar 23', unit: 'pp', target: [2, 8], reference: '+5.5pp (ICE BofA HY OAS 3.6% → 10.9%, FRED BAMLH0A0HYM2)', values: dash.map((d) => 100 * (d.columns['spread.hy_credit']![idx(d, '2020-03-23')]! - d.columns['spread.hy_credit']![idx(d, '2020-02-19')]!)) },
  { label: 'margin-call sales, Feb 19–Apr 30', unit: '$T', reference: 'hedge funds sold ≈ $0.2–0.3T of Treasuries in March (Barth & Kahn 2021; Vissing-Jorgensen 2021)', values: dash.map((d) => sum(d, 'forced.margin_call', '2020-02-19', '2020-05-01') / 1e12) },
  { label: 'redemption sales (funds and hedge funds), Feb 19–Apr 30', unit: '$T', reference: 'bond and money-market fund outflows, March 2020 (ICI; Falato, Goldstein & Hortaçsu 2021)', values: dash.map((d) => sum(d, 'forced.redemption', '2020-02-19', '2020-05-01') / 1e12) },
  { label: 'foreign official Treasury sales, Feb 19–Apr 30', unit: '$T', reference: '≈ $0.2–0.3T in March (TIC; recalled, not verified)', values: dash.map((d) => sum(d, 'fof.foreign.officialSales', '2020-02-19', '2020-05-01') / 1e12) },
  { label: 'Fed purchases of existing Treasuries, Mar 9–Apr 30', unit: '$T', reference: '> $1T of Treasuries bought (FRBNY; BIS WP 966)', values: dash.map((d) => sum(d, 'fof.fed.secondary', '2020-03-09', '2020-05-01') / 1e12) },
  { label: '10y change, Mar 18–Apr 30 (the reversal)', unit: 'bp', target: [-150, 0], reference: '−54bp (1.18% → 0.64%)', values: dash.map((d) => 1e4 * (y10(d, '2020-04-30') - y10(d, '2020-03-18'))) },
];
process.stdout.write(`${table('The baseline\'s calm 2024', calmRows)}\n\n${table('dash-for-cash-2020 (news only)', dashRows)}\n`);
