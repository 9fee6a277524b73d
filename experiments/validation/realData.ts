// Published figures the baseline's "real path" is set beside (docs/VALIDATION.md, "The real path"):
// six market and plumbing series at the table's dates and the hyperscalers' annual totals. Pure data.
// Each point carries its own observation date; a weekly series is read at its last Wednesday on or
// before the table date. Where a figure could not be checked against the published series it is
// marked `approx` and the table says so.
import type { Unit } from './history/types';

export interface RealPoint {
  /** ISO date of the published observation. */
  date: string;
  value: number;
}

/** How a model run is mapped onto the published series' unit. */
export type ModelMapping =
  /** `price.<asset>` (100 at the start) times the published level on the start date, over 100. */
  | { kind: 'index'; column: string; startLevel: number }
  /** A column in decimal (0.0395) shown in percent (3.95). */
  | { kind: 'percent'; column: string }
  /** A column already in the published unit (US dollars). */
  | { kind: 'level'; column: string };

export interface RealSeries {
  key: string;
  label: string;
  unit: Unit;
  /** Publisher's series id (FRED id). */
  id: string;
  source: string;
  model: ModelMapping;
  /** How far (calendar days) the published observation may precede the table date. */
  maxLagDays: number;
  points: readonly RealPoint[];
}

export interface RealAnnual {
  key: string;
  label: string;
  year: number;
  /** Sum of this daily USD column over the calendar year. */
  column: string;
  /** Published figure; a range where the sources differ or guidance is a range. */
  low: number;
  high: number;
  source: string;
  /** Not checked against a primary source: the table marks it "approx.". */
  approx: boolean;
  note?: string;
}

/** The dates the table reports: the start, half-year ends, and the newest half-year end sourced. */
export const REAL_PATH_DATES = ['2024-01-02', '2024-06-28', '2024-12-31', '2025-06-30', '2025-12-31', '2026-06-30'] as const;

const p = (date: string, value: number): RealPoint => ({ date, value });

/** S&P 500 close on 2024-01-02, the model's start: broad equity's 100 maps to this level. */
export const SP500_START = 4742.83;
/** Coinbase BTC-USD on 2024-01-02 (calendar-day series), the level crypto's 100 maps to. */
export const BTC_START = 45030.04;

export const REAL_SERIES: readonly RealSeries[] = [
  {
    key: 'sp500', label: 'S&P 500', unit: 'index points', id: 'SP500', source: 'FRED SP500 (S&P Dow Jones Indices)',
    model: { kind: 'index', column: 'price.broad_equity', startLevel: SP500_START }, maxLagDays: 4,
    points: [p('2024-01-02', SP500_START), p('2024-06-28', 5460.48), p('2024-12-31', 5881.63), p('2025-06-30', 6204.95),
      p('2025-12-31', 6845.5), p('2026-06-30', 7499.36)],
  },
  {
    key: 'btc', label: 'BTC (USD)', unit: 'USD per BTC', id: 'CBBTCUSD', source: 'FRED CBBTCUSD (Coinbase)',
    model: { kind: 'index', column: 'price.crypto', startLevel: BTC_START }, maxLagDays: 0,
    points: [p('2024-01-02', BTC_START), p('2024-06-28', 60322.28), p('2024-12-31', 94383.59), p('2025-06-30', 105711.78),
      p('2025-12-31', 87696.0), p('2026-06-30', 58585.96)],
  },
  {
    key: 'ust10y', label: '10y Treasury (%)', unit: 'percent', id: 'DGS10', source: 'FRED DGS10 (Board of Governors, H.15)',
    model: { kind: 'percent', column: 'rate.treasury10y' }, maxLagDays: 4,
    points: [p('2024-01-02', 3.95), p('2024-06-28', 4.36), p('2024-12-31', 4.58), p('2025-06-30', 4.24),
      p('2025-12-31', 4.18), p('2026-06-30', 4.44)],
  },
  {
    key: 'hyOas', label: 'HY OAS (%)', unit: 'percent', id: 'BAMLH0A0HYM2', source: 'FRED BAMLH0A0HYM2 (ICE Data Indices)',
    model: { kind: 'percent', column: 'spread.hy_credit' }, maxLagDays: 4,
    points: [p('2024-01-02', 3.54), p('2024-06-28', 3.18), p('2024-12-31', 2.92), p('2025-06-30', 2.96),
      p('2025-12-31', 2.81), p('2026-06-30', 2.75)],
  },
  {
    // Quarter-end prints carry window-dressing spikes (2024-06-28, 2024-12-31, 2025-06-30, 2025-12-31).
    key: 'onRrp', label: 'ON RRP', unit: 'USD', id: 'RRPONTSYD', source: 'FRED RRPONTSYD (Federal Reserve Bank of New York)',
    model: { kind: 'level', column: 'plumbing.rrp' }, maxLagDays: 7,
    points: [p('2024-01-02', 704.864e9), p('2024-06-28', 664.570e9), p('2024-12-31', 473.460e9), p('2025-06-30', 460.731e9),
      p('2025-12-31', 105.993e9), p('2026-06-23', 6.484e9)],
  },
  {
    key: 'reserves', label: 'Reserves', unit: 'USD', id: 'WRESBAL', source: 'FRED WRESBAL (Board of Governors, H.4.1, Wednesday level)',
    model: { kind: 'level', column: 'plumbing.reserves' }, maxLagDays: 13,
    points: [p('2023-12-27', 3446.459e9), p('2024-06-26', 3302.647e9), p('2024-12-25', 3247.382e9), p('2025-06-25', 3369.328e9),
      p('2025-12-31', 2957.410e9), p('2026-06-17', 3033.444e9)],
  },
];

export const REAL_ANNUAL: readonly RealAnnual[] = [
  {
    key: 'bonds2025', label: 'Hyperscaler bond issuance 2025', year: 2025, column: 'fof.capex.bonds', low: 121e9, high: 121e9,
    source: 'BofA Securities credit research (Y. Seliger, note of 2025-11-17; year total in its January 2026 report)', approx: false,
    note: 'Amazon, Alphabet, Meta, Microsoft and Oracle, US bonds; other tallies give $108B.',
  },
  {
    key: 'capex2024', label: 'Hyperscaler capex 2024', year: 2024, column: 'capex.spent', low: 226e9, high: 246e9,
    source: 'Company reports as tallied in press coverage of the Q4-2024 results (Feb 2025)', approx: true,
    note: 'Amazon + Alphabet + Meta + Microsoft; tallies differ by fiscal year and finance leases.',
  },
  {
    key: 'capex2025', label: 'Hyperscaler capex 2025', year: 2025, column: 'capex.spent', low: 380e9, high: 410e9,
    source: 'Company guidance at the Q3-2025 reports ($380B) and a Reuters factbox of Nov 2025 (≈ $410B)', approx: true,
    note: 'Same four firms; full-year outturn not checked.',
  },
  {
    key: 'capex2026', label: 'Hyperscaler capex 2026 (guidance)', year: 2026, column: 'capex.spent', low: 630e9, high: 725e9,
    source: 'Company guidance at the Q4-2025 reports (Jan–Feb 2026) and the spring-2026 raises', approx: false,
    note: 'A plan, not an outturn: $630B at the Q4-2025 reports, ≈ $725B after the raises.',
  },
];
