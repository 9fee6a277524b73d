// The whole mutable state of a run, as typed arrays and scalars, so a snapshot is a structured
// clone and the hot loops touch contiguous memory. Populations are one flat array of agents;
// each class owns a contiguous index range [classStart, classEnd).
import type { Calendar } from './calendar';
import type { Rng } from './rng';
import type { Scenario } from './scenario/schema';

/** Slots of per-agent parameters (P) and per-agent state (S); their meaning depends on the class. */
export const P = 4;
export const S = 4;
/** Days of log-price history kept for trend signals (≥ the longest CTA lookback). */
export const HIST = 262;

/** The State's number fields that only ever hold small integers (indices and counts). */
const INTEGER_FIELDS = new Set(['seed', 'days', 't', 'n', 'exhaustionDay']);

/**
 * Give every other number field of `s` (and of `s.households`) the double representation now.
 * Why: V8 stores a field that first holds a small integer (0, 1) as a "Smi" field, and the first
 * fractional value moves the object to a new hidden class. A run's state started with Smi fields
 * and moved through about ten hidden classes in its first days, so the engine's optimised code,
 * compiled for the last one, was thrown away at the start of every run and recompiled (625 such
 * deoptimisations over 23 baseline runs, 13 after this; `node --trace-deopt`). Writing a fraction
 * and then the value back changes no value, only the representation.
 */
export function settleNumberFields(s: State): void {
  const o = s as unknown as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'number' && !INTEGER_FIELDS.has(k)) { o[k] = 0.5; o[k] = v; }
  }
  const h = s.households as { bufferTotal: number };
  const b = h.bufferTotal;
  h.bufferTotal = 0.5; h.bufferTotal = b;
}

/** Sectors that are not agent classes but own balance sheets so every flow has two ends. */
export interface SectorIndex {
  government: number;
  centralBank: number;
  realEconomy: number;
  dealer: number;
  moneyFund: number;
  stablecoin: number;
  /** Banks: their cash is reserves less their depositors' net balances (sectors/banks.ts). */
  banks: number;
  /** The foreign sector: imported-capex dollars, recycled into Treasuries and equities. */
  foreign: number;
  /** Currency in circulation (a Fed liability held by the public). */
  currency: number;
  /** The futures' longs (asset managers' synthetic exposure): the account hedge funds' variation
   *  margin is paid to and from. It holds its balance and trades nothing (agents/hedgeFundHedges.ts). */
  futures: number;
  /** Value investors: the price-setting holders whose demand is elastic (sectors/valueInvestors.ts). */
  value: number;
  /** Pensions and insurers: fixed target weights (sectors/pensions.ts). */
  pensions: number;
  /** Mutual, bond and exchange-traded funds: mandate weights, flows follow returns (sectors/funds.ts). */
  funds: number;
}

/** The holders' state per asset for the clearing (sectors/valueInvestors.ts, sectors/dealers.ts). */
export interface HolderBook {
  valueOpen: Float64Array;    // value investors' holdings at today's open, units
  valueZeta0: Float64Array;   // their own elasticity at normal volatility (market ζ / their share)
  valueZeta: Float64Array;    // today's elasticity (falls as volatility rises)
  dealerBase: Float64Array;   // dealers' normal inventory, units
  dealerOpen: Float64Array;   // dealers' inventory at today's open, units
  openLn: Float64Array;       // today's opening log price (dealers quote around it)
  dealerDelta: Float64Array;  // units dealers take per unit of log-price concession today
  dealerRoom: Float64Array;   // units of inventory away from normal their capacity allows today
  pensionTarget: Float64Array; // pensions' and insurers' target weight per asset (the rest in cash)
}

export interface Redemption { fund: number; payee: number; usd: number; due: number; forSovereign: boolean }

export interface State {
  sc: Scenario;
  seed: number;
  cal: Calendar;
  days: number;
  /** Index of the next day to simulate. */
  t: number;
  rng: Rng;

  // ---- assets -------------------------------------------------------------------------------
  lnF: Float64Array;          // log valuation of the price-setting investors (fundamental)
  mis: Float64Array;          // log price − log valuation: the clearing gap
  hold: HolderBook;
  price: Float64Array;        // today's price (after clearing)
  prevClose: Float64Array;
  supply: Float64Array;       // units outstanding
  ewVar: Float64Array;        // EWMA daily variance (RiskMetrics λ = 0.94)
  marginVar: Float64Array;    // slower EWMA daily variance margins are set on (λ = 0.97)
  logVol: Float64Array;       // stochastic log-volatility state per asset
  lnHist: Float64Array;       // ring buffer [HIST × N_ASSETS] of log closes
  volumeUsd: Float64Array;    // traded USD today
  earn: Float64Array;         // log earnings index (news)
  peak: Float64Array;         // running peak price (drawdowns)

