// Published month-by-month figures of the US money plumbing, 2023-01 to 2025-12, that the model's
// Fed / banks / money-fund / Treasury plumbing is validated against. Pure data, no I/O. Where each
// series comes from, how it was sampled and which are only recalled: docs/HISTORY.md.
import type { HistoryPoint, HistorySeries } from './types';

export type { Confidence, EpisodeFact, HistoryPoint, HistorySeries, Sampling, Unit } from './types';
export { PLUMBING_FACTS } from './plumbingFacts';

const p = (date: string, value: number): HistoryPoint => ({ date, value });

/** Overnight reverse repo take-up at the NY Fed, last business day of each month. */
export const ON_RRP: HistorySeries = {
  id: 'RRPONTSYD',
  label: 'Overnight reverse repurchase agreements (ON RRP), total accepted',
  unit: 'USD',
  nativeFrequency: 'daily',
  sampling: 'month-end',
  source: 'FRED RRPONTSYD (Federal Reserve Bank of New York)',
  confidence: 'sourced',
  note: 'Month-end days carry window-dressing spikes (2025-12-31: $106B against $1-20B on other December days).',
  points: [
    p('2023-01-31', 2061.572e9), p('2023-02-28', 2188.035e9), p('2023-03-31', 2375.171e9),
    p('2023-04-28', 2325.479e9), p('2023-05-31', 2254.859e9), p('2023-06-30', 2034.319e9),
    p('2023-07-31', 1821.124e9), p('2023-08-31', 1651.602e9), p('2023-09-29', 1557.569e9),
    p('2023-10-31', 1137.697e9), p('2023-11-30', 887.822e9), p('2023-12-29', 1018.483e9),
    p('2024-01-31', 615.379e9), p('2024-02-29', 502.074e9), p('2024-03-28', 594.428e9),
    p('2024-04-30', 534.234e9), p('2024-05-31', 439.806e9), p('2024-06-28', 664.570e9),
    p('2024-07-31', 413.200e9), p('2024-08-30', 433.130e9), p('2024-09-30', 465.638e9),
    p('2024-10-31', 201.278e9), p('2024-11-29', 197.627e9), p('2024-12-31', 473.460e9),
    p('2025-01-31', 187.913e9), p('2025-02-28', 234.422e9), p('2025-03-31', 399.167e9),
    p('2025-04-30', 250.601e9), p('2025-05-30', 315.657e9), p('2025-06-30', 460.731e9),
    p('2025-07-31', 214.445e9), p('2025-08-29', 77.898e9), p('2025-09-30', 49.071e9),
    p('2025-10-31', 51.802e9), p('2025-11-28', 7.561e9), p('2025-12-31', 105.993e9),
  ],
};

/** Reserve balances with Federal Reserve Banks, H.4.1 Wednesday level, last Wednesday of each month. */
export const RESERVES: HistorySeries = {
  id: 'WRESBAL',
  label: 'Reserve balances with Federal Reserve Banks (Wednesday level)',
  unit: 'USD',
  nativeFrequency: 'weekly',
  sampling: 'last-wednesday',
  source: 'FRED WRESBAL (Board of Governors, H.4.1)',
  confidence: 'sourced',
  points: [
    p('2023-01-25', 3031889e6), p('2023-02-22', 3016577e6), p('2023-03-29', 3437592e6),
    p('2023-04-26', 3135655e6), p('2023-05-31', 3309447e6), p('2023-06-28', 3171567e6),
    p('2023-07-26', 3172244e6), p('2023-08-30', 3238345e6), p('2023-09-27', 3170324e6),
    p('2023-10-25', 3261886e6), p('2023-11-29', 3441581e6), p('2023-12-27', 3446459e6),
    p('2024-01-31', 3526230e6), p('2024-02-28', 3567552e6), p('2024-03-27', 3496121e6),
    p('2024-04-24', 3324363e6), p('2024-05-29', 3409342e6), p('2024-06-26', 3302647e6),
    p('2024-07-31', 3293519e6), p('2024-08-28', 3313566e6), p('2024-09-25', 3169149e6),
    p('2024-10-30', 3236958e6), p('2024-11-27', 3227674e6), p('2024-12-25', 3247382e6),
    p('2025-01-29', 3224785e6), p('2025-02-26', 3327249e6), p('2025-03-26', 3450933e6),
    p('2025-04-30', 3219214e6), p('2025-05-28', 3270661e6), p('2025-06-25', 3369328e6),
    p('2025-07-30', 3347414e6), p('2025-08-27', 3224967e6), p('2025-09-24', 3002218e6),
    p('2025-10-29', 2848021e6), p('2025-11-26', 2896586e6), p('2025-12-31', 2957410e6),
  ],
};

