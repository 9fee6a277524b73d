// A sweep, start to finish: validate the spec against the model, pick this shard's runs, skip the
// runs the journal already holds (--resume), run the rest on the pool while journaling each one,
// then write the tidy outputs and the manifest. The CLI and the scripting API both call runSweep.
import { availableParallelism, platform } from 'node:os';
import { existsSync } from 'node:fs';
import { UserError } from './cli/errors';
import { loadSpecFile, validateSpec, type LoadedSpec } from './spec/load';
import type { ExperimentSpec, ExperimentSpecInput } from './spec/schema';
import { runInfo } from './design/expand';
import { prepare } from './run/prepare';
import { startPool, type Pool } from './run/pool';
import type { RunRecord } from './run/runner';
import { journalHeader, openJournal, readJournal, type JournalExpect } from './io/journal';
import { acquireLock } from './io/lock';
import { crowdoutVersion, gitCommit, gitDirty, markInterrupted, readManifest, writeManifest, type Manifest, type Session, type Shard } from './io/manifest';
import { provenance, writeTables } from './io/tables';
import { applyMetricsCallback, callbackColumns, type MetricsCallback } from './run/callback';
import { isNoSpace, writeFileAtomic } from './io/atomic';
import { prepareOutDir } from './io/outPath';

export interface SweepProgress {
  done: number;
  failed: number;
  total: number;
  /** Runs per second in this session. */
  rate: number;
  /** Seconds left at the current rate, or null before the first run finishes. */
  etaSeconds: number | null;
  elapsedMs: number;
}

export interface SweepOptions {
  out: string;
  /**
   * Runs at a time, each on a worker thread; 1 runs in-process. Default: SLURM_CPUS_PER_TASK or the
   * machine's parallelism. 'auto': that many, unless the machine is busy, when the first runs
   * measure which count is fastest (1 or all; half too above 2) and the sweep goes on with it.
   */
  workers?: number | 'auto';
  /** Runs per message to a worker (default: adaptive, ~100 ms a message). Results do not depend on it. */
  batch?: number;
  /** One-line reports that are not warnings (the `auto` choice); default: written to stderr. */
  onNote?: (message: string) => void;
  shard?: Shard | null;
  /** Continue a sweep in `out`; without it, a directory that already holds a journal is an error. */
  resume?: boolean;
  /** With resume: run failed runs again. */
  retryFailed?: boolean;
  onProgress?: (p: SweepProgress) => void;
  /** Things worth knowing that do not stop the sweep (default: written to stderr). */
  onWarning?: (message: string) => void;
  signal?: AbortSignal;
  /**
   * Metrics of your own, computed from what each run kept (parameters, seed, the spec's metrics and
   * kept series); the returned names become columns of runs.csv after the spec's metrics. Runs on
   * the main thread; a throw fails that run. Resuming needs the same callback.
   */
  metrics?: MetricsCallback;
  /** Cap on the design's total runs (default DEFAULT_MAX_RUNS in design/count.ts). */
  maxRuns?: number;
}

export interface SweepResult {
  dir: string;
  manifest: Manifest;
  /** True when stopped by the signal before all runs finished (resume to continue). */
  interrupted: boolean;
  files: string[];
}

export function defaultWorkers(): number {
  const slurm = Number(process.env.SLURM_CPUS_PER_TASK);
  return Number.isInteger(slurm) && slurm > 0 ? slurm : availableParallelism();
}

export async function runSweep(spec: string | ExperimentSpecInput | ExperimentSpec | LoadedSpec, opts: SweepOptions): Promise<SweepResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const loaded = typeof spec === 'string' ? loadSpecFile(spec) : 'hash' in spec && 'dir' in spec ? (spec as LoadedSpec) : validateSpec(spec);
  const label = typeof spec === 'string' ? spec : 'spec';
  const auto = opts.workers === 'auto';
  const lanes: number = opts.workers === 'auto' || opts.workers === undefined ? defaultWorkers() : opts.workers;
  if (!Number.isInteger(lanes) || lanes < 1) throw new UserError(`workers must be a positive integer or 'auto' (got ${opts.workers})`);
  if (opts.batch !== undefined && !(Number.isInteger(opts.batch) && opts.batch >= 1)) throw new UserError(`batch must be a positive integer (got ${opts.batch})`);
  prepareOutDir(opts.out);
  // Workers boot (tsx, the engine) while the spec is checked below; closed however this ends.
  const pool = startPool(lanes, { preload: loaded.spec.model === 'crowdout' });
  try {
    return await sweepWith(pool, auto, loaded, label, opts, t0, startedAt);
  } finally {
    await pool.close();
  }
}