  // ---- rates ---------------------------------------------------------------------------------
  policy: number;
  policyAdj: number;          // stance adjustment above the path (tightening)
  expPolicy: number;
  termPremium: number;
  spread: number;             // funding spread (crowding premium)
  y10: number;
  coc: number;
  igSpread: number;
  hySpread: number;
  netDurationSupply: number;  // USD: hyperscaler bonds + QT − QE since start
  residualEwma: number;       // smoothed reallocation need, USD/day
  reallocWealth0: number;     // households' risky wealth at the start (scale of reallocation supply)

  // ---- agents --------------------------------------------------------------------------------
  n: number;
  cls: Uint8Array;            // class index (CLASS_IDS) or 255 for sectors
  cash: Float64Array;         // whole dollars (integer-valued): sums are exact
  units: Float64Array;        // [n × N_ASSETS] whole units
  par: Float64Array;          // [n × P]
  buffer: Float64Array;       // [n] households' operating cash buffer, USD (0 for others): its own array, as the daily passes over households read it alone
  st: Float64Array;           // [n × S]
  classStart: Int32Array;
  classEnd: Int32Array;
  sec: SectorIndex;
  /** The households' range; `bufferTotal` = Σ `buffer` over them (fixed at the start). */
  households: { start: number; end: number; bufferTotal: number };

  // ---- pool, real economy, policy books ------------------------------------------------------
  idle0: number;
  idle: number;
  exhaustionDay: number;
  reWorking: number;          // the real economy's required working balance, USD
  capexRate0: number;         // annual capex at start
  capexEwma: number;          // smoothed daily planned capex (guidance), drives AI earnings
  cumDemand: number;
  cumCapexPlanned: number;
  cumCapexSpent: number;
  hfStakeFraction: Float64Array; // per sovereign: share of the hedge-fund sector's equity
  redemptions: Redemption[];
  pendingPayouts: Array<{ fund: number; payee: number; usd: number; forSovereign: boolean }>;
  volShock: number;           // extra volatility from shocks, decays
  tpShock: number;            // term-premium shock (exogenous overlay)
  liquidityShock: number;     // cash withdrawn from idle pools by a shock, USD
  capexShock: number;         // multiplicative capex shock from timed scenario shocks
  hfEquity: Float64Array;     // per hedge fund: equity at the last mark
  hfTrailing: number;         // hedge-fund sector trailing return (sovereign confidence)
  hfStrategy: Uint8Array;     // per hedge fund: its strategy (HF_STRATEGIES index)
  hfWeights: Float64Array;    // [fund × N_ASSETS] its long book's weights (re-levering buys these)
  hfHedge: Float64Array;      // [fund × N_ASSETS] short futures as a share of each long
  hfShares: Float64Array;     // per fund: shares outstanding (NAV per share = equity / shares)
  hfNavQ: Float64Array;       // [fund × 5] NAV per share at the last five quarter ends, newest first
  futRef: Float64Array;       // per asset: the futures price at the last daily settlement
  gapSlow: Float64Array;      // per asset: the slow part of the clearing gap (bond futures follow it)
  hfPaidToday: number;        // redemptions paid by hedge funds today, USD

  // ---- plumbing (sectors/*) ----------------------------------------------------------------
  iorb: number;               // interest on reserve balances
  rrpRate: number;            // ON RRP offering rate
  sofr: number;               // secured overnight financing rate
  bill3m: number;             // 3-month bill yield
  billSpread: number;         // bill − ON RRP
  mmfRepo: number;            // money funds' repo lent to dealers, USD
  mmfBillShare0: number;      // the funds' bill share at the start
  leveredTsy0: number;        // dealers' and hedge funds' Treasury positions at the start, USD
  repoGap: number;            // repo demand the funds leave to banks, USD
  reserves: number;           // bank reserves at today's close, USD
  reserveFloor: number;       // lowest comfortable level of reserves today, USD
  fedOther: number;           // Fed assets other than SOMA Treasuries (agency MBS and the rest), at par
  fedSrf: number;             // standing-repo loans outstanding
  fedCapital: number;         // Fed capital: net interest income and gains on sales since the start
  nominal0: number;           // nominal spending at the start, annual USD
  nominalIndex: number;       // nominal spending relative to the start
  tgaShock: number;           // USD added to the TGA target by shocks
  /** Outside flows in progress (`flow` shocks): asset, USD a day (signed), trading days left. */
  outsideFlows: Array<{ asset: number; usdPerDay: number; daysLeft: number }>;
  exhausted: boolean;         // idle money is below the exhaustion threshold now

  // ---- bookkeeping ---------------------------------------------------------------------------
  money0: number;             // Σ cash over every balance sheet (constant)
  maxImbalance: number;
}

