// Scenario paths compiled once per run into lookups on day numbers.
import { isoToDayNumber } from './calendar';
import { compilePath, linearAt, stepAt } from './paths';
import type { Scenario } from './scenario/schema';

export interface Compiled {
  policyAt(day: number): number;
  balanceSheetAt(day: number): number;
  capexAt(day: number): number;
  ocfAt(day: number): number;
  mbsRunoffAt(day: number): number;
  tgaTargetAt(day: number): number;
  tighteningStart: number;
  /** Per trading day: mean of the policy path announced by that day over the next two years (NaN if none). */
  guidanceMean: Float64Array;
  /** Inflation and the output gap observed on a day (scenario paths; what the policy rule reads). */
  inflationAt(day: number): number;
  outputGapAt(day: number): number;
  calls: Map<number, number>;
  shocks: Map<number, Scenario['shocks']>;
}

export function compile(sc: Scenario, dayNumbers: Int32Array): Compiled {
  const policy = compilePath(sc.rates.policyPath);
  const bs = compilePath(sc.central_bank.balanceSheetPath);
  const capex = compilePath(sc.hyperscaler.capexPath);
  const ocf = compilePath(sc.hyperscaler.ocfPath);
  const mbs = compilePath(sc.central_bank.mbsRunoffPath);
  const tga = compilePath(sc.treasury.tgaTargetPath);
  // Dated events land on the first trading day at or after their date (binary search: a file may
  // hold tens of thousands of events).
  const onTradingDay = (iso: string): number => {
    const d = isoToDayNumber(iso);
    let lo = 0, hi = dayNumbers.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (dayNumbers[mid]! < d) lo = mid + 1; else hi = mid; }
    return lo < dayNumbers.length ? dayNumbers[lo]! : -1;
  };
  const calls = new Map<number, number>();
  for (const [d, usd] of sc.sovereign.capitalCalls) {
    const n = onTradingDay(d);
    if (n >= 0) calls.set(n, (calls.get(n) ?? 0) + usd);
  }
  const shocks = new Map<number, Scenario['shocks']>();
  for (const sh of sc.shocks) {
    const n = onTradingDay(sh.date);
    if (n < 0) continue;
    const list = shocks.get(n);
    if (list) list.push(sh); else shocks.set(n, [sh]); // in place: grouping stays linear in the shock count
  }
  // Dated guidance: on each trading day, the mean over the next two years of the path announced
  // most recently on or before that day (held flat after its last point); NaN before any
  // announcement. Nothing here reads the realised policy path: agents have no foresight.
  const horizon = 504;
  const n = dayNumbers.length;
  const announcements = [...sc.rates.guidance]
    .map((g) => ({ on: isoToDayNumber(g.announced), path: compilePath(g.path) }))
    .sort((a, b) => a.on - b.on);
  const guidanceMean = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    let g: (typeof announcements)[number] | undefined;
    for (const a of announcements) if (a.on <= dayNumbers[i]!) g = a;
    if (!g) continue;
    let acc = 0;
    // Calendar days ahead for trading day h: 7/5 per trading day; linear between announced points.
    for (let h = 1; h <= horizon; h += 21) acc += linearAt(g.path, dayNumbers[i]! + Math.round((h * 7) / 5));
    guidanceMean[i] = acc / Math.ceil(horizon / 21);
  }
  const inflation = compilePath(sc.macro.inflationPath);
  const gap = compilePath(sc.macro.outputGapPath);
  return {
    guidanceMean,
    inflationAt: (d) => linearAt(inflation, d),
    outputGapAt: (d) => linearAt(gap, d),
    policyAt: (d) => stepAt(policy, d),
    balanceSheetAt: (d) => stepAt(bs, d),
    capexAt: (d) => linearAt(capex, d),
    ocfAt: (d) => linearAt(ocf, d),
    mbsRunoffAt: (d) => stepAt(mbs, d),
    tgaTargetAt: (d) => linearAt(tga, d),
    tighteningStart: isoToDayNumber(sc.central_bank.tighteningStart),
    calls, shocks,
  };
}
