// Scratch accumulators for one day: flows by class and asset, forced sales by trigger, the
// flow-of-funds and the cascade's provenance. Reset at the start of every day.
import { ASSET_IDS, CLASS_IDS, N_ASSETS, N_CLASSES, N_TRIGGERS, TRIGGERS } from '../ids';
import type { CascadeRound, ForcedSale } from '../api-types';

export const FOF_KEYS = [
  'paper.cb', 'paper.idle', 'paper.realloc', 'paper.dealer',
  'paper.mmf', 'paper.banks', 'paper.deposits', 'paper.foreign',
  'treasury.issued', 'treasury.primary', 'interest.treasury', 'interest.fed', 'interest.deposits', 'interest.margin',
  'fed.mbsRunoff', 'fed.srf', 'currency.withdrawn', 'foreign.imports', 'mmf.inflows', 'households.consumption', 'foreign.outsideFlow', 'funds.flows', 'value.funding', 'hf.variationMargin', 'foreign.officialSales', 'fed.secondary',
  'capex.ocf', 'capex.cash', 'capex.assetSales', 'capex.bonds',
  'calls.cash', 'calls.assetSales', 'calls.hfRedemptions',
] as const;
export type FofKey = (typeof FOF_KEYS)[number];
/** Index of each key, resolved once (addFof runs dozens of times a day). */
const FOF_INDEX = Object.fromEntries(FOF_KEYS.map((k, i) => [k, i])) as Record<FofKey, number>;

export class DayRecord {
  roundFlow = new Float64Array(N_ASSETS);
  classFlow = new Float64Array(N_CLASSES * N_ASSETS);
  forced = new Float64Array(N_TRIGGERS);
  fof = new Float64Array(FOF_KEYS.length);
  /** USD raised by asset sales to buy new paper, by class (index = class). */
  reallocSales = new Float64Array(N_CLASSES);
  demand = 0;
  rounds = 0;
  /** Keyed by (round, agent, asset, trigger) packed into one number: no string built per sale. */
  private sales = new Map<number, ForcedSale>();
  roundLog: CascadeRound[] = [];

  reset(): void {
    this.roundFlow.fill(0); this.classFlow.fill(0); this.forced.fill(0);
    this.fof.fill(0); this.reallocSales.fill(0);
    this.demand = 0; this.rounds = 0; this.sales.clear(); this.roundLog = [];
  }

  addFof(key: FofKey, usd: number): void { this.fof[FOF_INDEX[key]] += usd; }
  fofOf(key: FofKey): number { return this.fof[FOF_INDEX[key]]!; }

  noteForcedSale(round: number, agent: number, c: number, k: number, t: number, usd: number): void {
    const key = ((round * 1048576 + agent) * 16 + k) * 8 + t;   // agent < 2^20, asset < 16, trigger < 8
    const e = this.sales.get(key);
    if (e) { e.usd += usd; return; }
    this.sales.set(key, {
      round, agent, usd,
      cls: CLASS_IDS[c] ?? 'rest_of_market', asset: ASSET_IDS[k]!, trigger: TRIGGERS[t]!,
    });
  }

  /** Close a round for the provenance log: its forced sales and the price moves its triggers saw. */
  closeRound(round: number, moves: Float64Array): void {
    const sales = [...this.sales.values()].filter((x) => x.round === round).sort((a, b) => b.usd - a.usd);
    const mv: CascadeRound['moves'] = {};
    for (let k = 1; k < N_ASSETS; k++) if (Math.abs(moves[k]!) > 1e-4) mv[ASSET_IDS[k]!] = moves[k]!;
    this.roundLog.push({ round, moves: mv, sales, totalUsd: sales.reduce((a, b) => a + b.usd, 0) });
  }
}