/** Treasury General Account closing balance, last business day of each month. */
export const TGA: HistorySeries = {
  id: 'DTS-TGA-CLOSE',
  label: 'Treasury General Account closing balance',
  unit: 'USD',
  nativeFrequency: 'daily',
  sampling: 'month-end',
  source: 'U.S. Treasury Daily Treasury Statement, Table I, TGA closing balance (Bureau of the Fiscal Service)',
  confidence: 'sourced',
  note: 'Same account as FRED WTREGEN / WDTGAL (H.4.1), but the daily Treasury figure, not the Wednesday level.',
  points: [
    p('2023-01-31', 567908e6), p('2023-02-28', 415005e6), p('2023-03-31', 177692e6),
    p('2023-04-28', 316381e6), p('2023-05-31', 48512e6), p('2023-06-30', 402394e6),
    p('2023-07-31', 501828e6), p('2023-08-31', 541843e6), p('2023-09-29', 656889e6),
    p('2023-10-31', 832412e6), p('2023-11-30', 758851e6), p('2023-12-29', 768590e6),
    p('2024-01-31', 865481e6), p('2024-02-29', 837099e6), p('2024-03-29', 775268e6),
    p('2024-04-30', 962428e6), p('2024-05-31', 718926e6), p('2024-06-28', 777798e6),
    p('2024-07-31', 854001e6), p('2024-08-30', 709513e6), p('2024-09-30', 885725e6),
    p('2024-10-31', 921042e6), p('2024-11-29', 756878e6), p('2024-12-31', 721892e6),
    p('2025-01-31', 793025e6), p('2025-02-28', 559582e6), p('2025-03-31', 405786e6),
    p('2025-04-30', 677657e6), p('2025-05-30', 351443e6), p('2025-06-30', 456980e6),
    p('2025-07-31', 497596e6), p('2025-08-29', 555224e6), p('2025-09-30', 890825e6),
    p('2025-10-31', 926328e6), p('2025-11-28', 956014e6), p('2025-12-31', 872853e6),
  ],
};

/** Fed total assets, H.4.1 Wednesday level, last Wednesday of each month: the stand-in for SOMA size. */
export const FED_TOTAL_ASSETS: HistorySeries = {
  id: 'WALCL',
  label: 'Federal Reserve total assets (Wednesday level)',
  unit: 'USD',
  nativeFrequency: 'weekly',
  sampling: 'last-wednesday',
  source: 'FRED WALCL (Board of Governors, H.4.1)',
  confidence: 'sourced',
  note: 'Securities held outright (WSHOSHO) is ~94% of this (2024-01-03: $7.187T of $7.681T, H.4.1 of 2024-01-04); the monthly WSHOSHO series could not be sourced here.',
  points: [
    p('2023-01-25', 8470557e6), p('2023-02-22', 8382190e6), p('2023-03-29', 8705942e6),
    p('2023-04-26', 8562768e6), p('2023-05-31', 8385854e6), p('2023-06-28', 8340914e6),
    p('2023-07-26', 8243344e6), p('2023-08-30', 8121316e6), p('2023-09-27', 8002064e6),
    p('2023-10-25', 7907830e6), p('2023-11-29', 7796145e6), p('2023-12-27', 7712781e6),
    p('2024-01-31', 7630124e6), p('2024-02-28', 7567807e6), p('2024-03-27', 7484739e6),
    p('2024-04-24', 7402434e6), p('2024-05-29', 7284319e6), p('2024-06-26', 7231163e6),
    p('2024-07-31', 7178391e6), p('2024-08-28', 7123238e6), p('2024-09-25', 7080059e6),
    p('2024-10-30', 7013490e6), p('2024-11-27', 6905140e6), p('2024-12-25', 6885963e6),
    p('2025-01-29', 6818186e6), p('2025-02-26', 6766101e6), p('2025-03-26', 6740253e6),
    p('2025-04-30', 6709277e6), p('2025-05-28', 6673244e6), p('2025-06-25', 6662200e6),
    p('2025-07-30', 6642578e6), p('2025-08-27', 6603384e6), p('2025-09-24', 6608395e6),
    p('2025-10-29', 6587034e6), p('2025-11-26', 6552419e6), p('2025-12-31', 6640618e6),
  ],
};

