// The validation table in three forms: a fixed-width text table for the terminal, JSON and CSV.

export interface TargetResult {
  id: string;
  group: 'stylized' | 'episode' | 'accounting';
  fact: string;
  subject: string;
  statistic: string;
  /** One value per seed (NaN when the statistic could not be computed). */
  values: number[];
  mean: number;
  min: number;
  max: number;
  reference: string;
  source: string;
  /** null: reported for information, no pass/fail. */
  pass: boolean | null;
}

export function summarize(values: number[]): { mean: number; min: number; max: number } {
  const ok = values.filter((v) => Number.isFinite(v));
  if (ok.length === 0) return { mean: NaN, min: NaN, max: NaN };
  let s = 0;
  for (const v of ok) s += v;
  return { mean: s / ok.length, min: Math.min(...ok), max: Math.max(...ok) };
}

/** Compact number for tables: 3 significant digits, exponent for tiny/huge values. */
export function fmt(v: number): string {
  if (Number.isNaN(v)) return 'n/a';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(2);
  return Number(v.toPrecision(3)).toString();
}

const verdict = (p: boolean | null): string => (p === null ? 'info' : p ? 'PASS' : 'FAIL');

/** Fixed-width table for the terminal. */
export function textTable(rows: TargetResult[]): string {
  const head = ['target', 'statistic', 'model mean [min, max]', 'reference', 'source', 'result'];
  const body = rows.map((r) => [
    `${r.subject}: ${r.fact}`,
    r.statistic,
    `${fmt(r.mean)} [${fmt(r.min)}, ${fmt(r.max)}]`,
    r.reference,
    r.source,
    verdict(r.pass),
  ]);
  const caps = [44, 44, 30, 34, 30, 6];
  const widths = head.map((h, i) => Math.min(caps[i]!, Math.max(h.length, ...body.map((b) => b[i]!.length))));
  const cut = (s: string, w: number): string => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]): string => cells.map((c, i) => cut(c, widths[i]!)).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const b of body) out.push(line(b));
  const scored = rows.filter((r) => r.pass !== null);
  out.push('', `${scored.filter((r) => r.pass).length} of ${scored.length} targets pass (${rows.length - scored.length} reported for information).`);
  return out.join('\n');
}

/** Markdown table (for docs/VALIDATION.md). */
export function markdownTable(rows: TargetResult[]): string {
  const esc = (x: string): string => x.replace(/\|/g, '\\|');
  const out = ['| target | statistic | model mean [min, max] | reference | source | result |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    out.push(`| ${esc(`${r.subject}: ${r.fact}`)} | ${esc(r.statistic)} | ${fmt(r.mean)} [${fmt(r.min)}, ${fmt(r.max)}] | ${esc(r.reference)} | ${esc(r.source)} | ${r.pass === null ? 'info' : r.pass ? 'pass' : '**FAIL**'} |`);
  }
  return `${out.join('\n')}\n`;
}

const csvCell = (v: string | number): string => {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV, one row per target; per-seed values joined with ';'. */
export function csvTable(rows: TargetResult[]): string {
  const head = ['id', 'group', 'subject', 'fact', 'statistic', 'mean', 'min', 'max', 'values', 'reference', 'source', 'result'];
  const lines = [head.join(',')];
  for (const r of rows) {
    lines.push([
      r.id, r.group, r.subject, r.fact, r.statistic, r.mean, r.min, r.max,
      r.values.map((v) => (Number.isFinite(v) ? String(v) : 'NaN')).join(';'), r.reference, r.source, verdict(r.pass),
    ].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
