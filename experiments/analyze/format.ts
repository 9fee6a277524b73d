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
