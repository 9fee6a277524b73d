// A persistent pool of worker threads (comlink over the node adapter) that runs lists of run
// indices, or runs them in-process when it has one lane.
//  - Started once per sweep, before the spec is checked, so the workers boot (tsx, the engine's
//    modules) while the main thread prepares; `run` may be called again with another RunnerInit
//    (another batch of runs) on the same workers.
//  - Work goes out in chunks sized so one call takes ~100 ms (one run when runs are long), with up
//    to two calls queued per worker, so a worker never waits for the main thread between chunks;
//    results come back as one structured clone per chunk (never transferred: see worker.ts).
//  - A worker that dies fails only the run it was on: the chunk it was running is retried one run
//    at a time on a new worker; chunks queued behind it go back to the queue untouched.
//  - `auto`: on a busy machine (1-minute load average ≥ 0.5 when the runs start), the first runs
//    are spent measuring runs/s at 1 lane and at all lanes (ABBA, each phase drained, after two
//    warm-up runs per worker), and the sweep continues with the faster count (1: in-process, as
//    --workers 1); the choice is reported in one line.
// Results never depend on any of this: a run is a pure function of (spec, run index).
import { Worker } from 'node:worker_threads';
import { availableParallelism, loadavg } from 'node:os';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createRunner, type RunnerInit, type RunRecord } from './runner';
import type { WorkerApi } from './worker';
import { workerBundle } from './workerBundle';

export interface RunOptions {
  init: RunnerInit;
  onRecords(recs: RunRecord[]): void;
  /** The failed record for run k when its worker died (the caller knows seeds and parameters). */
  crashed(k: number, message: string): RunRecord;
  signal?: AbortSignal;
  /** Runs per call to a worker; default: adaptive (~100 ms a call). Results do not depend on it. */
  batch?: number;
  /** Measure and pick the faster lane count when the machine is busy (see the header). */
  auto?: boolean;
  /** The one-line report of the auto choice. */
  onNote?(message: string): void;
  /** The machine's 1-minute load average (default os.loadavg; tests pretend a busy machine). */
  loadAverage?(): number;
}

export interface RunResult {
  /** Lanes that ran the last runs (the auto choice, or the pool's size). */
  workers: number;
}

export interface Pool {
  readonly size: number;
  run(todo: number[], o: RunOptions): Promise<RunResult>;
  close(): Promise<void>;
}

const TARGET_CALL_MS = 100;
const DEPTH = 2;                 // calls queued per worker
const WARM_RUNS = 2;             // auto: runs per worker before measuring
/** The 1-minute load average at or above which `auto` measures instead of using every lane. */
export const BUSY_LOAD = 0.5;
// From the build (lib/), worker.js runs as is. From source, workers load one bundled JavaScript
// file (workerBundle.ts: much faster to start than tsx in every thread), or, if it cannot be built,
// boot tsx and then import worker.ts.
const compiled = import.meta.url.endsWith('.js');
let boot: { url: URL; entry: string } | undefined;
function bootTarget(): { url: URL; entry: string } {
  if (boot) return boot;
  if (compiled) return (boot = { url: new URL('./worker.js', import.meta.url), entry: '' });
  const bundle = workerBundle();
  boot = bundle ? { url: bundle, entry: '' }
    : { url: new URL('./tsx-worker-boot.mjs', import.meta.url), entry: new URL('./worker.ts', import.meta.url).href };
  return boot;
}

interface Slot { worker: Worker; api: Comlink.Remote<WorkerApi>; dead: Promise<never>; init?: RunnerInit }

function spawnWorker(preload: boolean): Slot {
  const { url, entry } = bootTarget();
  const worker = new Worker(url, { workerData: { entry, preload } });
  const dead = new Promise<never>((_, reject) => {
    worker.once('error', (e) => reject(e));
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
  });
  dead.catch(() => {});
  return { worker, api: Comlink.wrap<WorkerApi>(nodeEndpoint(worker)), dead };
}

async function stop(s: Slot): Promise<void> {
  s.api[Comlink.releaseProxy]();
  await s.worker.terminate();
}

async function runSerial(todo: number[], o: RunOptions): Promise<RunResult> {
  const run = await createRunner(o.init);
  let lastYield = performance.now();
  for (const k of todo) {
    if (o.signal?.aborted) break;
    o.onRecords([run(k)]);
    if (performance.now() - lastYield > 20) { // let signals and timers (fsync, progress) run
      await new Promise((r) => setImmediate(r));
      lastYield = performance.now();
    }
  }
  return { workers: 1 };
}

/**
 * A pool of `size` lanes. With size ≥ 2 the worker threads are spawned now (and, with `preload`,
 * import the engine at once); close() ends them.
 */
