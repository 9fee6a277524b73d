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
  /** Mean of the announced policy path over the next `horizon` trading days, per calendar day index. */
  forwardPolicy: Float64Array;
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
  // Dated events land on the first trading day at or after their date.
  const onTradingDay = (iso: string): number => {
    const d = isoToDayNumber(iso);
    for (const n of dayNumbers) if (n >= d) return n;
    return -1;
  };
  const calls = new Map<number, number>();
  for (const [d, usd] of sc.sovereign.capitalCalls) {
    const n = onTradingDay(d);
    if (n >= 0) calls.set(n, (calls.get(n) ?? 0) + usd);
  }
  const shocks = new Map<number, Scenario['shocks']>();
  for (const sh of sc.shocks) {
    const n = onTradingDay(sh.date);
    if (n >= 0) shocks.set(n, [...(shocks.get(n) ?? []), sh]);
  }
  // The announced path is what markets expect: its mean over the next two years (held flat after
  // its last point) anchors the expected policy rate in the 10y yield.
  const horizon = 504;
  const n = dayNumbers.length;
  const path = new Float64Array(n + horizon);
  for (let i = 0; i < n + horizon; i++) path[i] = stepAt(policy, i < n ? dayNumbers[i]! : dayNumbers[n - 1]! + Math.round((i - n + 1) * 7 / 5));
  const forwardPolicy = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < horizon; i++) acc += path[i]!;
  for (let i = 0; i < n; i++) { forwardPolicy[i] = acc / horizon; acc += path[i + horizon]! - path[i]!; }
  return {
    forwardPolicy,
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
