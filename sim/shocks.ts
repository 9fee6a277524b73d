// Timed scenario shocks: a capex-guidance change, a volatility spike, a policy move, a term-premium
// overlay (e.g. an oil shock), a withdrawal of idle cash, a one-off repricing of one asset, a move
// of the TGA target, or an outside investor's flow into or out of one asset over some days.
import { ASSET_IDS } from './ids';
import type { Compiled } from './compiled';
import type { State } from './state';
import type { RunEvent } from './api-types';
import { pay } from './market/book';

export function applyShocks(s: State, c: Compiled, events: RunEvent[]): void {
  s.volShock *= 0.9;
  const list = c.shocks.get(s.cal.dayNumbers[s.t]!);
  if (!list) return;
  for (const sh of list) {
    events.push({ kind: 'shock', day: s.t, date: s.cal.dates[s.t]!, label: sh.label ?? `${sh.kind} ${sh.value}` });
    switch (sh.kind) {
      case 'capex_scale': s.capexShock = sh.value; break;
      case 'vol_spike': s.volShock += sh.value; break;
      case 'policy_rate': s.policyAdj += sh.value; break;
      case 'term_premium': s.tpShock += sh.value; break;
      case 'tga_target': s.tgaShock += sh.value; break;
      case 'flow': {
        const days = sh.days ?? 1;
        s.outsideFlows.push({ asset: ASSET_IDS.indexOf(sh.asset ?? 'broad_equity'), usdPerDay: sh.value / days, daysLeft: days });
        break;
      }
      case 'price': {
        const k = ASSET_IDS.indexOf(sh.asset ?? 'broad_equity');
        s.lnF[k] += sh.value;
        break;
      }
      case 'liquidity_withdrawal': {
        // Idle cash leaves for operating needs (a dash for cash): households' and money funds'
        // idle balances move to the real economy's operating balances.
        const { start, end } = s.households;
        const total = sh.value;
        let idle = Math.max(0, s.cash[s.sec.moneyFund]!);
        for (let i = start; i < end; i++) idle += Math.max(0, s.cash[i]! - s.buffer[i]!);
        if (idle <= 0) break;
        const f = Math.min(1, total / idle);
        pay(s, s.sec.moneyFund, s.sec.realEconomy, Math.max(0, s.cash[s.sec.moneyFund]!) * f);
        for (let i = start; i < end; i++) pay(s, i, s.sec.realEconomy, Math.max(0, s.cash[i]! - s.buffer[i]!) * f);
        break;
      }
    }
  }
}
