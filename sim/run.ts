// The stepping API every caller uses: create a run, step it, read its columns and events,
// snapshot and restore it (a restored run continues bit-for-bit), or run it to the end.
import type { RunData, RunEvent, Summary } from './api-types';
import { compile, type Compiled } from './compiled';
import { initState } from './init';
import { Scratch, stepDay } from './model';
import { COLUMN_NAMES } from './record/columns';
import { allocColumns } from './record/recorder';
import { Rng } from './rng';
import type { Scenario } from './scenario/schema';
import { settleNumberFields, type State } from './state';
import { summarize } from './summary';
import { VERSION } from './version';

export interface Snapshot {
  version: string;
  scenario: Scenario;
  seed: number;
  maxDays: number;
  state: Omit<State, 'rng' | 'sc' | 'cal'> & { rng: ReturnType<Rng['state']> };
  columns: Float64Array[];
  events: RunEvent[];
}

export class Run {
  private readonly c: Compiled;
  private readonly x: Scratch;
  private constructor(private readonly s: State, private readonly cols: Float64Array[], private readonly ev: RunEvent[]) {
    this.c = compile(s.sc, s.cal.dayNumbers);
    this.x = new Scratch(s.sc.hyperscaler.count);
  }

  static create(scenario: Scenario, seed: number, opts: { days?: number } = {}): Run {
    const s = initState(scenario, seed, opts.days);
    return new Run(s, allocColumns(s.days), []);
  }

  static restore(snap: Snapshot): Run {
    if (snap.version !== VERSION) throw new Error(`snapshot is from crowdout ${snap.version}; this is ${VERSION}`);
    const fresh = initState(snap.scenario, snap.seed, snap.maxDays);
    const { rng, ...rest } = snap.state;
    const s: State = { ...fresh, ...structuredCloneLite(rest), rng: Rng.restore(`crowdout:${snap.seed}`, rng) };
    settleNumberFields(s);
    return new Run(s, snap.columns.map((c) => c.slice()), snap.events.map((e) => JSON.parse(JSON.stringify(e)) as RunEvent));
  }

  get t(): number { return this.s.t; }
  get days(): number { return this.s.days; }
  get done(): boolean { return this.s.t >= this.s.days; }
  get scenario(): Scenario { return this.s.sc; }
  get seed(): number { return this.s.seed; }
  get dates(): readonly string[] { return this.s.cal.dates; }

  /** Advance up to n days; returns the number of days stepped. */
  step(n = 1): number {
    let k = 0;
    while (k < n && !this.done) { stepDay(this.s, this.c, this.x, this.cols, this.ev); k++; }
    return k;
  }

  /** Recorded columns and events from day `from` (inclusive) to the current day: fresh copies. */
  data(from = 0): RunData {
    const to = this.s.t;
    const columns: Record<string, Float64Array> = {};
    COLUMN_NAMES.forEach((n, i) => { columns[n] = this.cols[i]!.slice(from, to); });
    return { dates: this.s.cal.dates.slice(from, to), columns, events: this.ev.filter((e) => e.day >= from && e.day < to) };
  }

  events(): readonly RunEvent[] { return this.ev; }

  summary(): Summary { return summarize(this.s, this.data(), VERSION); }

  snapshot(): Snapshot {
    const { rng, sc, cal, ...rest } = this.s;
    void sc; void cal;
    return {
      version: VERSION, scenario: this.s.sc, seed: this.s.seed, maxDays: this.s.days,
      state: { ...structuredCloneLite(rest), rng: rng.state() },
      columns: this.cols.map((c) => c.slice()),
      events: JSON.parse(JSON.stringify(this.ev)) as RunEvent[],
    };
  }
}

/** Deep copy of typed arrays, arrays and plain objects (structuredClone is not in ES2022's lib). */
function structuredCloneLite<T>(v: T): T {
  if (ArrayBuffer.isView(v)) return (v as unknown as Float64Array).slice() as unknown as T;
  if (Array.isArray(v)) return v.map(structuredCloneLite) as unknown as T;
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = structuredCloneLite(x);
    return o as T;
  }
  return v;
}

export const createRun = (scenario: Scenario, seed: number, opts?: { days?: number }): Run => Run.create(scenario, seed, opts);
export const restoreRun = (snap: Snapshot): Run => Run.restore(snap);

export function runToEnd(scenario: Scenario, seed: number, opts?: { days?: number }): { summary: Summary; data: RunData } {
  const r = Run.create(scenario, seed, opts);
  r.step(r.days);
  return { summary: r.summary(), data: r.data() };
}
