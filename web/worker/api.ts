// The model side of the page: everything that simulates runs here, inside a module Web Worker.
// Calls are coarse (load, step(n), batch) and new columns travel back as transferred buffers.
import * as Comlink from 'comlink';
import {
  loadScenario, SCENARIOS, createRun, restoreRun, diffFromDefaults, summaryToJson, ScenarioError, COLUMN_NAMES, VERSION,
  type Snapshot,
} from '../../sim/index';
import type { Summary } from '../../sim/api-types';
import type { BatchResult, Chunk, FieldError, Result, RunMeta, RunSpec, ScenarioInfo } from '../app/types';
import { SLIDER_PATHS } from '../app/sliders';
import { FORBIDDEN_SEGMENT } from '../app/url';
import { derivedMetrics } from '../../experiments/run/derived';

type Metric = number | string | boolean | null;
/** Dotted names for a nested summary, as the sweep runner writes them (experiments/run/engine.ts). */
function flatten(obj: unknown, prefix = '', out: Record<string, Metric> = {}): Record<string, Metric> {
  if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else if (prefix) out[prefix] = Array.isArray(obj) ? JSON.stringify(obj) : (obj as Metric);
  return out;
}

type Scenario = ReturnType<typeof loadScenario>;
type Run = ReturnType<typeof createRun>;

/** Counts model days stepped in this worker; the e2e test reads it to prove the model runs here. */
const counters = { stepsInWorker: 0 };
(globalThis as unknown as { __crowdoutWorker: typeof counters }).__crowdoutWorker = counters;

function toFieldError(e: unknown): FieldError {
  if (e instanceof ScenarioError) return { field: e.field, message: e.message };
  const err = e as { field?: unknown; message?: unknown };
  return { field: typeof err?.field === 'string' ? err.field : '(scenario)', message: String(err?.message ?? e) };
}

