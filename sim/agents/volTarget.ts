// vol_target: exposure w = min(L_max, σ*/σ̂) of AUM (sources: docs/CALIBRATION.md), σ̂ an EWMA of broad-equity
// variance with a fund-specific half-life; rebalanced only when the gap exceeds the fund's band.
// Cuts are tagged vol_target; in cascade rounds σ̂ includes the day's move so far.
import { CLASS_IDS, N_ASSETS, assetIndex } from '../ids';
import type { State } from '../state';
import { P, S } from '../state';
import type { Orders } from '../market/orders';
import { trig, VOLUNTARY } from '../market/orders';

const A = N_ASSETS;
const VT = CLASS_IDS.indexOf('vol_target');
const BE = assetIndex('broad_equity'), TR = assetIndex('treasuries');
const CUT = trig('vol_target');

export function volTargetDecide(s: State, o: Orders, intradayMove: number | null): number {
  const v = s.sc.vol_target;
  let cut = 0;
  for (let i = s.classStart[VT]!; i < s.classEnd[VT]!; i++) {
    const lam = s.par[i * P]!;
    let var_ = s.st[i * S]!;
    if (var_ <= 0) var_ = s.ewVar[BE]!;
    if (intradayMove !== null) var_ = lam * var_ + (1 - lam) * intradayMove * intradayMove;
    const sig = Math.sqrt(var_ * 252);
    const w = Math.min(v.maxLeverage, v.targetVolAnnual / Math.max(sig, 1e-4));
    const nav = s.cash[i]! + s.units[i * A + BE]! * s.price[BE]! + s.units[i * A + TR]! * s.price[TR]!;
    if (nav <= 0) continue;
    const cur = (s.units[i * A + BE]! * s.price[BE]!) / (nav * v.equityShare);
    if (Math.abs(w - cur) <= s.par[i * P + 1]! && s.st[i * S + 1] === 1) continue;
    if (intradayMove !== null && w >= cur) continue;      // intraday: only cuts
    s.st[i * S + 1] = 1;
    const gapE = (w - cur) * nav * v.equityShare;
    const gapT = w * nav * (1 - v.equityShare) - s.units[i * A + TR]! * s.price[TR]!;
    o.add(i, BE, gapE / s.price[BE]!, gapE < 0 ? CUT : VOLUNTARY);
    o.add(i, TR, gapT / s.price[TR]!, gapT < 0 ? CUT : VOLUNTARY);
    if (gapE < 0) cut += -gapE;
  }
  return cut;
}

/** At the close: each fund's own EWMA of the day's broad-equity return. */
export function volTargetClose(s: State, r: number): void {
  for (let i = s.classStart[VT]!; i < s.classEnd[VT]!; i++) {
    const lam = s.par[i * P]!;
    const v = s.st[i * S]! > 0 ? s.st[i * S]! : s.ewVar[BE]!;
    s.st[i * S] = lam * v + (1 - lam) * r * r;
  }
}
