// Every parameter of the model with its default. Sources and reasons for each value are in
// docs/CALIBRATION.md (section names match the keys here). Money is in US dollars, rates are
// annual decimals (0.05 = 5%), volatilities are daily unless named `...Annual`.
import type { AssetId } from '../ids';
import { PLUMBING_DEFAULTS } from './plumbingDefaults';
import { HOLDERS_DEFAULTS } from './holdersDefaults';
import { HEDGE_FUND_DEFAULTS } from './hedgeFundDefaults';

export interface AssetParams {
  /** Effective (modified) duration in years: dP/P ≈ −D·Δr (sources: docs/CALIBRATION.md). */
  duration: number;
  /** Convexity in years²: + ½·C·Δr². */
  convexity: number;
  /** Market value at the start date, USD. */
  sizeUsd: number;
  /** Daily volatility of the fundamental noise (before stochastic-volatility scaling). */
  dailyVol: number;
  /** Average daily traded value, USD: sets dealers' market-making depth and their desks' share of capacity. */
  advUsd: number;
  /** Expected annual drift of the fundamental value (earnings growth + risk premium − payout). */
  driftAnnual: number;
  /** Elasticity of earnings to hyperscaler capex relative to its starting rate. */
  capexBeta: number;
  /** Weight of the common market factor in the noise (cross-asset correlation). */
  commonFactor: number;
}

