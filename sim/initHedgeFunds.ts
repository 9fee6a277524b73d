// Initial hedge-fund books (docs/MODEL.md "Hedge funds"): funds are split across strategies in
// proportion to the strategies' equity shares (largest remainder, at least one fund per strategy
// with a share while funds last); each fund draws its own weights around its strategy's (log-normal,
// σ = portfolioDispersion), so books overlap without being identical, and its leverage around the
// strategy's. The long book is bought at the starting price with prime-broker or repo credit
// (negative cash); the hedge is a short futures position, a share of each long (hedgeFunds.ts).
import { ASSET_IDS, HF_STRATEGIES, N_ASSETS, type AssetId } from './ids';
import { exp } from './math';
import type { Rng } from './rng';
import type { Scenario } from './scenario/schema';
import { P } from './state';

const A = N_ASSETS;

export interface HedgeFundBooks {
  strategy: Uint8Array;   // per fund: index into HF_STRATEGIES
  weights: Float64Array;  // [fund × N_ASSETS] long-book weights (sum 1)
  hedge: Float64Array;    // [fund × N_ASSETS] short futures as a share of the long
  shares: Float64Array;   // fund shares outstanding (NAV per share starts at 1)
  navQ: Float64Array;     // [fund × 5] NAV per share at the last five quarter ends (newest first)
}

/** Funds per strategy: proportional to share, largest remainder, each live strategy gets one first. */
export function fundsPerStrategy(sc: Scenario): number[] {
  const n = sc.hedge_fund.count;
  const sh = HF_STRATEGIES.map((id) => sc.hedge_fund.strategies[id].share);
  const tot = sh.reduce((a, b) => a + b, 0);
  const out = sh.map(() => 0);
  let left = n;
  // One fund per live strategy first (largest share first), while funds last.
  for (const j of sh.map((x, j) => [x, j] as const).filter(([x]) => x > 0).sort((a, b) => b[0] - a[0]).map(([, j]) => j)) {
    if (left === 0) break;
    out[j] = 1; left--;
  }
  const want = sh.map((x, j) => Math.max(0, (x / tot) * n - out[j]!));
  const wsum = want.reduce((a, b) => a + b, 0);
  const exact = want.map((x) => (wsum > 0 ? (x / wsum) * left : 0));
  exact.forEach((x, j) => { out[j] += Math.floor(x); });
  let rest = n - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, j) => [x - Math.floor(x), j] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = 0; rest > 0; r = (r + 1) % order.length) { if (sh[order[r]![1]]! > 0) { out[order[r]![1]] += 1; rest--; } }
  return out;
}

export function initHedgeFunds(
  sc: Scenario, rng: Rng, first: number, par: Float64Array,
  shares: (count: number, dispersion: number) => number[],
  buy: (agent: number, k: number, usd: number) => number,
  cash: Float64Array,
): HedgeFundBooks {
  const hf = sc.hedge_fund, n = hf.count;
  const books: HedgeFundBooks = {
    strategy: new Uint8Array(n), weights: new Float64Array(n * A), hedge: new Float64Array(n * A),
    shares: new Float64Array(n), navQ: new Float64Array(n * 5).fill(1),
  };
  const per = fundsPerStrategy(sc);
  const shareTot = HF_STRATEGIES.reduce((a, id) => a + hf.strategies[id].share, 0);
  let j = 0;
  HF_STRATEGIES.forEach((id, sIdx) => {
    const st_ = hf.strategies[id];
    if (per[sIdx] === 0) return;
    const sizes = shares(per[sIdx]!, 0.9);
    for (let m = 0; m < per[sIdx]!; m++, j++) {
      const i = first + j;
      books.strategy[j] = sIdx;
      const eq = (hf.equityUsd * st_.share / shareTot) * sizes[m]!;
      // Preferred leverage, drawn around the strategy's, within 0.9 of its limit at normal margins.
      const cap = 0.9 * Math.min(hf.leverage.max * st_.leverageMultiple, 1 / st_.haircut.base);
      const lev = Math.max(1, Math.min(cap, st_.leverageMultiple * (hf.leverage.preferred + hf.leverage.dispersion * (rng.uniform() * 2 - 1))));
      par[i * P] = lev;
      let wsum = 0;
      for (let k = 1; k < A; k++) {
        const w = st_.weights[ASSET_IDS[k] as Exclude<AssetId, 'tbills'>] ?? 0;
        const draw = w > 0 ? w * exp(hf.portfolioDispersion * rng.normal() - 0.5 * hf.portfolioDispersion * hf.portfolioDispersion) : 0;
        books.weights[j * A + k] = draw; wsum += draw;
        books.hedge[j * A + k] = st_.hedge[ASSET_IDS[k] as Exclude<AssetId, 'tbills'>] ?? 0;
      }
      let gross = 0;
      for (let k = 1; k < A; k++) {
        books.weights[j * A + k] = wsum > 0 ? books.weights[j * A + k]! / wsum : 0;
        gross += buy(i, k, eq * lev * books.weights[j * A + k]!);
      }
      cash[i] = Math.round(eq - gross);                 // negative: margin or repo debt
      books.shares[j] = eq;                             // NAV per share 1 at the start
    }
  });
  return books;
}
