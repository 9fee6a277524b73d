// The scenario schema: every field typed and ranged, unknown keys rejected. The CLI, the browser
// (URL and imported files) and the sweep specs all validate through this one schema.
import { z } from 'zod';
import { ASSET_IDS, HF_STRATEGIES, type HfStrategy } from '../ids';
import { dayNumber, fromDayNumber, isoToDayNumber } from '../calendar';

const num = (lo: number, hi: number) => z.number().min(lo).max(hi);
const usd = (hi = 1e15) => num(0, hi);
const frac = num(0, 1);
const int = (lo: number, hi: number) => z.number().int().min(lo).max(hi);
// A real calendar date (no 2024-02-31, no year 0000) in the years the model's calendar covers.
const realDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const back = fromDayNumber(dayNumber({ y, m, d })); // an impossible day rolls into the next month
  return y >= 1900 && y <= 2200 && back.m === m && back.d === d;
};
const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoDate = z.string().regex(ISO, 'a date as YYYY-MM-DD')
  .refine(realDate, 'not a calendar date (years 1900 to 2200)');
const datedPath = (lo: number, hi: number) => z.array(z.tuple([isoDate, num(lo, hi)])).min(1);
const assetId = z.enum(ASSET_IDS);
const SHOCK_KINDS = ['capex_scale', 'vol_spike', 'policy_rate', 'term_premium', 'liquidity_withdrawal', 'price', 'tga_target', 'flow'] as const;
const weights = z.partialRecord(assetId, frac);

const strategy = z.strictObject({
  share: frac, leverageMultiple: num(0.1, 50),
  haircut: z.strictObject({ base: num(0.005, 1), volSlope: num(0, 10) }),
  weights, hedge: z.partialRecord(assetId, num(0, 1.5)),
});

const asset = z.strictObject({
  duration: num(0, 100), convexity: num(0, 10000), sizeUsd: num(1e9, 1e15), dailyVol: num(0, 0.2),
  advUsd: num(1e6, 1e14), driftAnnual: num(-0.5, 0.5), capexBeta: num(0, 5), commonFactor: num(-1, 1),
});

