// Money-market funds. Households' and firms' fund shares are their liabilities; their assets are
// ON RRP (their cash at the Fed), Treasury bills and repo lent to dealers. They choose by relative
// yield: each day they take a share of the new bills that rises with the bill–RRP spread, paid from
// ON RRP first and then by pulling repo when bills yield more than repo; they lend in repo up to
// the dealers' demand when SOFR is above the ON RRP rate. ON RRP is what is left.
//   take = clip(take₀ + η·(s_bill − s₀), 0, 0.95)
//   s_bill = s₀ + κ·(bill share − bill share₀)      (bill supply against the funds' demand)
import { N_ASSETS, assetIndex } from '../ids';
import type { State } from '../state';
import { pay } from '../market/book';

const A = N_ASSETS;
const TB = assetIndex('tbills');

export function mmfAssets(s: State): number {
  const m = s.sec.moneyFund;
  return Math.max(0, s.cash[m]!) + s.units[m * A + TB]! * s.price[TB]! + s.mmfRepo;
}

export function mmfBillShare(s: State): number {
  const tot = mmfAssets(s);
  return tot > 0 ? (s.units[s.sec.moneyFund * A + TB]! * s.price[TB]!) / tot : 0;
}

/** Bill–RRP spread from the funds' bill share (annual decimal). */
export function billSpread(s: State): number {
  const f = s.sc.money_funds;
  return f.billSpread0 + f.billSpreadSlope * (mmfBillShare(s) - s.mmfBillShare0);
}

/** Share of today's new bills the funds want at today's spread. */
export function mmfBillTake(s: State): number {
  const f = s.sc.money_funds;
  return Math.min(0.95, Math.max(0, f.billTake0 + f.billTakeSlope * (s.billSpread - f.billSpread0)));
}

/** Cash the funds can put into bills today: ON RRP, then repo pulled back from dealers (only when
 *  bills yield more than repo). Pulling repo moves cash from the dealers back to the funds. */
export function mmfCashForBills(s: State, want: number): number {
  const m = s.sec.moneyFund;
  const rrp = Math.max(0, s.cash[m]!);
  if (want <= rrp) return want;
  if (s.bill3m <= s.sofr) return rrp;
  const pull = Math.min(want - rrp, s.mmfRepo);
  const got = pay(s, s.sec.dealer, m, pull);
  s.mmfRepo -= got;
  return rrp + got;
}

/** Repo: lend ON RRP cash to dealers toward their demand while SOFR pays more than the facility,
 *  or take it back when demand falls. Returns the demand the funds leave to banks. */
export function mmfRepo(s: State, demand: number): number {
  const m = s.sec.moneyFund;
  const speed = s.sc.money_funds.repoSpeed;
  if (demand > s.mmfRepo && s.sofr > s.rrpRate) {
    const lend = pay(s, m, s.sec.dealer, Math.min(Math.max(0, s.cash[m]!), (demand - s.mmfRepo) * speed));
    s.mmfRepo += lend;
  } else if (demand < s.mmfRepo) {
    const back = pay(s, s.sec.dealer, m, (s.mmfRepo - demand) * speed);
    s.mmfRepo -= back;
  }
  return Math.max(0, demand - s.mmfRepo);
}
