// Series columns as sweeps see them: the engine's recorded columns, plus `cum.<column>`, the
// running sum of any recorded column from the first day (cumulative bond issuance, capex, forced
// sales by trigger, ...). Computed here from the daily flows, so the engine records nothing twice.
export const CUMULATIVE_PREFIX = 'cum.';

/** The column `name` from the engine's columns, or its running sum for `cum.<column>`; undefined when neither exists. */
export function seriesColumn(columns: Record<string, ArrayLike<number>>, name: string): ArrayLike<number> | undefined {
  if (name in columns) return columns[name];
  if (!name.startsWith(CUMULATIVE_PREFIX)) return undefined;
  const base = columns[name.slice(CUMULATIVE_PREFIX.length)];
  if (!base) return undefined;
  const out = new Float64Array(base.length);
  let s = 0;
  for (let i = 0; i < base.length; i++) out[i] = s += base[i]!;
  return out;
}

export const hasSeriesColumn = (available: readonly string[], name: string): boolean =>
  available.includes(name) || (name.startsWith(CUMULATIVE_PREFIX) && available.includes(name.slice(CUMULATIVE_PREFIX.length)));

/** Levenshtein distance, for "did you mean" hints on misspelt names. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The names closest to `name` (at most `k`), for error messages. */
export function closest(name: string, candidates: readonly string[], k = 3): string[] {
  return [...candidates].map((c) => [c, editDistance(name, c)] as const).sort((x, y) => x[1] - y[1]).slice(0, k).map(([c]) => c);
}
