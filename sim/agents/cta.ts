// cta: time-series momentum (Moskowitz–Ooi–Pedersen 2012) on equity, bonds and crypto. Each fund
// has one lookback and a threshold; its direction flips when the volatility-normalised trend
// z = ln(P_t/P_{t−L}) / (σ̂·√L) crosses ∓threshold (hysteresis), and its position is
// volatility-scaled: dir · weight · AUM · min(maxLeverage, σ_target/σ̂). Normal trading closes
// 1/executionDays of the gap a day; a flip trades half the gap at once (trigger cta_flip).
import { CLASS_IDS, N_ASSETS, assetIndex, type AssetId } from '../ids';
import { log } from '../math';
import type { State } from '../state';
import { P, S } from '../state';
import type { Orders } from '../market/orders';
import { trig, VOLUNTARY } from '../market/orders';
import { lastHist } from '../market/prices';

const A = N_ASSETS;
const CTA = CLASS_IDS.indexOf('cta');
const FLIP = trig('cta_flip');

/** The scenario's instruments as (asset, weight), built once per scenario (decisions run every round). */
const instrumentsOf = new WeakMap<object, Array<[number, number]>>();
function instruments(s: State): Array<[number, number]> {
  const key = s.sc.cta.instruments;
  let v = instrumentsOf.get(key);
  if (!v) {
    v = Object.entries(key).map(([id, w]) => [assetIndex(id as AssetId), w ?? 0]);
    instrumentsOf.set(key, v);
  }
  return v;
}

function target(s: State, i: number, k: number, w: number, dir: number): number {
  const c = s.sc.cta;
  const sig = Math.sqrt(s.ewVar[k]!);
  const scale = Math.min(c.maxLeverage, c.targetVolAnnual / Math.sqrt(252) / Math.max(sig, 1e-6));
  return dir * w * s.par[i * P + 2]! * scale;
}

const nowLn = new Float64Array(S), sigma = new Float64Array(S);

/** Round 0 (and each cascade round with `intraday`: stop-outs on today's move). */
export function ctaDecide(s: State, o: Orders, intraday: boolean): number {
  const c = s.sc.cta;
  const inst = instruments(s);
  // Per instrument, once for every fund: today's log price and volatility.
  const m = Math.min(inst.length, S);
  for (let j = 0; j < m; j++) {
    const k = inst[j]![0];
    nowLn[j] = intraday ? log(s.price[k]!) : lastHist(s, k, 1);
    sigma[j] = Math.sqrt(s.ewVar[k]!);
  }
  let flipped = 0;
  for (let i = s.classStart[CTA]!; i < s.classEnd[CTA]!; i++) {
    const L = s.par[i * P]!, th = s.par[i * P + 1]!;
    for (let j = 0; j < m; j++) {
      const [k, w] = inst[j]!;
      const z = (nowLn[j]! - lastHist(s, k, intraday ? L : L + 1)) / (sigma[j]! * Math.sqrt(L));
      const dir = s.st[i * S + j]!;
      let nd = dir;
      if (dir >= 0 && z < -th) nd = -1;
      else if (dir <= 0 && z > th) nd = 1;
      const pos = s.units[i * A + k]! * s.price[k]!;
      if (nd !== dir) {
        s.st[i * S + j] = nd;
        const gap = target(s, i, k, w, nd) - pos;
        o.add(i, k, (0.5 * gap) / s.price[k]!, gap < 0 ? FLIP : VOLUNTARY);
        if (gap < 0) flipped += -0.5 * gap;
      } else if (!intraday) {
        const gap = target(s, i, k, w, nd) - pos;
        if (Math.abs(gap) > 1e6) o.add(i, k, gap / c.executionDays / s.price[k]!, VOLUNTARY);
      }
    }
  }
  return flipped;
}
