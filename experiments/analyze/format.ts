// Fixed-width text tables for the terminal.
import type { Column } from '../io/tables';

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(3) : v.toFixed(4);
};

export function formatTable(cols: readonly Column[]): string {
  const n = cols[0]?.values.length ?? 0;
  const text = cols.map((c) => [c.name, ...c.values.map(cell)]);
  const width = text.map((t) => Math.max(...t.map((s) => s.length)));
  const line = (i: number) => text.map((t, j) => (cols[j]!.kind === 'STRING' ? t[i]!.padEnd(width[j]!) : t[i]!.padStart(width[j]!))).join('  ');
  return [line(0), width.map((w) => '-'.repeat(w)).join('  '), ...Array.from({ length: n }, (_, i) => line(i + 1))].join('\n');
}

/** The same table as GitHub-flavoured Markdown (for papers, notes and READMEs). */
export function formatMarkdown(cols: readonly Column[], digits = 3): string {
  const n = cols[0]?.values.length ?? 0;
  const fmt = (v: unknown): string => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return cell(v);
    const a = Math.abs(v);
    if (Number.isInteger(v) && a < 1e6) return String(v);
    return a !== 0 && (a < 10 ** -digits || a >= 1e6) ? v.toExponential(2) : v.toFixed(digits);
  };
  const rows = [cols.map((c) => c.name), cols.map((c) => (c.kind === 'STRING' ? '---' : '---:'))];
  for (let i = 0; i < n; i++) rows.push(cols.map((c) => fmt(c.values[i])));
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * Summary tables read better with `mean ± sd` in one cell and one `n` column: the number of
 * replicates with a value. When a metric has fewer (it was missing in some runs), its cell says so,
 * `12.3 ± 4.5 (n=2)`, so every n shown matches summary.csv.
 */
export function compactSummary(cols: readonly Column[], digits = 3): Column[] {
  const names = new Set(cols.map((c) => c.name));
  const n = cols[0]?.values.length ?? 0;
  const out: Column[] = [];
  const ns: Column[] = [];
  const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
  const fmt = (v: number): string => {
    const a = Math.abs(v);
    return !Number.isFinite(v) ? '' : a !== 0 && (a < 10 ** -digits || a >= 1e6) ? v.toExponential(2) : Number.isInteger(v) ? String(v) : v.toFixed(digits);
  };
  for (const c of cols) if (c.name.endsWith('.n') && names.has(`${c.name.slice(0, -2)}.mean`)) ns.push(c);
  const rowN = Array.from({ length: n }, (_, i) => Math.max(...ns.map((c) => num(c.values[i]))));
  for (const c of cols) {
    if (c.name === 'point' || c.name.endsWith('.sd') || ns.includes(c)) continue;
    if (c.name.endsWith('.mean')) {
      const base = c.name.slice(0, -5), sd = cols.find((x) => x.name === `${base}.sd`), nc = cols.find((x) => x.name === `${base}.n`);
      out.push({ name: base, kind: 'STRING', values: c.values.map((v, i) => {
        const m = num(v), s = sd ? num(sd.values[i]) : Number.NaN, k = nc ? num(nc.values[i]) : Number.NaN;
        const text = Number.isFinite(m) ? (Number.isFinite(s) ? `${fmt(m)} ± ${fmt(s)}` : fmt(m)) : '';
        return Number.isFinite(k) && k < rowN[i]! ? `${text}${text ? ' ' : ''}(n=${k})` : text;
      }) });
    } else out.push(c);
  }
  if (ns.length) out.push({ name: 'n', kind: 'INT64', values: rowN });
  return out;
}