/** Secured overnight financing rate, mean of the month's daily fixings. */
export const SOFR: HistorySeries = {
  id: 'SOFR',
  label: 'Secured Overnight Financing Rate, monthly average',
  unit: 'percent',
  nativeFrequency: 'daily',
  sampling: 'monthly-average',
  source: 'FRED SOFR (Federal Reserve Bank of New York)',
  confidence: 'sourced',
  points: [
    p('2023-01-31', 4.304), p('2023-02-28', 4.538), p('2023-03-31', 4.636),
    p('2023-04-30', 4.806), p('2023-05-31', 5.023), p('2023-06-30', 5.056),
    p('2023-07-31', 5.095), p('2023-08-31', 5.301), p('2023-09-30', 5.306),
    p('2023-10-31', 5.311), p('2023-11-30', 5.319), p('2023-12-31', 5.335),
    p('2024-01-31', 5.321), p('2024-02-29', 5.309), p('2024-03-31', 5.313),
    p('2024-04-30', 5.317), p('2024-05-31', 5.315), p('2024-06-30', 5.325),
    p('2024-07-31', 5.343), p('2024-08-31', 5.333), p('2024-09-30', 5.146),
    p('2024-10-31', 4.849), p('2024-11-30', 4.644), p('2024-12-31', 4.532),
    p('2025-01-31', 4.316), p('2025-02-28', 4.344), p('2025-03-31', 4.327),
    p('2025-04-30', 4.349), p('2025-05-31', 4.305), p('2025-06-30', 4.317),
    p('2025-07-31', 4.337), p('2025-08-31', 4.344), p('2025-09-30', 4.3),
    p('2025-10-31', 4.201), p('2025-11-30', 3.978), p('2025-12-31', 3.8),
  ],
};

/** Interest on reserve balances, mean over the month's business days (moves only at FOMC decisions). */
export const IORB: HistorySeries = {
  id: 'IORB',
  label: 'Interest rate on reserve balances, monthly average',
  unit: 'percent',
  nativeFrequency: 'daily',
  sampling: 'monthly-average',
  source: 'FRED IORB (Board of Governors)',
  confidence: 'sourced',
  points: [
    p('2023-01-31', 4.4), p('2023-02-28', 4.641), p('2023-03-31', 4.723),
    p('2023-04-30', 4.9), p('2023-05-31', 5.126), p('2023-06-30', 5.15),
    p('2023-07-31', 5.19), p('2023-08-31', 5.4), p('2023-09-30', 5.4),
    p('2023-10-31', 5.4), p('2023-11-30', 5.4), p('2023-12-31', 5.4),
    p('2024-01-31', 5.4), p('2024-02-29', 5.4), p('2024-03-31', 5.4),
    p('2024-04-30', 5.4), p('2024-05-31', 5.4), p('2024-06-30', 5.4),
    p('2024-07-31', 5.4), p('2024-08-31', 5.4), p('2024-09-30', 5.2),
    p('2024-10-31', 4.9), p('2024-11-30', 4.708), p('2024-12-31', 4.545),
    p('2025-01-31', 4.4), p('2025-02-28', 4.4), p('2025-03-31', 4.4),
    p('2025-04-30', 4.4), p('2025-05-31', 4.4), p('2025-06-30', 4.4),
    p('2025-07-31', 4.4), p('2025-08-31', 4.4), p('2025-09-30', 4.292),
    p('2025-10-31', 4.134), p('2025-11-30', 3.9), p('2025-12-31', 3.731),
  ],
};

