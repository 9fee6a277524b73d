// buyback: corporate programmes funded by cash flow from the real economy, executed only in open
// windows. The window closes blackoutBeforeDays before each company's earnings date and reopens
// blackoutAfterDays after (sources: docs/CALIBRATION.md); dates are staggered so ~half are closed at the peak.
// Buying is countercyclical: × (1 + countercyclical · drawdown of broad equity).
import { CLASS_IDS, N_ASSETS, assetIndex } from '../ids';
import type { State } from '../state';
import { P } from '../state';
import type { Orders } from '../market/orders';
import { VOLUNTARY } from '../market/orders';
import { payFromRealEconomy } from './realEconomy';

const A = N_ASSETS;
const BB = CLASS_IDS.indexOf('buyback');
const BE = assetIndex('broad_equity'), AI = assetIndex('ai_hardware');
void A;

export function inBlackout(s: State, i: number): boolean {
  const b = s.sc.buyback;
  if (!b.blackout) return false;
  const j = Math.min(s.days - 1, Math.max(0, s.t + s.par[i * P + 1]!));
  return s.cal.daysToEarnings[j]! <= b.blackoutBeforeDays || s.cal.daysSinceEarnings[j]! < b.blackoutAfterDays;
}

export function buybacks(s: State, o: Orders): number {
  const b = s.sc.buyback;
  const dd = 1 - s.price[BE]! / s.peak[BE]!;
  const openShare = b.blackout ? Math.max(0.3, 1 - (b.blackoutBeforeDays + b.blackoutAfterDays) / 63) : 1;
  let open = 0;
  for (let i = s.classStart[BB]!; i < s.classEnd[BB]!; i++) {
    const budget = s.par[i * P]! / 252;
    payFromRealEconomy(s, i, budget);
    if (inBlackout(s, i)) continue;
    open++;
    const usd = Math.min(Math.max(0, s.cash[i]!), (budget / openShare) * (1 + b.countercyclical * dd));
    o.add(i, BE, (usd * (1 - b.aiShare)) / s.price[BE]!, VOLUNTARY);
    o.add(i, AI, (usd * b.aiShare) / s.price[AI]!, VOLUNTARY);
  }
  return open / Math.max(1, s.classEnd[BB]! - s.classStart[BB]!);
}
