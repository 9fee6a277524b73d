// The holders of "the rest" at the start (docs/CALIBRATION.md "holders"): what the named classes and
// households do not hold (all of it sits with the dealers until here) is split among pensions and
// insurers, funds, foreign official holders (Treasuries), dealers' normal inventory and value
// investors, who hold what is left and set prices. Each gets cash as a share of its holdings.
import { ASSET_IDS, N_ASSETS, assetIndex } from './ids';
import { ScenarioError } from './scenario/load';
import type { Scenario } from './scenario/schema';
import type { HolderBook, SectorIndex } from './state';

const A = N_ASSETS;
const TR = assetIndex('treasuries');
const PRICE0 = 100;
type Risky = Exclude<(typeof ASSET_IDS)[number], 'tbills'>;

export function splitTheRest(sc: Scenario, sec: SectorIndex, units: Float64Array, cash: Float64Array, supply: Float64Array): HolderBook {
  const hs = sc.holders;
  const z = () => new Float64Array(A);
  const hold: HolderBook = {
    valueOpen: z(), valueZeta0: z(), valueZeta: z(), dealerBase: z(), dealerOpen: z(), openLn: z(),
    dealerDelta: z(), dealerRoom: z(), pensionTarget: z(),
  };
  const d = sec.dealer;
  const move = (to: number, k: number, u: number) => { units[to * A + k] += u; units[d * A + k] -= u; };
  for (let k = 1; k < A; k++) {
    const id = ASSET_IDS[k] as Risky;
    const rest = units[d * A + k]!;
    const sp = hs.pensions.share[id] ?? 0, sf = hs.funds.share[id] ?? 0, sd = hs.dealers.share[id] ?? 0;
    const so = k === TR ? hs.foreignOfficialShare : 0;
    if (sp + sf + sd + so > 1) {
      throw new ScenarioError(`holders.funds.share.${id}`, `pensions (${sp}), funds (${sf}), dealers (${sd})${k === TR ? ` and foreign official holders (${so})` : ''} hold more than all of the rest of ${id}; lower a share so they add up to at most 1`);
    }
    move(sec.pensions, k, Math.round(rest * sp));
    move(sec.funds, k, Math.round(rest * sf));
    if (so > 0) move(sec.foreign, k, Math.round(rest * so));
    const keep = Math.round(rest * sd);
    move(sec.value, k, units[d * A + k]! - keep);
    hold.dealerBase[k] = keep;
    const v = units[sec.value * A + k]!;
    hold.valueOpen[k] = v;
    hold.valueZeta0[k] = v > 0 ? ((hs.elasticity[id] ?? 0.2) * supply[k]!) / v : 0;
  }
  const worth = (i: number) => { let w = 0; for (let k = 1; k < A; k++) w += units[i * A + k]! * PRICE0; return w; };
  cash[sec.value] += Math.round(hs.value.cashShare * worth(sec.value));
  const pw = worth(sec.pensions);
  cash[sec.pensions] += Math.round(hs.pensions.cashShare * pw);
  for (let k = 1; k < A; k++) hold.pensionTarget[k] = pw > 0 ? (units[sec.pensions * A + k]! * PRICE0) / (pw + cash[sec.pensions]!) : 0;
  cash[sec.funds] += Math.round(hs.funds.cashShare * worth(sec.funds));
  return hold;
}