/** 3-month Treasury constant-maturity yield, month-end (the DTB3 discount-basis series could not be sourced). */
export const TBILL_3M: HistorySeries = {
  id: 'DGS3MO',
  label: '3-month Treasury yield, constant maturity (investment basis)',
  unit: 'percent',
  nativeFrequency: 'daily',
  sampling: 'month-end',
  source: 'FRED DGS3MO (Board of Governors, H.15)',
  confidence: 'sourced',
  note: 'Investment (bond-equivalent) basis; DTB3 is the secondary-market discount rate and sits ~10 bp lower.',
  points: [
    p('2023-01-31', 4.70), p('2023-02-28', 4.88), p('2023-03-31', 4.85),
    p('2023-04-28', 5.10), p('2023-05-31', 5.52), p('2023-06-30', 5.43),
    p('2023-07-31', 5.55), p('2023-08-31', 5.56), p('2023-09-29', 5.55),
    p('2023-10-31', 5.59), p('2023-11-30', 5.45), p('2023-12-29', 5.40),
    p('2024-01-31', 5.42), p('2024-02-29', 5.45), p('2024-03-28', 5.46),
    p('2024-04-30', 5.46), p('2024-05-31', 5.46), p('2024-06-28', 5.48),
    p('2024-07-31', 5.41), p('2024-08-30', 5.21), p('2024-09-30', 4.73),
    p('2024-10-31', 4.64), p('2024-11-29', 4.58), p('2024-12-31', 4.37),
    p('2025-01-31', 4.31), p('2025-02-28', 4.32), p('2025-03-31', 4.32),
    p('2025-04-30', 4.31), p('2025-05-30', 4.36), p('2025-06-30', 4.41),
    p('2025-07-31', 4.41), p('2025-08-29', 4.23), p('2025-09-30', 4.02),
    p('2025-10-31', 3.89), p('2025-11-28', 3.88), p('2025-12-31', 3.67),
  ],
};

export const TREASURY_10Y: HistorySeries = {
  id: 'DGS10',
  label: '10-year Treasury yield, constant maturity',
  unit: 'percent',
  nativeFrequency: 'daily',
  sampling: 'month-end',
  source: 'FRED DGS10 (Board of Governors, H.15)',
  confidence: 'sourced',
  points: [
    p('2023-01-31', 3.52), p('2023-02-28', 3.92), p('2023-03-31', 3.48),
    p('2023-04-28', 3.44), p('2023-05-31', 3.64), p('2023-06-30', 3.81),
    p('2023-07-31', 3.97), p('2023-08-31', 4.09), p('2023-09-29', 4.59),
    p('2023-10-31', 4.88), p('2023-11-30', 4.37), p('2023-12-29', 3.88),
    p('2024-01-31', 3.99), p('2024-02-29', 4.25), p('2024-03-28', 4.2),
    p('2024-04-30', 4.69), p('2024-05-31', 4.51), p('2024-06-28', 4.36),
    p('2024-07-31', 4.09), p('2024-08-30', 3.91), p('2024-09-30', 3.81),
    p('2024-10-31', 4.28), p('2024-11-29', 4.18), p('2024-12-31', 4.58),
    p('2025-01-31', 4.58), p('2025-02-28', 4.24), p('2025-03-31', 4.23),
    p('2025-04-30', 4.17), p('2025-05-30', 4.41), p('2025-06-30', 4.24),
    p('2025-07-31', 4.37), p('2025-08-29', 4.23), p('2025-09-30', 4.16),
    p('2025-10-31', 4.11), p('2025-11-28', 4.02), p('2025-12-31', 4.18),
  ],
};