async function sweepWith(pool: Pool, auto: boolean, loaded: LoadedSpec, label: string, opts: SweepOptions, t0: number, startedAt: string): Promise<SweepResult> {
  const shard = opts.shard ?? null;
  const dir = opts.out;
  let workers = pool.size;
  const prep = await prepare(loaded, label, opts.maxRuns);
  const { plan } = prep;
  const warn = opts.onWarning ?? ((m: string) => process.stderr.write(`crowdout sweep: warning: ${m}\n`));
  const D = loaded.spec.design;
  if (D.type === 'sobol' && (D.samples & (D.samples - 1)) !== 0)
    warn(`design.samples = ${D.samples} is not a power of two; Sobol' points are balanced only at powers of two`);
  const journalFile = `${dir}/journal.jsonl`;
  const release = acquireLock(dir);
  try {
    let previous: Manifest | undefined;
    if (existsSync(`${dir}/manifest.json`) || existsSync(journalFile)) {
      if (!opts.resume) throw new UserError(`${dir} already holds a sweep; pass --resume to continue it or choose another --out`);
      // Without its manifest a journal cannot be tied to a spec: resuming could mix two sweeps.
      if (!existsSync(`${dir}/manifest.json`)) throw new UserError(`${dir} has a journal but no manifest.json, so it cannot be tied to this spec; start a new --out`);
      previous = readManifest(dir);
      if (previous.specHash !== prep.specHash) throw new UserError(`${dir} holds a different spec (hash ${previous.specHash.slice(0, 12)}); --resume needs the same spec`);
      if (previous.scenarioHash !== prep.scenarioHash) throw new UserError(`${dir}: the base scenario changed since the sweep started; resume needs the same scenario`);
      const a = previous.shard, b = shard;
      if ((a?.index ?? -1) !== (b?.index ?? -1) || (a?.count ?? -1) !== (b?.count ?? -1))
        throw new UserError(`${dir} holds shard ${a ? `${a.index}/${a.count}` : '(none)'}; resume with the same --shard`);
      if (previous.runCount !== plan.runCount) throw new UserError(`${dir} holds a design of ${previous.runCount} runs, this spec has ${plan.runCount}`);
      // The spec's metrics come first; a metrics callback's columns (if any) follow them.
      const kept = opts.metrics ? previous.metricColumns.slice(0, prep.metricColumns.length) : previous.metricColumns;
      if (JSON.stringify([kept, previous.seriesColumns]) !== JSON.stringify([prep.metricColumns, prep.seriesColumns]))
        throw new UserError(`${dir}: manifest.json keeps other outputs than this spec gives (metric or series columns differ${previous.metricColumns.length > prep.metricColumns.length && !opts.metrics ? '; a sweep run with a metrics callback resumes only with it' : ''})`);
    }
    const mine: number[] = [];
    for (let k = 0; k < plan.runCount; k++) if (!shard || k % shard.count === shard.index) mine.push(k);
    const expect: JournalExpect = { specHash: prep.specHash, spec: loaded.spec, plan, runCount: plan.runCount, shard,
      metricColumns: prep.metricColumns, seriesColumns: prep.seriesColumns, extraMetrics: !!opts.metrics };
    const journal = readJournal(journalFile, { repair: true, expect });
    const isDone = (r: RunRecord | undefined): boolean => !!r && (r.status === 'ok' || !opts.retryFailed);
    const todo = mine.filter((k) => !isDone(journal.records.get(k)));
    let done = mine.length - todo.length;
    let failed = [...journal.records.values()].filter((r) => r.status === 'failed' && isDone(r)).length;

    writeFileAtomic(`${dir}/spec.json`, `${JSON.stringify(loaded.spec, null, 2)}\n`);
    const manifest: Manifest = previous ?? {
      format: 'crowdout-sweep/1', name: loaded.spec.name, specHash: prep.specHash, scenarioHash: prep.scenarioHash,
      masterSeed: loaded.spec.seed, crowdoutVersion: crowdoutVersion(), gitCommit: gitCommit(), gitDirty: gitDirty(),
      nodeVersion: process.version, platform: `${platform()}-${process.arch}`,
      runCount: plan.runCount, shard, shardRunCount: mine.length,
      paramColumns: plan.paramColumns, designColumns: plan.designColumns,
      metricColumns: prep.metricColumns, seriesColumns: prep.seriesColumns,
      status: 'running', done, failed,
      timings: { startedAt, finishedAt: null, wallMs: 0, runMs: 0, sessions: [] },
    };
    if (previous && (previous.gitCommit !== gitCommit() || previous.nodeVersion !== process.version))
      warn(`${dir}: resuming with a different ${previous.nodeVersion !== process.version ? 'Node version' : 'git commit'} than the sweep started with`);
    manifest.status = 'running';
    writeManifest(dir, manifest);

    const out = openJournal(journalFile, journalHeader(prep.specHash, plan.runCount, shard));
    let sessionRuns = 0, runMs = 0;
    const tRun = performance.now();
    const report = (): void => {
      const elapsed = performance.now() - tRun;
      const rate = sessionRuns / Math.max(elapsed / 1000, 1e-9);
      opts.onProgress?.({ done, failed, total: mine.length, rate: sessionRuns ? rate : 0,
        etaSeconds: sessionRuns ? (mine.length - done) / rate : null, elapsedMs: elapsed });
    };
    const session = (): Session => ({ startedAt, wallMs: performance.now() - t0, runs: sessionRuns, workers });
    // A failed journal write (disk full) stops the pool; the runs already journaled are kept.
    const stop = new AbortController();
    let writeError: unknown;
    report();
    try {
      const note = opts.onNote ?? ((m: string) => process.stderr.write(`crowdout sweep: ${m}\n`));
      ({ workers } = await pool.run(todo, {
        auto, batch: opts.batch, onNote: note, init: { spec: loaded.spec, base: prep.base, metricColumns: prep.metricColumns, seriesColumns: prep.seriesColumns, metricDefs: prep.metricDefs },
        signal: opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal,
        crashed: (k, error) => {
          const info = runInfo(loaded.spec, plan, k);
          return { run: k, seed: info.seed, replicate: info.replicate, status: 'failed', set: plan.points[info.point]!.set, error, ms: 0 };
        },
        onRecords: (raw) => {
          if (writeError) return;
          const cb = opts.metrics;
          const recs = cb ? raw.map((r) => applyMetricsCallback(r, cb)) : raw;
          try { out.append(recs); } catch (e) { writeError = e; stop.abort(); return; }
          for (const r of recs) { done++; sessionRuns++; runMs += r.ms; if (r.status === 'failed') failed++; }
          report();
        },
      }));
    } finally {
      try { out.close(); } catch (e) { writeError ??= e; }
    }
    if (writeError) throw writeFailure(dir, journalFile, manifest, { done, failed, runMs, session: session() }, writeError);
    const interrupted = done < mine.length;
    const all = readJournal(journalFile).records;
    // Tables of the runs so far are written on interrupt too (a resumed sweep rewrites them).
    const recs = mine.filter((k) => all.has(k)).map((k) => all.get(k)!);
    manifest.metricColumns = [...prep.metricColumns, ...callbackColumns(recs, prep.metricColumns)];
    let files: string[];
    try {
      files = writeTables(dir, plan, manifest.metricColumns, prep.seriesColumns, recs, provenance(manifest));
    } catch (e) {
      throw writeFailure(dir, journalFile, manifest, { done, failed, runMs, session: session() }, e);
    }
    const wallMs = performance.now() - t0;
    manifest.status = interrupted ? 'interrupted' : 'complete';
    manifest.done = done;
    manifest.failed = failed;
    manifest.timings.wallMs += wallMs;
    manifest.timings.runMs += runMs;
    manifest.timings.finishedAt = interrupted ? null : new Date().toISOString();
    manifest.timings.sessions.push({ startedAt, wallMs, runs: sessionRuns, workers });
    writeManifest(dir, manifest);
    return { dir, manifest, interrupted, files };
  } finally {
    release();
  }
}

/** After a failed write: cut a torn journal tail, mark the manifest interrupted, say so in one line. */
function writeFailure(dir: string, journalFile: string, manifest: Manifest,
  p: { done: number; failed: number; runMs: number; session: Session }, e: unknown): Error {
  if (!(e instanceof UserError) && !(e as NodeJS.ErrnoException)?.code) return e as Error;
  try { readJournal(journalFile, { repair: true }); } catch { /* the journal is checked again on resume */ }
  manifest.done = p.done;
  manifest.failed = p.failed;
  manifest.timings.wallMs += p.session.wallMs;
  manifest.timings.runMs += p.runMs;
  manifest.timings.sessions.push(p.session);
  const marked = markInterrupted(dir, manifest);
  const what = isNoSpace(e) || /disk is full/.test((e as Error).message) ? `the disk is full (${(e as NodeJS.ErrnoException).code ?? 'ENOSPC'})` : `a write failed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  return new UserError(`${dir}: ${what} after ${p.done} of ${manifest.shardRunCount} runs; partial files removed, ${marked ? 'manifest marked interrupted' : 'the manifest could not be updated'}; free space and continue with --resume`);
}