export const scenarioSchema = z.strictObject({
  name: z.string().min(1).max(80),
  description: z.string().max(2000),
  start: isoDate,
  end: isoDate,
  assets: z.strictObject(Object.fromEntries(ASSET_IDS.map((a) => [a, asset])) as Record<(typeof ASSET_IDS)[number], typeof asset>),
  noise: z.strictObject({ volPersistence: num(0, 0.9999), volOfVol: num(0, 1), leverageFeedback: num(-1, 1) }),
  holders: z.strictObject({
    elasticity: z.partialRecord(assetId, num(0.001, 100)), volFloor: num(0.01, 1), liquidityCommonality: frac, anchorHalfLifeDays: num(1, 100000),
    value: z.strictObject({ cashShare: num(0, 10), creditLineShare: num(0, 10), refillDays: num(1, 10000) }),
    dealers: z.strictObject({ share: weights, capacityUsd: usd(), marketMaking: num(0, 100), inventoryHalfLifeDays: num(0.1, 10000) }),
    pensions: z.strictObject({ share: weights, cashShare: num(0, 10), rebalanceDays: num(1, 10000) }),
    funds: z.strictObject({ share: weights, cashShare: num(0, 10), flowOnGain: num(0, 10), flowOnLoss: num(0, 10), lookbackDays: int(1, 250) }),
    foreignOfficialShare: frac,
  }),
  pool: z.strictObject({ rrpUsd: usd(), householdIdleUsd: usd(), householdBufferUsd: usd(), exhaustionShare: num(0, 0.9) }),
  funding: z.strictObject({
    spreadFloor: num(-0.01, 0.05), moneyMarketPassThrough: num(0, 5),
    elasticity: num(1e-5, 10), maxSpread: num(0.001, 0.5), idleDeployShare: num(0.001, 1), smoothingDays: num(1, 100),
  }),
  rates: z.strictObject({
    policyPath: datedPath(-0.01, 0.25), expectedPolicy0: num(-0.01, 0.25), expectationHalfLifeDays: num(1, 5000),
    guidance: z.array(z.strictObject({ announced: isoDate, path: datedPath(-0.01, 0.25) })).max(200),
    guidanceWeight: frac,
    rule: z.strictObject({ neutralReal: num(-0.05, 0.1), inflationTarget: num(-0.05, 0.2), phiPi: num(0, 5), phiGap: num(0, 5), inertiaQuarterly: num(0, 0.999) }),
    termPremium0: num(-0.02, 0.05), termPremiumPer100B: num(0, 0.01), passThrough10y: frac,
    igSpread0: num(0, 0.1), hySpread0: num(0, 0.3), igBeta: num(0, 10), hyBeta: num(0, 20),
    igVolBeta: num(0, 1), hyVolBeta: num(0, 2),
  }),
  realEconomy: z.strictObject({
    initialCashUsd: usd(), velocity: num(0.5, 100), transactionsElasticity: num(0, 2), nominalGrowthAnnual: num(-0.5, 1), returnLagDays: num(1, 1000),
    capexImportShare: frac, deficitUsd: num(-1e14, 1e14), billShare: frac, gdpUsd: num(1e12, 1e15), multiplier: num(0, 5),
  }),
  hyperscaler: z.strictObject({
    count: int(1, 1000), capexPath: datedPath(0, 1e14), ocfPath: datedPath(0, 1e14), capexScale: num(0, 10),
    capexCeilingUsd: usd(1e14), cashUsd: usd(), tbillsUsd: usd(), treasuriesUsd: usd(), bufferDays: num(0, 250), liquidityFloorDays: num(0, 1000),
    weakCount: int(0, 1000), weakShare: frac,
    response: z.strictObject({
      priceElasticity: num(0, 5), costSemiElasticity: num(0, 50), ocfElasticity: num(0, 5),
      referenceCost: z.strictObject({ ig: num(0, 0.5), hy: num(0, 1) }),
      smoothingDays: int(1, 252), referenceDays: int(2, 260), minFactor: frac, maxFactor: num(1, 10),
    }),
    hurdle: z.strictObject({ enabled: z.boolean(), expectedReturn: num(0, 1), dispersion: num(0, 0.5), cutSpeed: num(0, 1), floor: frac }),
  }),
  sovereign: z.strictObject({
    count: int(1, 1000), aumUsd: usd(), dryPowderUsd: usd(), weights, hfStakeUsd: usd(),
    peckingOrder: z.union([z.literal('trailing'), z.array(z.union([assetId, z.literal('hedge_funds')])).min(1)]),
    trailingDays: int(1, 1000), maxSellFraction: frac, capitalCalls: z.array(z.tuple([isoDate, usd(1e14)])), bufferShare: frac,
  }),
  hedge_fund: z.strictObject({
    count: int(1, 100000), equityUsd: usd(),
    leverage: z.strictObject({ preferred: num(1, 50), dispersion: num(0, 20), max: num(1, 100), band: num(0, 1) }),
    portfolioDispersion: num(0, 3), basisHalfLifeDays: num(0.1, 10000),
    strategies: z.strictObject(Object.fromEntries(HF_STRATEGIES.map((id) => [id, strategy])) as Record<HfStrategy, typeof strategy>),
    maxDailyDeleverage: frac, relever: frac,
    flows: z.strictObject({ base: num(-1, 1), bUp: num(0, 10), bDown: num(0, 10), noticeDays: int(0, 365), gate: frac, liquidationDays: int(1, 250) }),
  }),
  cta: z.strictObject({
    count: int(1, 100000), aumUsd: usd(), instruments: weights, lookbacks: z.array(int(2, 260)).min(1),
    threshold: num(0, 5), thresholdDispersion: num(0, 5), targetVolAnnual: num(0.001, 2), maxLeverage: num(0, 20), executionDays: num(1, 100),
  }),
  vol_target: z.strictObject({
    count: int(1, 100000), aumUsd: usd(), targetVolAnnual: num(0.001, 2), halfLifeDays: z.tuple([num(1, 500), num(1, 500)]),
    maxLeverage: num(0, 10), band: num(0, 1), equityShare: frac,
  }),
  buyback: z.strictObject({
    count: int(1, 100000), annualUsd: usd(1e14), blackout: z.boolean(), blackoutBeforeDays: int(0, 60), blackoutAfterDays: int(0, 30),
    countercyclical: num(0, 20), aiShare: frac,
  }),
  macro: z.strictObject({ inflationPath: datedPath(-0.2, 1), outputGapPath: datedPath(-0.5, 0.5) }),
  plumbing: z.strictObject({
    reservesUsd: usd(), tgaUsd: usd(), currencyUsd: usd(), currencyGrowthAnnual: num(-0.5, 1),
    reserveFloorUsd: usd(), ampleDiscount: num(0, 0.05), steepness: num(0, 0.05), scaleUsd: num(1e9, 1e14),
    iorbOverPolicy: num(-0.01, 0.01), rrpUnderPolicy: num(-0.01, 0.01), sofrOverRrp: num(-0.01, 0.01), srfOverIorb: num(0, 0.05),
    depositBeta: frac, marginSpread: num(0, 0.1), couponRate: num(0, 0.2),
  }),
  money_funds: z.strictObject({
    repoUsd: usd(), billSpread0: num(-0.01, 0.05), billSpreadSlope: num(0, 1), billTake0: frac, billTakeSlope: num(0, 10000), repoSpeed: frac, inflowShare: frac,
  }),
  treasury: z.strictObject({ tgaTargetPath: datedPath(0, 1e14), tgaAdjustDays: num(1, 250) }),
  foreign: z.strictObject({
    depositsUsd: usd(), treasuryShare: frac, equityShare: frac, recycleSpeed: frac,
    officialSales: z.strictObject({ volThreshold: num(0, 10), volFull: num(0, 10), maxDailyShare: frac })
      .refine((o) => o.volFull > o.volThreshold, { message: 'volFull must be above volThreshold', path: ['volFull'] }),
  })
    .refine((f) => f.treasuryShare + f.equityShare <= 1, { message: 'treasuryShare + equityShare must be at most 1', path: ['equityShare'] }),
  central_bank: z.strictObject({
    stance: z.enum(['neutral', 'qe_backstop', 'tightening']), balanceSheetPath: datedPath(-1e13, 1e13), mbsRunoffPath: datedPath(0, 1e13),
    qeMaxDailyUsd: usd(1e13), backstopTrigger: num(0, 0.1), hikePerMeeting: num(0, 0.02), tighteningStart: isoDate,
    tighteningCap: num(0, 0.2), extraQtMonthlyUsd: usd(1e13),
  }),
  rest_of_market: z.strictObject({
    households: int(1, 1_000_000), retailWeight: frac, liquidityBeta: num(0, 10), retailSpeed: frac, dealerCashUsd: usd(), consumptionShare: frac,
  }),
  stablecoin: z.strictObject({ reservesUsd: usd(), growthAnnual: num(-1, 10), routeToCrypto: frac }),
  cascade: z.strictObject({ maxRounds: int(0, 50), thresholdUsd: usd() }),
  shocks: z.array(z.strictObject({
    date: isoDate,
    kind: z.enum(SHOCK_KINDS),
    value: z.number().finite(),
    label: z.string().max(200).optional(),
    asset: assetId.optional(),
    /** `flow` only: trading days over which `value` dollars are bought (> 0) or sold (< 0). */
    days: int(1, 2520).optional(),
  }).refine((x) => x.kind !== 'flow' || (x.asset !== undefined && x.asset !== 'tbills'), { message: 'a flow needs an asset other than tbills (e.g. "asset": "broad_equity")', path: ['asset'] })
    .refine((x) => x.kind === 'flow' || x.days === undefined, { message: '"days" applies only to a "flow" shock', path: ['days'] })
    .superRefine((sh, ctx) => {
      if (!Object.hasOwn(SHOCK_RANGE, sh.kind) || typeof sh.value !== 'number') return; // the field checks report these
      const [lo, hi, unit] = SHOCK_RANGE[sh.kind]!;
      if (!(sh.value >= lo && sh.value <= hi)) ctx.addIssue({ code: 'custom', path: ['value'], message: `a ${sh.kind} shock must be from ${lo} to ${hi} (${unit})` });
    })).max(100_000),
}).superRefine((s, ctx) => {
  // Object checks run even when a field failed: only well-formed dates reach the calendar arithmetic.
  if (![s.start, s.end].every((d) => typeof d === 'string' && ISO.test(d) && realDate(d))) return;
  if (!(s.start < s.end)) { ctx.addIssue({ code: 'custom', path: ['end'], message: 'start must be before end' }); return; }
  const a = isoToDayNumber(s.start), b = isoToDayNumber(s.end);
  // Any three consecutive days hold a weekday; a Saturday-to-Sunday calendar holds none.
  if (b - a < 2 && [a, b].every((n) => ((n + 3) % 7 + 7) % 7 >= 5)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'the calendar from start to end holds no trading day' });
  // Every hedge fund belongs to a strategy with a book: shares must name one, and a strategy that
  // has a share must hold something.
  const strategies = (s.hedge_fund as { strategies?: Record<string, { share?: unknown; weights?: Record<string, unknown> }> } | undefined)?.strategies;
  if (strategies && typeof strategies === 'object') {
    const live = Object.entries(strategies).filter(([, v]) => typeof v?.share === 'number' && v.share > 0);
    if (live.length === 0) ctx.addIssue({ code: 'custom', path: ['hedge_fund', 'strategies'], message: 'every strategy share is 0; give at least one strategy a share above 0' });
    for (const [id, v] of live) {
      const w = Object.values(v.weights ?? {}).reduce<number>((a, x) => a + (typeof x === 'number' ? x : 0), 0);
      if (!(w > 0)) ctx.addIssue({ code: 'custom', path: ['hedge_fund', 'strategies', id, 'weights'], message: `strategy ${id} has a share but no weights; give it at least one asset weight above 0, or set its share to 0` });
    }
  }
  // Work and memory grow with agents × trading days: a cap keeps a mistyped count from hanging.
  const days = Math.ceil(((b - a + 1) * 5) / 7);
  // Fields may have failed their own checks (wrong type, null): count only the numbers.
  const count = (o: unknown, k: string): number => { const v = typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined; return typeof v === 'number' ? v : 0; };
  const agents = count(s.rest_of_market, 'households') + [s.hedge_fund, s.cta, s.vol_target, s.buyback, s.sovereign, s.hyperscaler].reduce((a, o) => a + count(o, 'count'), 0);
  if (agents * days > MAX_AGENT_DAYS)
    ctx.addIssue({ code: 'custom', path: ['rest_of_market', 'households'], message: `${agents} agents × about ${days} trading days exceed the cap of ${MAX_AGENT_DAYS} agent-days; lower the counts or end the calendar sooner` });
});

/** Agents × trading days allowed in one run (about a minute and a half of compute at most). */
export const MAX_AGENT_DAYS = 50_000_000;

// Shock sizes the model's dynamics stay finite under; beyond them prices and orders overflow.
// Every kind needs its range (the Record type makes a missing one a compile error).
const SHOCK_RANGE: Record<(typeof SHOCK_KINDS)[number], [number, number, string]> = {
  capex_scale: [0, 10, 'a multiple of planned capex'],
  vol_spike: [0, 20, 'extra volatility as a multiple of normal'],
  policy_rate: [-0.1, 0.2, 'a change in the policy rate, as a fraction'],
  term_premium: [-0.05, 0.1, 'a change in the term premium, as a fraction'],
  liquidity_withdrawal: [0, 1e14, 'USD'],
  price: [-2.5, 2.5, 'a log change of the price'],
  tga_target: [-1e13, 1e13, 'USD added to the TGA target'],
  flow: [-1e14, 1e14, 'USD bought (> 0) or sold (< 0) over its days'],
};

export type Scenario = z.infer<typeof scenarioSchema>;