export const SP500: HistorySeries = {
  id: 'SP500',
  label: 'S&P 500 index, close',
  unit: 'index points',
  nativeFrequency: 'daily',
  sampling: 'month-end',
  source: 'FRED SP500 (S&P Dow Jones Indices)',
  confidence: 'sourced',
  points: [
    p('2023-01-31', 4076.6), p('2023-02-28', 3970.15), p('2023-03-31', 4109.31),
    p('2023-04-28', 4169.48), p('2023-05-31', 4179.83), p('2023-06-30', 4450.38),
    p('2023-07-31', 4588.96), p('2023-08-31', 4507.66), p('2023-09-29', 4288.05),
    p('2023-10-31', 4193.8), p('2023-11-30', 4567.8), p('2023-12-29', 4769.83),
    p('2024-01-31', 4845.65), p('2024-02-29', 5096.27), p('2024-03-28', 5254.35),
    p('2024-04-30', 5035.69), p('2024-05-31', 5277.51), p('2024-06-28', 5460.48),
    p('2024-07-31', 5522.3), p('2024-08-30', 5648.4), p('2024-09-30', 5762.48),
    p('2024-10-31', 5705.45), p('2024-11-29', 6032.38), p('2024-12-31', 5881.63),
    p('2025-01-31', 6040.53), p('2025-02-28', 5954.5), p('2025-03-31', 5611.85),
    p('2025-04-30', 5569.06), p('2025-05-30', 5911.69), p('2025-06-30', 6204.95),
    p('2025-07-31', 6339.39), p('2025-08-29', 6460.26), p('2025-09-30', 6688.46),
    p('2025-10-31', 6840.2), p('2025-11-28', 6849.09), p('2025-12-31', 6845.5),
  ],
};

export const BTC_USD: HistorySeries = {
  id: 'CBBTCUSD',
  label: 'Bitcoin price in US dollars (Coinbase)',
  unit: 'USD per BTC',
  nativeFrequency: 'daily',
  sampling: 'month-end',
  source: 'FRED CBBTCUSD (Coinbase)',
  confidence: 'sourced',
  note: 'Calendar-day series (trades on weekends): the point is the last calendar day of the month.',
  points: [
    p('2023-01-31', 23134.74), p('2023-02-28', 23146.93), p('2023-03-31', 28492.72),
    p('2023-04-30', 29271.16), p('2023-05-31', 27222.90), p('2023-06-30', 30475.82),
    p('2023-07-31', 29223.31), p('2023-08-31', 25922.51), p('2023-09-30', 26959.40),
    p('2023-10-31', 34667.88), p('2023-11-30', 37743.00), p('2023-12-31', 42300.78),
    p('2024-01-31', 42599.49), p('2024-02-29', 61240.13), p('2024-03-31', 71213.11),
    p('2024-04-30', 60690.80), p('2024-05-31', 67506.03), p('2024-06-30', 62678.10),
    p('2024-07-31', 64607.71), p('2024-08-31', 58956.52), p('2024-09-30', 60790.00),
    p('2024-10-31', 69467.29), p('2024-11-30', 97263.18), p('2024-12-31', 94383.59),
    p('2025-01-31', 100623.85), p('2025-02-28', 86018.76), p('2025-03-31', 85170.37),
    p('2025-04-30', 96524.98), p('2025-05-31', 105697.94), p('2025-06-30', 105711.78),
    p('2025-07-31', 113248.73), p('2025-08-31', 109240.55), p('2025-09-30', 118659.97),
    p('2025-10-31', 110052.25), p('2025-11-30', 87446.89), p('2025-12-31', 87696.00),
  ],
};

