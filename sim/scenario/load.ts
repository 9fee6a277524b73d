// Loading a scenario: merge a (partial) scenario file over the defaults, apply `--set` overrides
// by dotted path, validate. Every user mistake becomes a ScenarioError naming the field and the fix.
import { DEFAULTS } from './defaults';
import { scenarioSchema, type Scenario } from './schema';
import { jsonErrorWhere, shapeProblem } from './shape';
export { jsonErrorWhere } from './shape';

export class ScenarioError extends Error {
  constructor(readonly field: string, message: string) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'ScenarioError';
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge: objects merge key by key; arrays and scalars replace. Unknown keys are kept so the schema can name them. */
function merge(base: unknown, over: unknown): unknown {
  if (isObj(base) && isObj(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) {
      if (k === '__proto__') continue;                  // never let a file reach Object.prototype (checkShape refuses it first)
      out[k] = Object.hasOwn(base, k) ? merge(base[k], v) : v;
    }
    return out;
  }
  return over === undefined ? base : over;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Refuse values nested deeper than MAX_DEPTH and keys that name prototypes (see shape.ts). */
export function checkShape(v: unknown, prefix = ''): void {
  const p = shapeProblem(v, prefix);
  if (p) throw new ScenarioError(p.field, p.message);
}

/** Parse a `--set` value: JSON if it parses (numbers, booleans, arrays), otherwise a plain string. */
function parseValue(raw: string): Json {
  try { return JSON.parse(raw) as Json; } catch { return raw; }
}

export function applyOverride(target: Record<string, unknown>, assignment: string): void {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new ScenarioError('--set', `expected path=value, got "${assignment}" (e.g. --set hedge_fund.leverage.max=6)`);
  const path = assignment.slice(0, eq).trim();
  const value = parseValue(assignment.slice(eq + 1));
  checkShape(value, path);
  const keys = path.split('.');
  for (const k of keys) {
    if (k === '__proto__' || k === 'prototype' || k === 'constructor') throw new ScenarioError(path, `"${k}" is not a parameter name`);
  }
  let node: unknown = target;
  let defaults: unknown = DEFAULTS;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const isIndex = Array.isArray(node) && /^\d+$/.test(k);
    // An index may name an element or append one (length); a larger one would make a huge sparse array.
    if (isIndex && Number(k) > (node as unknown[]).length - (i === keys.length - 1 ? 0 : 1))
      throw new ScenarioError(path, `index ${k} is out of range at "${keys.slice(0, i + 1).join('.')}": this list has ${(node as unknown[]).length} entries (use 0 to ${(node as unknown[]).length - (i === keys.length - 1 ? 0 : 1)})`);
    if (!(isObj(node) || Array.isArray(node)) || (!isIndex && !(isObj(defaults) && Object.hasOwn(defaults, k)))) {
      const known = isObj(defaults) ? Object.keys(defaults).join(', ') : '(none: this is a value)';
      throw new ScenarioError(path, `unknown --set path at "${keys.slice(0, i + 1).join('.')}"; known keys here: ${known}`);
    }
    if (i === keys.length - 1) {
      (node as Record<string, unknown>)[k] = value;
    } else {
      node = (node as Record<string, unknown>)[k];
      defaults = Array.isArray(defaults) ? defaults[0] : (defaults as Record<string, unknown>)[k];
    }
  }
}

export function describeIssue(issue: { path: PropertyKey[]; message: string }): ScenarioError {
  const field = issue.path.map(String).join('.');
  return new ScenarioError(field || '(scenario)', issue.message);
}

/** Fields of 0.1 scenario files that 0.2 replaced: a file that sets one is told what replaced it. */
export const REMOVED_FIELDS: Readonly<Record<string, string>> = {
  'impact.y': 'removed in 0.2: prices clear against holders\' demand; set holders.elasticity (depth) or holders.dealers.marketMaking',
  'impact.permanentShare': 'removed in 0.2: how long a flow moves a price follows from holders (set holders.anchorHalfLifeDays)',
  'impact.decayDays': 'removed in 0.2: dealers unload inventory over holders.dealers.inventoryHalfLifeDays',
  'realEconomy.capexAbsorbShare': 'removed in 0.2: spending no longer destroys money; transactions demand follows nominal spending (set realEconomy.velocity)',
  'realEconomy.govAbsorbShare': 'removed in 0.2: government spending returns to households; transactions demand follows nominal spending (set realEconomy.velocity)',
  'realEconomy.initialFloatUsd': 'removed in 0.2: firms hold realEconomy.initialCashUsd and pay out what exceeds nominal spending / realEconomy.velocity',
  'funding.scarcityPremium': 'removed in 0.2: scarcity is priced by the reserve-demand curve (set plumbing.steepness, plumbing.reserveFloorUsd)',
  'funding.scarcityPower': 'removed in 0.2: scarcity is priced by the reserve-demand curve (set plumbing.steepness, plumbing.scaleUsd)',
  'hedge_fund.weights': 'removed in 0.2: each strategy has its book; set hedge_fund.strategies.<strategy>.weights (strategies: relative_value, long_short_equity, macro, multi_strategy)',
  'hedge_fund.haircut': 'removed in 0.2: margins are set per strategy; set hedge_fund.strategies.<strategy>.haircut',
};

function rejectRemoved(raw: Record<string, unknown>, overrides: readonly string[]): void {
  for (const [path, why] of Object.entries(REMOVED_FIELDS)) {
    const [a, b] = path.split('.') as [string, string];
    const sec = raw[a];
    if (isObj(sec) && Object.prototype.hasOwnProperty.call(sec, b)) throw new ScenarioError(path, why);
    if (overrides.some((o) => o.split('=')[0]!.trim() === path)) throw new ScenarioError(path, why);
  }
}

/** Validate a raw (possibly partial) scenario object, with overrides applied, into a full Scenario. */
export function parseScenario(raw: unknown, overrides: readonly string[] = []): Scenario {
  if (!isObj(raw)) throw new ScenarioError('(scenario)', 'a scenario must be a JSON object');
  checkShape(raw);
  rejectRemoved(raw, overrides);
  const merged = merge(clone(DEFAULTS), clone(raw)) as Record<string, unknown>;
  for (const o of overrides) applyOverride(merged, o);
  const res = scenarioSchema.safeParse(merged);
  if (!res.success) throw describeIssue(res.error.issues[0]!);
  return res.data;
}

/** Parse JSON text, naming the position of a syntax error instead of throwing a SyntaxError. */
export function parseScenarioText(text: string, overrides: readonly string[] = [], source = 'scenario'): Scenario {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) {
    throw new ScenarioError(source, `not valid JSON (${jsonErrorWhere(e, text)})`);
  }
  return parseScenario(raw, overrides);
}

/** The scenario minus defaults: what a shared URL or an exported file must carry. */
export function diffFromDefaults(s: Scenario, base: unknown = DEFAULTS): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (a: unknown, b: unknown, prefix: string) => {
    if (isObj(a) && isObj(b)) {
      for (const k of Object.keys(a)) walk(a[k], b[k], prefix ? `${prefix}.${k}` : k);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) out[prefix] = a;
  };
  walk(s, base, '');
  return out;
}
