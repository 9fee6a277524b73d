// The page's run controller: owns the model worker, the current spec and the page's copy of the run.
// Playing asks the worker for days at the chosen speed; the worker simulates, the page only draws.
import * as Comlink from 'comlink';
import type { SimApi } from '../worker/api';
import { spawnWorker } from './pool';
import { RunStore } from './store';
import type { FieldError, RunSpec, ScenarioInfo } from './types';
import type { Summary } from '../../sim/api-types';

export const SPEEDS = [
  { label: '10 days/s', daysPerSecond: 10 }, { label: '30 days/s', daysPerSecond: 30 },
  { label: '100 days/s', daysPerSecond: 100 }, { label: 'Full speed', daysPerSecond: Infinity },
] as const;
/**
 * Full speed: a worker call every ASK_EVERY_MS (every other frame at 60 Hz), for as many days as the
 * model computes in WORKER_MS (at most MAX_CHUNK); the worker idles the rest of the time. The call
 * is posted from the frame callback as a task, so it leaves once the frame's drawing, style, layout,
 * paint and commit are done: the worker then computes while the page's thread is idle instead of
 * beside it (askAfterFrame). On 2 cores with one other busy process, a worker that never idled
 * left the page's thread, Chromium's compositor and the other process fighting for one core, and
 * frames ran 2–5 vsyncs long with no script running in them. With the worker busy about a quarter
 * of the time and the charts updated 30 times a second (each update costs the page a commit and a
 * raster besides the drawing), frames stay on time far more often (docs/WEB.md, `npm run bench:web`).
 */
const MAX_CHUNK = 32;
const WORKER_MS = 8;
const ASK_EVERY_MS = 30;

export type ControllerEvent = 'loaded' | 'progress' | 'state' | 'error' | 'failed';

/** A run that stopped with an error on some day (the model refused to go on). */
export interface RunFailure { message: string; day: number }
/** Days per worker call while catching up (computing to a day without drawing each one). */
const CATCH_UP_CHUNK = 60;

export class Controller {
  readonly api: Comlink.Remote<SimApi>;
  spec: RunSpec | null = null;
  store: RunStore | null = null;
  playing = false;
  speed = 2;
  /** What the page is computing (shown instead of "press play"; Play is disabled meanwhile), or null. */
  busy: string | null = null;
  private inFlight = false;
  private due = 0;
  private lastTs = 0;
  private lastAsk = 0;
  private readonly listeners = new Map<ControllerEvent, Set<(x?: unknown) => void>>();
  private generation = 0;

  constructor() {
    this.api = spawnWorker().api;
  }

  on(ev: ControllerEvent, f: (x?: unknown) => void): void {
    if (!this.listeners.has(ev)) this.listeners.set(ev, new Set());
    this.listeners.get(ev)!.add(f);
  }
  private emit(ev: ControllerEvent, x?: unknown): void { for (const f of this.listeners.get(ev) ?? []) f(x); }

  scenarios(): Promise<ScenarioInfo[]> { return this.api.scenarios(); }

  /** Load a spec; on a validation error the current run stays and the error is reported. */
  async load(spec: RunSpec): Promise<FieldError | null> {
    this.pause();
    const gen = ++this.generation;
    let res: Awaited<ReturnType<SimApi['load']>>;
    try {
      res = await this.api.load(spec);
    } catch (e) {
      // The worker threw, or the spec could not be sent to it (structured clone): say so, keep the run.
      res = { ok: false, error: { field: '(scenario)', message: (e as Error)?.message ?? String(e) } };
    }
    if (gen !== this.generation) return null;
    if (!res.ok) { this.emit('error', res.error); return res.error; }
    this.spec = spec;
    // The worker handles calls in order, so any step still in flight for the old run has returned.
    this.inFlight = false;
    this.queued = 0;
    this.store = new RunStore(res.value);
    this.emit('loaded', this.store);
    return null;
  }

  setBusy(what: string | null): void {
    if (what === this.busy) return;
    this.busy = what;
    if (what) document.body.dataset.busy = what; else delete document.body.dataset.busy;
    this.emit('state');
  }

