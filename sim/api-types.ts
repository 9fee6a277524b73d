// The engine's public data contract: what a run records and what a summary reports.
// The browser worker, the sweep runner, the CLI and the tests all read runs through these types.
import type { AssetId, ClassId, Trigger } from './ids';

/** Recorded daily series: one Float64Array per column, length = days recorded so far. */
export interface RunData {
  /** ISO dates (YYYY-MM-DD), one per recorded day. */
  dates: string[];
  /** Column name -> values. Names are listed in `sim/record/columns.ts` (COLUMN_NAMES). */
  columns: Record<string, Float64Array>;
  events: RunEvent[];
}

export type RunEvent = ExhaustionEvent | ReplenishedEvent | CascadeEvent | ShockEvent | CapexCutEvent;

/** Idle money fell below the exhaustion threshold (may happen more than once). */
export interface ExhaustionEvent { kind: 'exhaustion'; day: number; date: string; idleUsd: number }
/** Idle money climbed back above twice the threshold after an exhaustion. */
export interface ReplenishedEvent { kind: 'replenished'; day: number; date: string; idleUsd: number }
export interface ShockEvent { kind: 'shock'; day: number; date: string; label: string }
export interface CapexCutEvent { kind: 'capex_cut'; day: number; date: string; agent: number; reason: string }

/** A forced sale inside a cascade: who sold what, why, in which round. */
export interface ForcedSale {
  round: number;
  cls: ClassId;
  agent: number;
  asset: AssetId;
  trigger: Trigger;
  usd: number;
}
export interface CascadeRound {
  round: number;
  /** The price moves (log returns, whole day so far) that the round's triggers saw. */
  moves: Partial<Record<AssetId, number>>;
  sales: ForcedSale[];
  totalUsd: number;
}
export interface CascadeEvent {
  kind: 'cascade';
  day: number;
  date: string;
  rounds: CascadeRound[];
  totalUsd: number;
}

export interface Summary {
  scenario: string;
  seed: number;
  version: string;
  days: number;
  startDate: string;
  endDate: string;
  exhaustionDay: number | null;
  exhaustionDate: string | null;
  assets: Record<AssetId, { totalReturn: number; maxDrawdown: number }>;
  rates: {
    costOfCapital: { start: number; peak: number; end: number };
    treasury10y: { start: number; peak: number; end: number };
    igSpread: { start: number; peak: number; end: number };
    hySpread: { start: number; peak: number; end: number };
  };
  idleMoney: { start: number; min: number; end: number };
  plumbing: {
    rrp: { start: number; end: number; min: number };
    reserves: { start: number; end: number; min: number };
    /** SOFR − IORB (annual decimal): its peak and the first date it was above zero. */
    sofrIorb: { peak: number; firstPositiveDate: string | null };
  };
  cascades: { count: number; maxRounds: number; forcedSalesUsd: number };
  forcedSalesByTrigger: Record<Trigger, number>;
  capex: { plannedUsd: number; spentUsd: number };
  accounting: { maxImbalanceUsd: number };
}