export const HY_OAS: HistorySeries = {
  id: 'BAMLH0A0HYM2',
  label: 'ICE BofA US High Yield Index option-adjusted spread',
  unit: 'percent',
  nativeFrequency: 'daily',
  sampling: 'month-end',
  source: 'FRED BAMLH0A0HYM2 (ICE Data Indices)',
  confidence: 'sourced',
  points: [
    p('2023-01-31', 4.3), p('2023-02-28', 4.22), p('2023-03-31', 4.58),
    p('2023-04-30', 4.53), p('2023-05-31', 4.69), p('2023-06-30', 4.05),
    p('2023-07-31', 3.79), p('2023-08-31', 3.85), p('2023-09-30', 4.03),
    p('2023-10-31', 4.42), p('2023-11-30', 3.84), p('2023-12-31', 3.39),
    p('2024-01-31', 3.59), p('2024-02-29', 3.29), p('2024-03-31', 3.15),
    p('2024-04-30', 3.18), p('2024-05-31', 3.2), p('2024-06-30', 3.21),
    p('2024-07-31', 3.25), p('2024-08-31', 3.17), p('2024-09-30', 3.03),
    p('2024-10-31', 2.88), p('2024-11-30', 2.74), p('2024-12-31', 2.92),
    p('2025-01-31', 2.68), p('2025-02-28', 2.87), p('2025-03-31', 3.55),
    p('2025-04-30', 3.94), p('2025-05-31', 3.32), p('2025-06-30', 2.96),
    p('2025-07-31', 2.86), p('2025-08-31', 2.84), p('2025-09-30', 2.8),
    p('2025-10-31', 2.94), p('2025-11-30', 2.92), p('2025-12-31', 2.81),
  ],
};

/** Money-market fund total assets, ICI weekly report (week ended Wednesday), the dates it was sourced for. */
export const MMF_ASSETS_ICI: HistorySeries = {
  id: 'ICI-MMF-TOTAL',
  label: 'Money market fund total net assets (ICI weekly)',
  unit: 'USD',
  nativeFrequency: 'weekly',
  sampling: 'anchor',
  source: 'ICI Money Market Fund Assets (Investment Company Institute), as quoted by Crane Data',
  confidence: 'sourced',
  note: '2024-01-17, 2024-04-24, 2024-09-18 and 2024-12-31 are derived from the 52-week, since-date and year-to-date changes ICI reported with the 2025 weeks.',
  points: [
    p('2024-01-17', 5.961e12), p('2024-04-24', 5.977e12), p('2024-09-18', 6.303e12),
    p('2024-12-31', 6.85e12), p('2025-01-15', 6.862e12), p('2025-02-12', 6.923e12),
    p('2025-09-17', 7.283e12), p('2025-10-15', 7.367e12), p('2025-11-19', 7.522e12),
    p('2025-12-10', 7.655e12),
  ],
};

/** 2023 money-fund assets: from memory of the ICI series only (no 2023 figure could be sourced here). */
export const MMF_ASSETS_2023_RECALLED: HistorySeries = {
  id: 'ICI-MMF-TOTAL',
  label: 'Money market fund total net assets (ICI weekly), 2023',
  unit: 'USD',
  nativeFrequency: 'weekly',
  sampling: 'anchor',
  source: 'ICI Money Market Fund Assets (Investment Company Institute)',
  confidence: 'recalled',
  note: 'From memory of the published ICI series; verify. Rounded to $0.1T.',
  points: [p('2023-01-04', 4.8e12), p('2023-12-27', 5.9e12)],
};

/** Currency in circulation: from memory of the H.4.1 line only; the weekly series could not be sourced here. */
export const CURRENCY_RECALLED: HistorySeries = {
  id: 'WCURCIR',
  label: 'Currency in circulation (H.4.1)',
  unit: 'USD',
  nativeFrequency: 'weekly',
  sampling: 'anchor',
  source: 'FRED WCURCIR (Board of Governors, H.4.1)',
  confidence: 'recalled',
  note: 'From memory of the published FRED series; verify. Good to about ±$0.05T; it grew slowly (~1-2%/yr) over the window.',
  points: [p('2023-01-04', 2.3e12), p('2025-12-31', 2.4e12)],
};

/** Every series, in the order docs/HISTORY.md lists them. */
export const PLUMBING_SERIES: readonly HistorySeries[] = [
  ON_RRP, RESERVES, TGA, FED_TOTAL_ASSETS, SOFR, IORB, TBILL_3M, TREASURY_10Y, SP500, BTC_USD, HY_OAS,
  MMF_ASSETS_ICI, MMF_ASSETS_2023_RECALLED, CURRENCY_RECALLED,
];
