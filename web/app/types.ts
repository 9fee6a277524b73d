// Messages between the page and the model worker. Plain, structured-cloneable data only.
import type { RunEvent, Summary } from '../../sim/api-types';

/** What identifies a run: a named scenario (or an imported file) plus overrides and a seed. */
export interface RunSpec {
  /** A built-in scenario name, or 'custom' when `raw` carries an imported file. */
  scenario: string;
  /** An imported scenario file (untrusted until the worker validated it). */
  raw?: unknown;
  /** `path=value` assignments, as for `crowdout run --set`. */
  overrides: string[];
  seed: number;
  /** Stop after this many trading days (like `crowdout run --days`); undefined = whole scenario. */
  days?: number;
}

export interface AssetMeta { id: string; duration: number }

/** Sent once when a run is loaded. */
export interface RunMeta {
  name: string;
  description: string;
  /** Every date the run will record, so charts can fix their time axis before playing. */
  dates: string[];
  /** Trading days the run will step. */
  days: number;
  assets: AssetMeta[];
  columns: string[];
  /** Overrides that reproduce the loaded scenario relative to the defaults (for URLs and files). */
  diff: Record<string, unknown>;
  /** The validated scenario, as loadable JSON. */
  scenarioJson: Record<string, unknown>;
  /** Current value of every slider path, so the UI shows what the scenario says. */
  values: Record<string, unknown>;
  /** The model version (sim/version.ts): the same scenario, seed and version give the same numbers. */
  version: string;
  /** The same paths in the scenario before overrides (the diff the sliders show is against these). */
  baseValues: Record<string, unknown>;
}

/** New recorded rows since the last call. Buffers are transferred, not copied. */
export interface Chunk {
  /** Row index of the first value in each column. */
  from: number;
  dates: string[];
  columns: Record<string, Float64Array>;
  events: RunEvent[];
  /** Days stepped so far and whether the run is finished. */
  t: number;
  done: boolean;
}

export interface ScenarioInfo { name: string; description: string }

export interface FieldError { field: string; message: string }
export type Result<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** One run of a comparison: selected columns over the whole run plus its summary. */
export interface BatchResult {
  seed: number;
  dates: string[];
  columns: Record<string, Float64Array>;
  summary: Summary;
}
