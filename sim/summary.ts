// The run summary: the CLI's `--summary` contract (docs/CLI.md) computed from the recorded columns.
import { ASSET_IDS, TRIGGERS, type AssetId, type Trigger } from './ids';
import type { RunData, Summary } from './api-types';
import type { State } from './state';

const sep = (c: Float64Array) => ({ start: c[0] ?? NaN, peak: c.length ? Math.max(...c) : NaN, end: c[c.length - 1] ?? NaN });

function maxDrawdown(p: Float64Array): number {
  let peak = -Infinity, dd = 0;
  for (const x of p) { if (x > peak) peak = x; const d = 1 - x / peak; if (d > dd) dd = d; }
  return dd;
}

const range = (c: Float64Array) => ({ start: c[0] ?? NaN, end: c[c.length - 1] ?? NaN, min: c.length ? Math.min(...c) : NaN });

function plumbingSummary(d: RunData): Summary['plumbing'] {
  const sofr = d.columns['rate.sofr']!, iorb = d.columns['rate.iorb']!;
  let peak = -Infinity, first: string | null = null;
  for (let t = 0; t < sofr.length; t++) {
    const x = sofr[t]! - iorb[t]!;
    if (x > peak) peak = x;
    if (first === null && x > 0) first = d.dates[t]!;
  }
  return {
    rrp: range(d.columns['plumbing.rrp']!), reserves: range(d.columns['plumbing.reserves']!),
    sofrIorb: { peak: sofr.length ? peak : NaN, firstPositiveDate: first },
  };
}

export function summarize(s: State, d: RunData, version: string): Summary {
  const col = (n: string) => d.columns[n]!;
  const assets = {} as Record<AssetId, { totalReturn: number; maxDrawdown: number }>;
  for (const a of ASSET_IDS) {
    const p = col(`price.${a}`);
    assets[a] = { totalReturn: p.length ? p[p.length - 1]! / 100 - 1 : 0, maxDrawdown: maxDrawdown(p) };
  }
  const forcedSalesByTrigger = {} as Record<Trigger, number>;
  for (const t of TRIGGERS) forcedSalesByTrigger[t] = col(`forced.${t}`).reduce((a, b) => a + b, 0);
  const cascades = d.events.filter((e) => e.kind === 'cascade');
  const idle = col('idle.total');
  return {
    scenario: s.sc.name, seed: s.seed, version, days: d.dates.length,
    startDate: d.dates[0] ?? s.sc.start, endDate: d.dates[d.dates.length - 1] ?? s.sc.start,
    exhaustionDay: s.exhaustionDay >= 0 && s.exhaustionDay < d.dates.length ? s.exhaustionDay : null,
    exhaustionDate: s.exhaustionDay >= 0 && s.exhaustionDay < d.dates.length ? d.dates[s.exhaustionDay]! : null,
    assets,
    rates: {
      costOfCapital: sep(col('rate.costOfCapital')), treasury10y: sep(col('rate.treasury10y')),
      igSpread: sep(col('spread.ig_credit')), hySpread: sep(col('spread.hy_credit')),
    },
    idleMoney: { start: idle[0] ?? 0, min: idle.length ? Math.min(...idle) : 0, end: idle[idle.length - 1] ?? 0 },
    plumbing: plumbingSummary(d),
    cascades: {
      count: cascades.length,
      maxRounds: cascades.reduce((m, e) => Math.max(m, e.kind === 'cascade' ? e.rounds.length - 1 : 0), 0),
      forcedSalesUsd: Object.values(forcedSalesByTrigger).reduce((a, b) => a + b, 0),
    },
    forcedSalesByTrigger,
    capex: { plannedUsd: s.cumCapexPlanned, spentUsd: s.cumCapexSpent },
    accounting: { maxImbalanceUsd: s.maxImbalance },
  };
}