  /**
   * Compute the loaded run up to day `target` in chunks (so progress shows and a newer load can
   * take over between chunks). Returns the failure if the model stopped, else null.
   */
  async catchUp(target: number, superseded: () => boolean = () => false): Promise<RunFailure | null> {
    const s = this.store;
    if (!s) return null;
    const gen = this.generation;
    this.pause();
    while (s.t < target && !s.done && gen === this.generation && !superseded()) {
      try {
        const chunk = await this.api.step(Math.min(CATCH_UP_CHUNK, target - s.t));
        if (gen !== this.generation) return null;
        s.append(chunk);
        this.emit('progress', s);
      } catch (e) {
        const f = { message: (e as Error).message, day: s.t };
        this.emit('failed', f);
        return f;
      }
    }
    this.emit('state');
    return null;
  }

  reset(): Promise<FieldError | null> { return this.spec ? this.load(this.spec) : Promise.resolve(null); }

  play(): void {
    if (this.playing || this.busy || !this.store || this.store.done) return;
    this.playing = true;
    this.lastTs = performance.now();
    this.due = 0;
    this.emit('state');
    requestAnimationFrame((ts) => this.tick(ts));
  }

  pause(): void { if (this.playing) { this.playing = false; this.emit('state'); } }
  toggle(): void { if (this.playing) this.pause(); else this.play(); }

  /** Advance n days now (the step button and the right-arrow key). */
  async step(n = 1): Promise<void> {
    if (this.busy || !this.store || this.store.done) return;
    // Presses while a step is in flight are queued, not dropped.
    this.queued += n;
    if (this.inFlight) return;
    while (this.queued > 0 && !this.inFlight && !this.playing) {
      const k = this.queued;
      this.queued = 0;
      await this.fetch(k);
    }
  }
  private queued = 0;

  /** Step back n days: the worker restores a snapshot and replays (runs are deterministic). */
  async back(n = 1): Promise<void> {
    const s = this.store;
    if (this.busy || this.inFlight || !s || s.t === 0) return;
    this.pause();
    this.inFlight = true;
    const gen = this.generation;
    try {
      const t = await this.api.seek(Math.max(0, s.t - n));
      if (gen === this.generation) { s.truncate(t); this.emit('progress', s); this.emit('state'); }
    } finally { this.inFlight = false; }
  }

  summary(): Promise<{ summary: Summary; json: string }> { return this.api.summary(); }

  private tick(ts: number): void {
    if (!this.playing) return;
    const dps = SPEEDS[this.speed]!.daysPerSecond;
    const frameMs = ts - this.lastTs;
    const dt = Math.min(0.25, frameMs / 1000);
    this.lastTs = ts;
    if (Number.isFinite(dps)) this.due += dps * dt;
    if (!this.inFlight) {
      if (!Number.isFinite(dps)) {
        if (ts - this.lastAsk >= ASK_EVERY_MS) { this.lastAsk = ts; this.askAfterFrame(); }
      }
      else {
        const n = Math.floor(this.due);
        if (n > 0) { this.due -= n; void this.fetch(n); }
      }
    }
    requestAnimationFrame((t) => this.tick(t));
  }

  /**
   * Ask the worker for a budgeted chunk once this frame's rendering is done. A task posted from a
   * frame callback runs after the frame's style, layout, paint and commit, so the worker's 8 ms no
   * longer overlap the page's work on the same frame: on 2 cores with another busy process, the
   * page's thread, the worker and that process were all runnable at the start of every other frame.
   * The call counts as in flight from now on, so the next frame does not ask again.
   */
  private askAfterFrame(): void {
    this.inFlight = true;
    const gen = this.generation;
    if (!this.frameDone) {
      this.frameDone = new MessageChannel();
      this.frameDone.port1.onmessage = () => this.afterFrame?.();
    }
    this.afterFrame = () => {
      this.afterFrame = null;
      if (gen !== this.generation) return;
      if (!this.playing) { this.inFlight = false; return; }
      void this.fetch(MAX_CHUNK, WORKER_MS);
    };
    this.frameDone.port2.postMessage(0);
  }
  private frameDone: MessageChannel | null = null;
  private afterFrame: (() => void) | null = null;

  private async fetch(n: number, budgetMs?: number): Promise<void> {
    const s = this.store;
    if (!s) return;
    this.inFlight = true;
    const gen = this.generation;
    try {
      const chunk = await this.api.step(n, budgetMs);
      if (gen !== this.generation || s !== this.store) return;
      s.append(chunk);
      this.emit('progress', s);
      if (chunk.done) { this.pause(); this.emit('state'); }
    } catch (e) {
      this.pause();
      if (gen === this.generation) this.emit('failed', { message: (e as Error).message, day: s.t });
    } finally {
      if (gen === this.generation) this.inFlight = false;
    }
  }
}