function resolve(spec: RunSpec): Scenario {
  for (const o of spec.overrides) {
    const path = o.slice(0, Math.max(0, o.indexOf('=')));
    if (FORBIDDEN_SEGMENT.test(path)) throw new ScenarioError(path, 'not a scenario field');
  }
  const source = spec.scenario === 'custom' ? spec.raw : spec.scenario;
  if (typeof source === 'string' && !(source in SCENARIOS)) {
    throw new ScenarioError('scenario', `unknown scenario "${source}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
  }
  return loadScenario(source as string | object, spec.overrides);
}

function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Distinct buffers of a set of columns (a transfer list must not repeat a buffer). */
const buffersOf = (cols: Record<string, Float64Array>): ArrayBuffer[] =>
  [...new Set(Object.values(cols).map((a) => a.buffer as ArrayBuffer))];

/** Copy every column into one shared buffer (one transfer instead of ~180) and return views on it. */
function pack(cols: Record<string, Float64Array>): Record<string, Float64Array> {
  const names = Object.keys(cols);
  const rows = names.length ? cols[names[0]!]!.length : 0;
  const buf = new Float64Array(names.length * rows);
  const out: Record<string, Float64Array> = {};
  names.forEach((n, j) => { const v = buf.subarray(j * rows, (j + 1) * rows); v.set(cols[n]!); out[n] = v; });
  return out;
}

function transferChunk(c: Chunk): Chunk {
  const packed = { ...c, columns: pack(c.columns) };
  return Comlink.transfer(packed, buffersOf(packed.columns));
}

let run: Run | null = null;
let sent = 0;
let limit = 0;
/** Snapshots every SNAP_EVERY days, so stepping back replays at most that many days. */
const SNAP_EVERY = 100;
let snaps: Snapshot[] = [];
function stepRun(r: Run, k: number): void {
  while (k > 0) {
    const toNext = SNAP_EVERY - (r.t % SNAP_EVERY);
    const m = Math.min(k, toNext);
    r.step(m); k -= m; counters.stepsInWorker += m;
    if (r.t % SNAP_EVERY === 0 && !snaps[r.t / SNAP_EVERY]) snaps[r.t / SNAP_EVERY] = r.snapshot();
  }
}

const api = {
  scenarios(): ScenarioInfo[] {
    return Object.entries(SCENARIOS).map(([name, raw]) => ({
      name, description: String((raw as { description?: unknown }).description ?? ''),
    }));
  },

  /** Validate a spec without starting a run (imported files, URL checks). */
  validate(spec: RunSpec): Result<Record<string, unknown>> {
    try { return { ok: true, value: diffFromDefaults(resolve(spec)) }; } catch (e) { return { ok: false, error: toFieldError(e) }; }
  },

  load(spec: RunSpec): Result<RunMeta> {
    let sc: Scenario;
    // Starting a run can refuse a valid-looking scenario too (holdings beyond a market's size).
    try { sc = resolve(spec); run = createRun(sc, spec.seed, spec.days !== undefined ? { days: spec.days } : undefined); } catch (e) { return { ok: false, error: toFieldError(e) }; }
    snaps = [run.snapshot()];
    sent = 0;
    limit = run.days;
    const values: Record<string, unknown> = {};
    const baseValues: Record<string, unknown> = {};
    let base: Scenario = sc;
    try { base = resolve({ ...spec, overrides: [] }); } catch { /* the overrides were valid, so is the base */ }
    for (const p of SLIDER_PATHS) { values[p] = getPath(sc, p); baseValues[p] = getPath(base, p); }
    const assets = Object.entries(sc.assets).map(([id, a]) => ({ id, duration: (a as { duration: number }).duration }));
    return {
      ok: true,
      value: {
        name: sc.name, description: sc.description, dates: [...run.dates].slice(0, limit), days: limit, assets,
        columns: [...COLUMN_NAMES], diff: diffFromDefaults(sc),
        scenarioJson: sc as unknown as Record<string, unknown>, values, baseValues, version: VERSION,
      },
    };
  },

  /**
   * Advance up to n days and return every row recorded since the previous call. With `budgetMs`,
   * stop early once that much time has passed (after at least one day): playing at full speed asks
   * for a share of each frame, not a number of days, so the model never takes the whole CPU.
   */
  step(n: number, budgetMs?: number): Chunk {
    if (!run) throw new Error('no run loaded');
    const k = Math.max(0, Math.min(n, limit - run.t));
    if (budgetMs === undefined) { if (k > 0) stepRun(run, k); } else {
      const t0 = performance.now();
      for (let done = 0; done < k && (done === 0 || performance.now() - t0 < budgetMs); done++) stepRun(run, 1);
    }
    const d = run.data(sent);
    const rows = Object.values(d.columns)[0]?.length ?? 0;
    const chunk: Chunk = { from: sent, dates: d.dates, columns: d.columns, events: d.events, t: run.t, done: run.t >= limit };
    sent += rows;
    return transferChunk(chunk);
  },

  /** Go back (or forward) to day t by restoring the nearest earlier snapshot; the page truncates its copy. */
  seek(t: number): number {
    if (!run) throw new Error('no run loaded');
    const target = Math.max(0, Math.min(limit, Math.floor(t)));
    if (target < run.t) {
      const idx = Math.min(Math.floor(target / SNAP_EVERY), snaps.length - 1);
      let j = idx;
      while (j > 0 && !snaps[j]) j--;
      run = restoreRun(snaps[j]!);
    }
    stepRun(run, target - run.t);
    sent = run.t;
    return run.t;
  },

  summary(): { summary: Summary; json: string } {
    if (!run) throw new Error('no run loaded');
    const s = run.summary();
    return { summary: s, json: summaryToJson(s) };
  },

  /**
   * One run of a sweep, exactly as `crowdout sweep` makes it: the base scenario with the point's
   * values as overrides (JSON-encoded, like the CLI), the run's seed, its summary metrics flattened.
   */
  sweepRun(base: string, set: Record<string, number | string | boolean>, seed: number, days?: number): Result<Record<string, Metric>> {
    let sc: Scenario;
    try { sc = resolve({ scenario: base, overrides: Object.entries(set).map(([p, v]) => `${p}=${JSON.stringify(v)}`), seed }); } catch (e) { return { ok: false, error: toFieldError(e) }; }
    try {
      const r = createRun(sc, seed, days !== undefined ? { days } : undefined);
      r.step(r.days);
      counters.stepsInWorker += r.days;
      const summary = r.summary();
      const metrics = { ...flatten(summary), ...derivedMetrics(summary, r.events()) };
      for (const k of ['scenario', 'seed', 'version']) delete metrics[k];
      return { ok: true, value: metrics };
    } catch (e) { return { ok: false, error: { field: '(run)', message: (e as Error).message } }; }
  },

  /** Run a spec to the end and return the named columns (compare mode; one call per seed). */
  batch(spec: RunSpec, columns: string[]): Result<BatchResult> {
    let r: Run;
    try {
      r = createRun(resolve(spec), spec.seed, spec.days !== undefined ? { days: spec.days } : undefined);
      r.step(r.days);
    } catch (e) { return { ok: false, error: toFieldError(e) }; }
    const days = r.days;
    counters.stepsInWorker += days;
    const d = r.data(0);
    const cols: Record<string, Float64Array> = {};
    for (const c of columns) if (d.columns[c]) cols[c] = d.columns[c]!;
    const value: BatchResult = { seed: spec.seed, dates: d.dates, columns: cols, summary: r.summary() };
    value.columns = pack(cols);
    return Comlink.transfer({ ok: true as const, value }, buffersOf(value.columns));
  },
};

export type SimApi = typeof api;
export { api };
