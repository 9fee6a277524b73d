// The share URL: `?scenario=NAME&seed=N&days=D&set=path=value&set=...`. Opening it reproduces the run
// exactly (the same numbers as `crowdout run NAME --seed N --days D --set ... --summary`).
// Everything read here is untrusted: this module only checks shape; the worker validates values
// against the scenario schema and names the offending field.
import type { FieldError, RunSpec } from './types';

export const DEFAULT_SPEC: RunSpec = { scenario: 'baseline', overrides: [], seed: 1 };

const NAME = /^[a-z0-9_-]{1,80}$/i;
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;
/** Path segments that would reach an object's prototype instead of a scenario field. */
export const FORBIDDEN_SEGMENT = /(^|\.)(__proto__|prototype|constructor)(\.|$)/;

export interface ParsedUrl { spec: RunSpec; error?: FieldError; compare?: string[] }

export function parseSpec(search: string): ParsedUrl {
  const q = new URLSearchParams(search);
  const spec: RunSpec = { ...DEFAULT_SPEC, overrides: [] };
  const fail = (field: string, message: string): ParsedUrl => ({ spec: { ...DEFAULT_SPEC, overrides: [] }, error: { field, message } });
  const name = q.get('scenario');
  if (name !== null) {
    if (!NAME.test(name)) return fail('scenario', `"${name.slice(0, 40)}" is not a scenario name (letters, digits, _ and - only)`);
    spec.scenario = name;
  }
  const seed = q.get('seed');
  if (seed !== null) {
    const n = Number(seed);
    if (!/^\d{1,10}$/.test(seed) || !Number.isSafeInteger(n)) return fail('seed', `"${seed.slice(0, 20)}" is not a whole number ≥ 0`);
    spec.seed = n;
  }
  const days = q.get('days');
  if (days !== null) {
    const n = Number(days);
    if (!/^\d{1,5}$/.test(days) || n < 1) return fail('days', `"${days.slice(0, 20)}" is not a whole number of days ≥ 1`);
    spec.days = n;
  }
  for (const s of q.getAll('set')) {
    const eq = s.indexOf('=');
    const path = eq > 0 ? s.slice(0, eq) : s;
    if (eq <= 0 || !PATH.test(path) || FORBIDDEN_SEGMENT.test(path)) return fail('set', `expected set=path=value (e.g. set=hedge_fund.leverage.preferred=4), got "${s.slice(0, 60)}"`);
    if (s.length > 20_000) return fail(path, 'value too long');
    spec.overrides.push(s);
  }
  const cmp = q.getAll('compare');
  return cmp.length ? { spec, compare: cmp } : { spec };
}

export function specToSearch(spec: RunSpec): string {
  const q = new URLSearchParams();
  q.set('scenario', spec.scenario);
  q.set('seed', String(spec.seed));
  if (spec.days !== undefined) q.set('days', String(spec.days));
  for (const o of spec.overrides) q.append('set', o);
  return `?${q.toString()}`;
}

/** The CLI command that reproduces a spec (shown next to the share link). */
export function specToCli(spec: RunSpec): string {
  const quote = (s: string) => (/^[\w.=:,/-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['npx crowdout run', quote(spec.scenario), `--seed ${spec.seed}`];
  if (spec.days !== undefined) parts.push(`--days ${spec.days}`);
  for (const o of spec.overrides) parts.push(`--set ${quote(o)}`);
  return parts.join(' ');
}

/** Merge an override into a list: a later value for the same path replaces the earlier one. */
export function setOverride(list: readonly string[], path: string, value: string | null): string[] {
  const rest = list.filter((o) => o.slice(0, o.indexOf('=')) !== path);
  return value === null ? rest : [...rest, `${path}=${value}`];
}
