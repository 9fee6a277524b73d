// The share URL: `?scenario=NAME&seed=N&days=D&set=path=value&set=...`. Opening it reproduces the run
// exactly (the same numbers as `crowdout run NAME --seed N --days D --set ... --summary`).
// An open comparison is shared as `?view=compare&a=NAME&b=NAME&aset=...&bset=...&seeds=N&days=D[&claim=C6]`
// (with a comparison, `days` belongs to it; the Explore run then uses the scenario's full length).
// Everything read here is untrusted: this module only checks shape; the worker validates values
// against the scenario schema and names the offending field.
import type { FieldError, RunSpec } from './types';

export const DEFAULT_SPEC: RunSpec = { scenario: 'baseline', overrides: [], seed: 1 };

const NAME = /^[a-z0-9_-]{1,80}$/i;
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;
/** Path segments that would reach an object's prototype instead of a scenario field. */
export const FORBIDDEN_SEGMENT = /(^|\.)(__proto__|prototype|constructor)(\.|$)/;

export type View = 'explore' | 'compare' | 'sweep' | 'claims';
export const VIEWS: readonly View[] = ['explore', 'compare', 'sweep', 'claims'];

/** A comparison as the URL carries it (labels and the claim's note are filled in by the page). */
export interface CompareUrl {
  a: { scenario: string; overrides: string[] };
  b: { scenario: string; overrides: string[] };
  seeds: number;
  days?: number;
  claim?: string;
}

export interface ParsedUrl { spec: RunSpec; error?: FieldError; view: View; compare?: CompareUrl }

const CLAIM_ID = /^C\d{1,2}$/;
export const MAX_SEEDS = 16;
/** The CLI's seed range (crowdout run --seed): a link never shows a command the CLI rejects. */
export const MAX_SEED = 4294967295;

function checkSet(s: string, field: string): FieldError | null {
  const eq = s.indexOf('=');
  const path = eq > 0 ? s.slice(0, eq) : s;
  if (eq <= 0 || !PATH.test(path) || FORBIDDEN_SEGMENT.test(path)) return { field, message: `expected ${field}=path=value (e.g. ${field}=hedge_fund.leverage.preferred=4), got "${s.slice(0, 60)}"` };
  if (s.length > 20_000) return { field: path, message: 'value too long' };
  return null;
}

function checkDays(days: string, field = 'days'): FieldError | number {
  const n = Number(days);
  if (!/^\d{1,5}$/.test(days) || n < 1) return { field, message: `"${days.slice(0, 20)}" is not a whole number of days ≥ 1` };
  return n;
}

export function parseSpec(search: string): ParsedUrl {
  const q = new URLSearchParams(search);
  const spec: RunSpec = { ...DEFAULT_SPEC, overrides: [] };
  const fail = (field: string, message: string): ParsedUrl => ({ spec: { ...DEFAULT_SPEC, overrides: [] }, view: 'explore', error: { field, message } });
  let view: View = 'explore';
  const v = q.get('view');
  if (v !== null) {
    if (!(VIEWS as readonly string[]).includes(v)) return fail('view', `"${v.slice(0, 20)}" is not a view (explore, compare, sweep or claims)`);
    view = v as View;
  }
  const hasCompare = view === 'compare' && (q.has('a') || q.has('b'));
  const name = q.get('scenario');
  if (name !== null) {
    if (!NAME.test(name)) return fail('scenario', `"${name.slice(0, 40)}" is not a scenario name (letters, digits, _ and - only)`);
    spec.scenario = name;
  }
  const seed = q.get('seed');
  if (seed !== null) {
    const n = Number(seed);
    if (!/^\d{1,10}$/.test(seed) || n > MAX_SEED) return fail('seed', `"${seed.slice(0, 20)}" is not a whole number from 0 to ${MAX_SEED}`);
    spec.seed = n;
  }
  const days = q.get('days');
  if (days !== null && !hasCompare) {
    const n = checkDays(days);
    if (typeof n !== 'number') return fail(n.field, n.message);
    spec.days = n;
  }
  for (const s of q.getAll('set')) {
    const e = checkSet(s, 'set');
    if (e) return fail(e.field, e.message);
    spec.overrides.push(s);
  }
  if (!hasCompare) return { spec, view };
  // A malformed comparison keeps the Explore run and opens the Compare tab without running.
  const cfail = (field: string, message: string): ParsedUrl => ({ spec, view, error: { field, message } });
  const cmp: CompareUrl = { a: { scenario: 'baseline', overrides: [] }, b: { scenario: 'baseline', overrides: [] }, seeds: 4 };
  for (const k of ['a', 'b'] as const) {
    const name = q.get(k);
    if (name !== null) {
      if (!NAME.test(name)) return cfail(k, `"${name.slice(0, 40)}" is not a scenario name (letters, digits, _ and - only)`);
      cmp[k].scenario = name;
    }
    for (const s of q.getAll(`${k}set`)) {
      const e = checkSet(s, `${k}set`);
      if (e) return cfail(e.field, e.message);
      cmp[k].overrides.push(s);
    }
  }
  const seeds = q.get('seeds');
  if (seeds !== null) {
    const n = Number(seeds);
    if (!/^\d{1,2}$/.test(seeds) || n < 1 || n > MAX_SEEDS) return cfail('seeds', `"${seeds.slice(0, 20)}" is not a whole number of seeds from 1 to ${MAX_SEEDS}`);
    cmp.seeds = n;
  }
  if (days !== null) {
    const n = checkDays(days);
    if (typeof n !== 'number') return cfail(n.field, n.message);
    cmp.days = n;
  }
  const claim = q.get('claim');
  if (claim !== null) {
    if (!CLAIM_ID.test(claim)) return cfail('claim', `"${claim.slice(0, 20)}" is not a claim id (C1 to C12)`);
    cmp.claim = claim;
  }
  return { spec, view, compare: cmp };
}

/** The URL of an open comparison. */
export function compareToSearch(c: CompareUrl): string {
  const q = new URLSearchParams();
  q.set('view', 'compare');
  q.set('a', c.a.scenario);
  for (const o of c.a.overrides) q.append('aset', o);
  q.set('b', c.b.scenario);
  for (const o of c.b.overrides) q.append('bset', o);
  q.set('seeds', String(c.seeds));
  if (c.days !== undefined) q.set('days', String(c.days));
  if (c.claim) q.set('claim', c.claim);
  return `?${q.toString()}`;
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