export function startPool(size: number, opts: { preload?: boolean } = {}): Pool {
  const slots: (Slot | undefined)[] = [];
  if (size >= 2) for (let i = 0; i < size; i++) slots.push(spawnWorker(opts.preload ?? true));
  let closed = false;
  return {
    size,
    run: (todo, o) => (size <= 1 ? runSerial(todo, o) : runLanes(slots, todo, o, opts.preload ?? true)),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(slots.splice(0).map((s) => s && stop(s)));
    },
  };
}

type Mode = 'warm' | 'measure' | 'run';
interface Phase { lanes: number; runs: number; handed: number; done: number; t0: number }
type Tag = 'warm' | Phase | undefined;

async function runLanes(slots: (Slot | undefined)[], todo: number[], o: RunOptions, preload: boolean): Promise<RunResult> {
  const size = slots.length;
  const queue = [...todo];
  const singles: number[] = []; // runs from a chunk whose worker died: retried one at a time
  let totalMs = 0, totalRuns = 0;
  let fatal: Error | undefined; // a worker that cannot start stops the whole pool
  let active = size;            // lanes that take work once the mode is 'run'

  // Lanes with nothing to take wait for a change (a mode or phase switch, a crash, the end).
  let wake: () => void = () => {};
  let changed = new Promise<void>((r) => { wake = r; });
  const notify = (): void => { const w = wake; changed = new Promise<void>((r) => { wake = r; }); w(); };

  // ---- auto: warm-up, then alternating drained phases at each candidate lane count -------------
  let mode: Mode = 'run';
  let warmHanded = 0, warmDone = 0;
  const phases: Phase[] = [];
  const rates = new Map<number, number[]>();
  const load = o.loadAverage ? o.loadAverage() : loadavg()[0]!, cores = availableParallelism();
  const candidates = [...new Set([1, Math.ceil(size / 2), size])].filter((c) => c >= 1);
  const say = (m: string): void => o.onNote?.(m);
  const where = `load average ${load.toFixed(2)} on ${cores} cores`;
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  if (o.auto) {
    const minRuns = 3 * (WARM_RUNS * size + 2 * candidates.reduce((a, c) => a + 2 * c, 0));
    if (load < BUSY_LOAD) say(`--workers auto: ${size} (the machine is idle: ${where})`);
    else if (todo.length < minRuns) say(`--workers auto: ${size} (the machine is busy, ${where}, but ${todo.length} runs are too few to measure on; ${minRuns} are needed)`);
    else mode = 'warm';
  }
  const startMeasuring = (): void => {
    // Each phase lasts about 2 runs per lane, or ≥ 250 ms for short runs; all phases together at
    // most half of what is left, so most of the sweep runs at the chosen count.
    const ms = Math.max(totalMs / Math.max(1, totalRuns), 1e-3);
    const want = candidates.map((c) => Math.max(2 * c, Math.ceil((c * 250) / ms)));
    const total = 2 * want.reduce((a, b) => a + b, 0);
    const scale = Math.min(1, queue.length / 2 / total);
    // ABBA order (1, all, all, 1): the workers' JIT still warms up during the phases, and a linear
    // drift then favours neither count.
    const order = [...candidates.keys(), ...[...candidates.keys()].reverse()];
    for (const j of order) phases.push({ lanes: candidates[j]!, runs: Math.max(candidates[j]!, Math.floor(want[j]! * scale)), handed: 0, done: 0, t0: 0 });
    mode = 'measure';
  };
  // Chosen 1: the rest runs on the main thread, like --workers 1 (no messages, no clones).
  let inProcess = false;
  const decide = (): void => {
    let best = size, bestRate = -1;
    for (const c of candidates) { const r = mean(rates.get(c) ?? []); if (r > bestRate) { best = c; bestRate = r; } }
    active = best;
    inProcess = best === 1;
    mode = 'run';
    say(`--workers auto: ${best} (the machine is busy, ${where}; measured ${candidates.map((c) => `${mean(rates.get(c) ?? []).toFixed(2)} runs/s at ${c}`).join(', ')})`);
  };
  const stopMeasuring = (why: string): void => {
    if (mode === 'run') return;
    mode = 'run';
    phases.length = 0;
    say(`--workers auto: ${size} (measuring stopped: ${why})`);
  };

  const chunkSize = (): number => {
    if (o.batch) return o.batch;
    const m = totalRuns ? totalMs / totalRuns : Infinity;
    const bySpeed = Number.isFinite(m) ? Math.floor(TARGET_CALL_MS / Math.max(m, 1e-3)) : 1;
    return Math.max(1, Math.min(bySpeed, 1000, Math.ceil(queue.length / (4 * active))));
  };
  type Take = { chunk: number[]; single: boolean; tag: Tag } | 'wait' | 'end';
  /** The next call for lane i, which has `queued` calls in flight. */
  const take = (i: number, queued: number): Take => {
    if (o.signal?.aborted || fatal) return 'end';
    if (singles.length) return queued === 0 ? { chunk: [singles.shift()!], single: true, tag: undefined } : 'wait';
    if (!queue.length) return 'end';
    if (mode === 'warm') { // WARM_RUNS runs per worker: a cold worker's first runs are slow
      if (queued > 0 || warmHanded >= WARM_RUNS * size) return 'wait';
      warmHanded++;
      return { chunk: queue.splice(0, 1), single: false, tag: 'warm' };
    }
    if (mode === 'measure') {
      const p = phases[0]!;
      if (i >= p.lanes || queued > 0 || p.handed >= p.runs) return 'wait';
      if (p.handed === 0) p.t0 = performance.now();
      const n = Math.min(o.batch ?? Math.ceil(p.runs / (2 * p.lanes)), p.runs - p.handed);
      p.handed += n;
      return { chunk: queue.splice(0, n), single: false, tag: p };
    }
    if (i >= active || inProcess) return 'end';
    // A second call is queued only while there is work for every lane, so the tail stays balanced.
    if (queued >= DEPTH || (queued > 0 && queue.length < active * DEPTH)) return 'wait';
    return { chunk: queue.splice(0, chunkSize()), single: false, tag: undefined };
  };
  const finished = (tag: Tag, runs: number): void => {
    if (tag === 'warm' && mode === 'warm' && ++warmDone === WARM_RUNS * size) startMeasuring();
    if (typeof tag === 'object' && mode === 'measure' && tag === phases[0]) {
      tag.done += runs;
      if (tag.done >= tag.handed && (tag.handed >= tag.runs || !queue.length)) {
        rates.set(tag.lanes, [...(rates.get(tag.lanes) ?? []), tag.done / ((performance.now() - tag.t0) / 1000)]);
        phases.shift();
        if (!phases.length) decide();
      }
    }
    notify(); // waiting lanes look again (a new mode or phase, or the queue ran out)
  };

  const slotFor = async (i: number): Promise<Slot> => {
    let s = slots[i];
    if (!s) { s = spawnWorker(preload); slots[i] = s; }
    if (s.init !== o.init) {
      try {
        await Promise.race([s.api.init(o.init), s.dead]);
      } catch (e) {
        slots[i] = undefined;
        void stop(s);
        throw e;
      }
      s.init = o.init;
    }
    return s;
  };
  const busy = new Set<Slot>();
  const onAbort = (): void => { for (const s of busy) void s.worker.terminate(); notify(); };
  o.signal?.addEventListener('abort', onAbort);

  interface Call { chunk: number[]; single: boolean; tag: Tag; p: Promise<RunRecord[]> }
  const lane = async (i: number): Promise<void> => {
    const inflight: Call[] = [];
    let slot: Slot | undefined;
    for (;;) {
      let t = take(i, inflight.length);
      while (typeof t === 'object') {
        if (!slot) {
          try { slot = await slotFor(i); } catch (e) { fatal ??= e as Error; notify(); return; }
          busy.add(slot);
        }
        inflight.push({ ...t, p: slot.api.runMany(t.chunk) });
        t = take(i, inflight.length);
      }
      if (!inflight.length) {
        if (t === 'end') { if (slot) busy.delete(slot); return; }
        await changed;
        continue;
      }
      const head = inflight[0]!;
      try {
        const recs = await Promise.race([head.p, slot!.dead]);
        inflight.shift();
        for (const r of recs) { totalMs += r.ms; totalRuns++; }
        o.onRecords(recs);
        finished(head.tag, recs.length);
      } catch (e) {
        // The worker died while running `head` (calls run in order); the calls behind it never started.
        inflight.shift();
        for (const c of inflight.splice(0).reverse()) (c.single ? singles : queue).unshift(...c.chunk);
        busy.delete(slot!);
        slots[i] = undefined;
        void slot!.worker.terminate();
        slot = undefined;
        if (o.signal?.aborted) return;
        stopMeasuring('a worker crashed');
        if (!head.single && head.chunk.length > 1) singles.push(...head.chunk);
        else o.onRecords(head.chunk.map((k) => o.crashed(k, `worker crashed: ${(e as Error).message}`)));
        notify();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: size }, (_, i) => lane(i)));
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
  }
  if (fatal) throw new Error(`a worker failed to start: ${fatal.message}`);
  if (inProcess && queue.length && !o.signal?.aborted) await runSerial(queue.splice(0), o);
  return { workers: mode === 'run' ? active : size };
}