export const DEFAULTS = {
  name: 'baseline',
  description: 'The 2024–27 AI capex path with the central bank on its announced path.',
  start: '2024-01-02',
  end: '2027-12-31',

  assets: {
    tbills:       { duration: 0.25, convexity: 0.1,  sizeUsd: 5.9e12, dailyVol: 0.00002, advUsd: 6e11, driftAnnual: 0.0,  capexBeta: 0,    commonFactor: 0 },
    treasuries:   { duration: 8,    convexity: 75,   sizeUsd: 21e12,  dailyVol: 0.0035,  advUsd: 6e11, driftAnnual: 0.0,  capexBeta: 0,    commonFactor: -0.2 },
    ig_credit:    { duration: 7,    convexity: 60,   sizeUsd: 9e12,   dailyVol: 0.002,   advUsd: 3.5e10, driftAnnual: 0.0, capexBeta: 0,    commonFactor: 0.2 },
    hy_credit:    { duration: 4,    convexity: 20,   sizeUsd: 1.4e12, dailyVol: 0.003,   advUsd: 1e10, driftAnnual: 0.0,  capexBeta: 0,    commonFactor: 0.5 },
    ai_hardware:  { duration: 6,    convexity: 45,   sizeUsd: 3.0e12, dailyVol: 0.018,   advUsd: 1.5e11, driftAnnual: 0.06, capexBeta: 0.5,  commonFactor: 0.6 },
    broad_equity: { duration: 15,   convexity: 250,  sizeUsd: 38e12,  dailyVol: 0.008,   advUsd: 4.5e11, driftAnnual: 0.07, capexBeta: 2.5,  commonFactor: 0.9 },
    saas:         { duration: 25,   convexity: 700,  sizeUsd: 3.0e12, dailyVol: 0.014,   advUsd: 6e10, driftAnnual: 0.07,  capexBeta: 0,    commonFactor: 0.7 },
    crypto:       { duration: 40,   convexity: 1700, sizeUsd: 1.7e12, dailyVol: 0.028,   advUsd: 5e10, driftAnnual: 0.10,  capexBeta: 0,    commonFactor: 0.4 },
    speculative:  { duration: 40,   convexity: 1700, sizeUsd: 0.6e12, dailyVol: 0.022,   advUsd: 2e10, driftAnnual: 0.08,  capexBeta: 0,    commonFactor: 0.6 },
  } satisfies Record<AssetId, AssetParams>,

  noise: {
    /** AR(1) persistence of log-volatility (stochastic volatility: clustering, heavy tails). */
    volPersistence: 0.989,
    /** Standard deviation of the daily log-volatility innovation. */
    volOfVol: 0.08,
    /** Log-vol response to yesterday's standardized common-factor return (leverage effect, < 0). */
    leverageFeedback: -0.04,
  },


  pool: {
    /** Money-fund balances at the ON RRP facility (2024-01-02: $704.9B, FRED RRPONTSYD). */
    rrpUsd: 0.705e12,
    /** Households' cash above their operating buffer (excess money-fund cash). */
    householdIdleUsd: 1.2e12,
    /** Households' operating cash buffer (not idle). */
    householdBufferUsd: 4.0e12,
    /** Idle money below this share of its starting level is "exhausted". */
    exhaustionShare: 0.08,
  },

  funding: {
    /** Spread of new paper over the risk-free curve while idle money absorbs it. */
    spreadFloor: 0.0,
    /** Share of the money-market scarcity premium (SOFR above IORB) passed into the funding spread. */
    moneyMarketPassThrough: 1.0,
    /** Reallocation supply: holders sell this share of risky wealth per day per unit of spread (1 = 100%). */
    elasticity: 0.01,
    /** The reallocation premium saturates at this spread (the crowding premium cannot exceed it). */
    maxSpread: 0.06,
    /** Largest share of its idle cash a holder puts into new paper in one day. */
    idleDeployShare: 0.04,
    /** Trading days over which the clearing spread is smoothed (repricing of the stock of paper). */
    smoothingDays: 5,
  },

  rates: {
    /** Policy-rate path: [date, rate] steps (effective fed funds; 2024–25 actual cuts, hold after). */
    policyPath: [['2024-01-02', 0.0533], ['2024-09-19', 0.0483], ['2024-11-08', 0.0458], ['2024-12-19', 0.0433],
      ['2025-09-18', 0.0408], ['2025-10-30', 0.0383], ['2025-12-11', 0.0363]] as Array<[string, number]>,
    /** Starting expected policy rate (10y 3.95% on 2024-01-02 less the term premium). */
    expectedPolicy0: 0.0365,
    /** Half-life, trading days, of the move of expectations toward their anchor (guidance and rule). */
    expectationHalfLifeDays: 60,
    /** Dated guidance: what the central bank announced, and when (FOMC Summary of Economic
     *  Projections, median federal funds rate at year ends; recalled, see CALIBRATION.md). Agents
     *  at date t see only the announcements made by t, never the realised path. */
    guidance: [
      { announced: '2023-12-13', path: [['2024-12-31', 0.0463], ['2025-12-31', 0.0363], ['2026-12-31', 0.0288]] },
      { announced: '2024-06-12', path: [['2024-12-31', 0.0513], ['2025-12-31', 0.0413], ['2026-12-31', 0.0313]] },
      { announced: '2024-09-18', path: [['2024-12-31', 0.0438], ['2025-12-31', 0.0338], ['2026-12-31', 0.0288]] },
      { announced: '2024-12-18', path: [['2025-12-31', 0.0388], ['2026-12-31', 0.0338], ['2027-12-31', 0.0313]] },
      { announced: '2025-06-18', path: [['2025-12-31', 0.0388], ['2026-12-31', 0.0363], ['2027-12-31', 0.0338]] },
      { announced: '2025-09-17', path: [['2025-12-31', 0.0363], ['2026-12-31', 0.0338], ['2027-12-31', 0.0313]] },
    ] as Array<{ announced: string; path: Array<[string, number]> }>,
    /** Weight of the announced path in the expected policy rate; the rest is the policy rule. */
    guidanceWeight: 0.75,
    /** Inertial Taylor-type rule (Taylor 1993; Clarida, Galí & Gertler 2000):
     *  i* = r* + π + φπ·(π − π*) + φy·gap; expected path i(h) = i* + (i_t − i*)·ρ^(h/63). */
    rule: { neutralReal: 0.01, inflationTarget: 0.02, phiPi: 0.5, phiGap: 0.5, inertiaQuarterly: 0.8 },
    /** Term premium at the start (Kim–Wright/ACM ≈ 0.3% early 2024). */
    termPremium0: 0.003,
    /** Term premium per $100B of net duration supply to the public (Gagnon et al. 2011: 3–6bp). */
    termPremiumPer100B: 0.0004,
    /** Share of the funding spread passed into the 10y Treasury yield. */
    passThrough10y: 0.5,
    igSpread0: 0.010, hySpread0: 0.035,
    /** Credit spread sensitivity to the funding spread, by rating. */
    igBeta: 0.8, hyBeta: 2.5,
    /** Credit spread sensitivity to realised equity volatility (annualised, above 15%). */
    igVolBeta: 0.02, hyVolBeta: 0.10,
  },

  realEconomy: {
    /** Firms' deposits at the start (transactions balances), USD. */
    initialCashUsd: 5.2e12,
    /** Income velocity of transactions balances: nominal spending per dollar of firms' deposits held
     *  for payments (nominal GDP / demand deposits ≈ $28T / $5.2T, 2024Q1). Demand for them is
     *  nominal spending / velocity: it rises with spending (capex included) and falls back with it. */
    velocity: 5.4,
    /** Income elasticity of transactions demand: W = (N₀/v)·(N/N₀)^ε (Baumol 1952, Tobin 1956: 0.5;
     *  Ball 2001, "Another look at long-run money demand", J. Monetary Econ.: ≈ 0.5 for M1). */
    transactionsElasticity: 0.5,
    /** Trend growth of nominal spending other than AI capex, per year. */
    nominalGrowthAnnual: 0.05,
    /** Mean lag, trading days, of the return of cash above transactions needs to households. */
    returnLagDays: 40,
    /** Share of capex spent on imports (AI hardware made abroad): those dollars go to the foreign sector. */
    capexImportShare: 0.3,
    /** Federal deficit (primary plus interest) financed by net issuance, USD per year. */
    deficitUsd: 1.8e12,
    /** Share of net issuance in bills (the rest in 10y-duration coupons). */
    billShare: 0.6,
    /** Nominal GDP, USD (earnings scale for the capex multiplier). */
    gdpUsd: 28e12,
    /** Spending multiplier of capex on broad earnings. */
    multiplier: 1.5,
  },

  hyperscaler: {
    count: 5,
    /** Capex path: [date, annual rate USD], linear between points dated mid-year so each calendar
     *  year's total matches its figure (big-4: ~$230B 2024, ~$410B 2025, $630–725B 2026 guidance; docs/CALIBRATION.md). */
    capexPath: [['2024-07-01', 2.3e11], ['2025-07-01', 4.1e11], ['2026-07-01', 6.8e11], ['2027-07-01', 8.0e11]] as Array<[string, number]>,
    /** Operating cash flow left for capex after dividends and buybacks: [date, annual rate USD]
     *  (big-5 OCF ≈ $577B in 2025E, of which ~$200B is paid out to shareholders). */
    ocfPath: [['2024-07-01', 3.0e11], ['2025-07-01', 3.6e11], ['2026-07-01', 4.2e11], ['2027-07-01', 4.8e11]] as Array<[string, number]>,
    /** Scale applied to the whole capex path (a scenario switch). */
    capexScale: 1,
    /** Cap on annual capex (energy ceiling), USD; 0 = none. */
    capexCeilingUsd: 0,
    cashUsd: 1.2e11, tbillsUsd: 2.5e11, treasuriesUsd: 1.0e11,
    /** Operating cash buffer as trading days of capex. */
    bufferDays: 60,
    /** T-bills and Treasuries kept as a strategic liquidity reserve, trading days of capex (not sold
     *  for capex): hyperscalers issued $121B of bonds in 2025 while holding large cash piles. */
    liquidityFloorDays: 250,
    /** Number of weaker names that fund in high yield / off balance sheet. */
    weakCount: 1,
    /** Share of the capex path carried by the weaker names. */
    weakShare: 0.12,
    /** Capex and OCF around the paths: a q-type response to AI hardware's price and to the name's
     *  funding cost (docs/CALIBRATION.md: Tobin 1969, Hayashi 1982, Philippon 2009, Gilchrist &
     *  Zakrajšek 2007). All elasticities 0 = the paths exactly. */
    response: {
      /** Log capex per log of AI hardware's price relative to its slow reference. */
      priceElasticity: 0.3,
      /** Proportional cut of capex per unit of funding cost above the reference (1.6 = 1.6% per pp). */
      costSemiElasticity: 1.6,
      /** Log OCF per log of AI hardware's price relative to its slow reference (cloud's share of income). */
      ocfElasticity: 0.25,
      /** Funding cost when the guidance was set: 10y 3.95% + IG 1.0% / HY 3.5% (January 2024). */
      referenceCost: { ig: 0.0495, hy: 0.0745 },
      /** EWMA span (trading days) of the price signal and of the funding cost: a quarter. */
      smoothingDays: 63,
      /** Trading days of the slow reference: the mean log price over the past year. */
      referenceDays: 252,
      /** Bounds on both factors (capex and OCF relative to their paths). */
      minFactor: 0.7,
      maxFactor: 1.3,
    },
    hurdle: {
      enabled: true,
      /** Expected return on AI capex (mean), annual: below the big-4's 2024 ROIC of 16–34%. */
      expectedReturn: 0.12,
      dispersion: 0.03,
      /** Daily proportional cut of the capex rate while cost of capital exceeds the hurdle. */
      cutSpeed: 0.004,
      floor: 0.5,
    },
  },

  sovereign: {
    count: 6,
    aumUsd: 4.0e12,
    dryPowderUsd: 0.25e12,
    /** Portfolio weights (the rest of AUM after dry powder and the hedge-fund stake). */
    weights: { treasuries: 0.25, ig_credit: 0.1, broad_equity: 0.38, ai_hardware: 0.07, saas: 0.1, crypto: 0.03, speculative: 0.02, hy_credit: 0.05 },
    hfStakeUsd: 0.25e12,
    /** 'trailing': sell the holding with the worst trailing return first; or an explicit order. */
    peckingOrder: 'trailing' as 'trailing' | string[],
    trailingDays: 120,
    /** Largest share of one holding sold to meet one call. */
    maxSellFraction: 0.5,
    /** AI capital calls: [date, USD] (commitments to AI ventures, Stargate-style). */
    capitalCalls: [['2025-03-31', 3e10], ['2025-06-30', 3e10], ['2025-09-30', 4e10], ['2025-12-19', 5e10],
      ['2026-03-31', 6e10], ['2026-06-30', 7e10], ['2026-09-30', 8e10], ['2026-12-18', 9e10],
      ['2027-03-31', 9e10], ['2027-06-30', 9e10], ['2027-09-30', 9e10], ['2027-12-17', 9e10]] as Array<[string, number]>,
    bufferShare: 0.01,
  },

  cta: {
    count: 30,
    aumUsd: 3.4e11,
    instruments: { broad_equity: 0.5, treasuries: 0.35, crypto: 0.15 },
    lookbacks: [20, 60, 120, 250],
    threshold: 0.5,
    thresholdDispersion: 0.3,
    targetVolAnnual: 0.15,
    maxLeverage: 3,
    executionDays: 5,
  },

  vol_target: {
    count: 20,
    aumUsd: 4.0e11,
    targetVolAnnual: 0.12,
    halfLifeDays: [10, 60] as [number, number],
    maxLeverage: 1.5,
    band: 0.05,
    equityShare: 0.8,
  },

  buyback: {
    count: 25,
    annualUsd: 0.95e12,
    blackout: true,
    /** Trading days before earnings when the window closes, and days after when it reopens. */
    blackoutBeforeDays: 25, blackoutAfterDays: 2,
    /** Extra buying per unit of broad-equity drawdown (countercyclical g(·)). */
    countercyclical: 2,
    aiShare: 0.1,
  },

  ...PLUMBING_DEFAULTS,

  ...HOLDERS_DEFAULTS,
  ...HEDGE_FUND_DEFAULTS,

  central_bank: {
    stance: 'neutral' as 'neutral' | 'qe_backstop' | 'tightening',
    /** Balance-sheet path: [date, monthly net purchases USD] (negative = QT runoff). */
    balanceSheetPath: [['2024-01-02', -6e10], ['2024-06-03', -2.5e10], ['2025-04-01', -5e9], ['2025-12-01', 0], ['2025-12-12', 4e10]] as Array<[string, number]>,
    /** Agency MBS principal runoff, [date, monthly USD] steps (H.4.1: ≈ $15B a month; reinvested in bills from 2025-12-01). */
    mbsRunoffPath: [['2024-01-02', 1.5e10], ['2025-12-01', 0]] as Array<[string, number]>,
    /** Under qe_backstop: largest daily purchases of new paper when the funding spread is above the trigger. */
    qeMaxDailyUsd: 2.5e10,
    backstopTrigger: 0.001,
    /** Under tightening: hike per meeting from `tighteningStart`, up to `tighteningCap` above the path. */
    hikePerMeeting: 0.0025,
    tighteningStart: '2025-06-01',
    tighteningCap: 0.02,
    /** Under tightening: extra monthly QT, USD. */
    extraQtMonthlyUsd: 4e10,
  },

  rest_of_market: {
    households: 200,
    /** Retail speculative propensity: target weight in crypto + speculative, mean. */
    retailWeight: 0.04,
    /** How strongly the retail target follows the idle-money index (liquidity chasing). */
    liquidityBeta: 1.0,
    /** Daily share of the gap to the retail target closed. */
    retailSpeed: 0.02,
    dealerCashUsd: 0.5e12,
    /** Daily share of deposits above their buffer that households spend at firms (consumption:
     *  firms' revenue, out of which they pay operating cash flow and buyback budgets). */
    consumptionShare: 0.02,
  },

  stablecoin: {
    reservesUsd: 1.3e11,
    growthAnnual: 0.3,
    /** Share of new stablecoin inflows routed into crypto rather than parked in T-bills. */
    routeToCrypto: 0,
  },

  cascade: { maxRounds: 8, thresholdUsd: 1e9 },

  shocks: [] as Array<{ date: string; kind: ShockKind; value: number; label?: string; asset?: AssetId; days?: number }>,
};

export type ShockKind = 'capex_scale' | 'vol_spike' | 'policy_rate' | 'term_premium' | 'liquidity_withdrawal' | 'price' | 'tga_target' | 'flow';
export type ScenarioInput = typeof DEFAULTS;
