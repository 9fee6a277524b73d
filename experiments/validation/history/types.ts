// Shapes of the published historical figures the plumbing is validated against (docs/HISTORY.md).
// Pure data types: no I/O.

/** 'sourced': copied from the published series; 'recalled': from memory of it, to be verified. */
export type Confidence = 'sourced' | 'recalled';

/**
 * Balances are in US dollars (not billions); the bitcoin price in dollars per coin; rates and spreads
 * in percent; the equity index in points.
 */
export type Unit = 'USD' | 'USD per BTC' | 'percent' | 'index points';

/**
 * How one monthly point was taken from the native series:
 * - 'month-end': last published observation of the month (daily series);
 * - 'last-wednesday': H.4.1 Wednesday level of the last Wednesday of the month (weekly series);
 * - 'monthly-average': mean of the month's daily observations, dated the last calendar day;
 * - 'anchor': a few dated observations, not one per month.
 */
export type Sampling = 'month-end' | 'last-wednesday' | 'monthly-average' | 'anchor';

export interface HistoryPoint {
  /** ISO date 'YYYY-MM-DD' of the observation. */
  date: string;
  value: number;
}

export interface HistorySeries {
  /** Publisher's series id (FRED id where there is one). */
  id: string;
  label: string;
  unit: Unit;
  /** Frequency of the published series the points were taken from. */
  nativeFrequency: 'daily' | 'weekly';
  sampling: Sampling;
  /** 'FRED XXXX (publisher)' or the publisher's own release name. */
  source: string;
  confidence: Confidence;
  note?: string;
  points: readonly HistoryPoint[];
}

/** One dated fact of an episode (a level, a change, a policy parameter). */
export interface EpisodeFact {
  id: string;
  label: string;
  date: string;
  /** The figure, if the fact has one; in `unit`. */
  value?: number;
  unit?: Unit;
  source: string;
  confidence: Confidence;
  note?: string;
}
