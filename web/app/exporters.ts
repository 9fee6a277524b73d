// File exports built from the page's copy of a run: the daily series as CSV (the same layout as
// `crowdout run --out FILE.csv`) and the scenario as JSON (loadable by `crowdout run FILE.json`).
import type { RunStore } from './store';
import type { RunSpec } from './types';

export function seriesCsv(s: RunStore): string {
  const names = s.meta.columns.length ? s.meta.columns : s.names();
  const cols = names.map((n) => s.col(n));
  const rows = [['date', ...names].join(',')];
  for (let t = 0; t < s.length; t++) rows.push([s.dates[t], ...cols.map((c) => String(c[t]))].join(','));
  return `${rows.join('\n')}\n`;
}

/** The validated scenario with the overrides applied: a complete, strict scenario file. */
export function scenarioFile(s: RunStore): string {
  return `${JSON.stringify(s.meta.scenarioJson, null, 2)}\n`;
}

export function fileBase(spec: RunSpec): string {
  const name = spec.scenario === 'custom' ? 'custom' : spec.scenario;
  return `crowdout-${name}-seed${spec.seed}${spec.overrides.length ? '-modified' : ''}`;
}

/** Overrides that make a URL reproduce an imported (custom) scenario on top of the defaults. */
export function diffAsOverrides(diff: Record<string, unknown>): string[] {
  return Object.entries(diff)
    .filter(([k]) => k !== 'description')
    .map(([k, v]) => `${k}=${typeof v === 'string' && !parsesAsJson(v) ? v : JSON.stringify(v)}`);
}

/** A --set value is read as JSON when it parses: such a string ("123", "true") must travel quoted to stay a string. */
function parsesAsJson(s: string): boolean {
  try { JSON.parse(s); return true; } catch { return false; }
}
