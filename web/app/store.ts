// The page's copy of a run: columns preallocated to the run's length and filled as chunks arrive
// from the worker. Charts read `col(name)` up to `length`; nothing here simulates.
import type { RunEvent, CascadeEvent } from '../../sim/api-types';
import type { Chunk, RunMeta } from './types';

export class RunStore {
  readonly meta: RunMeta;
  length = 0;
  t = 0;
  done = false;
  events: RunEvent[] = [];
  /** Bumped on every append: charts redraw when it changes. */
  version = 0;
  /** Bumped when rows are forgotten (stepping back): what a chart drew before is no longer a prefix. */
  epoch = 0;
  private cols = new Map<string, Float64Array>();
  private readonly capacity: number;

  constructor(meta: RunMeta) {
    this.meta = meta;
    this.capacity = meta.dates.length;
  }

  get dates(): string[] { return this.meta.dates; }

  /** The column, length `capacity`; rows ≥ `length` are NaN. Unknown names give an all-NaN column. */
  col(name: string): Float64Array {
    let c = this.cols.get(name);
    if (!c) { c = new Float64Array(this.capacity).fill(NaN); this.cols.set(name, c); }
    return c;
  }

  has(name: string): boolean { return this.cols.has(name); }
  names(): string[] { return [...this.cols.keys()]; }

  append(chunk: Chunk): void {
    for (const [name, values] of Object.entries(chunk.columns)) {
      const c = this.col(name);
      const n = Math.min(values.length, this.capacity - chunk.from);
      if (n > 0) c.set(n === values.length ? values : values.subarray(0, n), chunk.from);
    }
    const rows = Object.values(chunk.columns)[0]?.length ?? chunk.dates.length;
    this.length = Math.min(this.capacity, Math.max(this.length, chunk.from + rows));
    this.events.push(...chunk.events);
    for (const e of chunk.events) if (e.kind === 'cascade') this.cascadeList.push(e);
    this.t = chunk.t;
    this.done = chunk.done;
    this.version++;
  }

  /** Forget rows from t on (stepping back); the worker continues from t. */
  truncate(t: number): void {
    const n = Math.max(0, Math.min(t, this.length));
    for (const c of this.cols.values()) c.fill(NaN, n);
    this.length = n;
    this.t = n;
    this.done = false;
    this.events = this.events.filter((e) => e.day < n);
    this.cascadeList = this.cascadeList.filter((e) => e.day < n);
    this.version++;
    this.epoch++;
  }

  /** The cascade events so far (kept as chunks arrive: the page asks for them on every chunk). */
  cascades(): CascadeEvent[] { return this.cascadeList; }
  private cascadeList: CascadeEvent[] = [];

  exhaustionDay(): number | null {
    const e = this.events.find((x) => x.kind === 'exhaustion');
    return e ? e.day : null;
  }

  /**
   * Spells with idle money run dry, as [first day, day it came back) (end null = still dry). The
   * engine records each exhaustion and each replenishment (idle money back above twice the
   * threshold, `pool.exhaustionShare` of its start), so a spell is the days between the two.
   */
  exhaustedSpans(): Array<[number, number | null]> {
    if (this.spansVersion === this.version) return this.spans;
    const spans: Array<[number, number | null]> = [];
    let start: number | null = null;
    for (const e of this.events) {
      if (e.kind === 'exhaustion' && start === null) start = e.day;
      else if (e.kind === 'replenished' && start !== null) { spans.push([start, e.day]); start = null; }
    }
    if (start !== null) spans.push([start, null]);
    this.spans = spans;
    this.spansVersion = this.version;
    return spans;
  }
  private spans: Array<[number, number | null]> = [];
  private spansVersion = -1;

  /** Index of the last recorded row (the "now" of the run). */
  get last(): number { return Math.max(0, this.length - 1); }
}
