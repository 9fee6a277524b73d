// The validation targets: each names a fact, the statistic the model is scored on, the real-world
// reference with its source, and the pass band (on the mean over seeds). Targets without a band are
// reported for information. References: docs/CALIBRATION.md (Cont 2001 stylized facts) and §4 (episodes).
import type { Facts } from './facts';
import {
  at, classReturn, windowCorrelation, windowDrawdown, windowReturn, windowSum, type RunSeries,
} from './episodes';
import type { TargetResult } from './report';

export const FACT_ASSETS = ['broad_equity', 'crypto', 'treasuries'] as const;
export type FactAsset = (typeof FACT_ASSETS)[number];

/** What one seed produced: facts of the long run, and the recorded episode runs. */
export interface SeedObservation {
  seed: number;
  facts: Record<FactAsset, Facts>;
  /** Largest |daily accounting imbalance| over all validation runs, USD. */
  maxImbalanceUsd: number;
  /** Non-finite values over all recorded columns of all validation runs. */
  nonFinite: number;
  rateShock: RunSeries;
  dashForCash: RunSeries;
  debtCeiling: RunSeries;
  /** February 2018: a volatility shock out of a calm regime. */
  volShock: RunSeries;
  /** August 2024: the yen-carry unwind. */
  carryUnwind: RunSeries;
  /** Δln P of broad equity per 1% of its value bought by an outside flow (multiplier.ts). */
  multiplier: number;
}

export interface TargetDef {
  id: string;
  group: TargetResult['group'];
  fact: string;
  subject: string;
  statistic: string;
  reference: string;
  source: string;
  /** Pass when min ≤ mean over seeds ≤ max; neither set = information only. */
  min?: number;
  max?: number;
  value: (o: SeedObservation) => number;
}

const CONT = 'Cont 2001';
const stylized = (asset: FactAsset): TargetDef[] => {
  const f = (k: keyof Facts) => (o: SeedObservation) => o.facts[asset][k];
  const equity = asset === 'broad_equity';
  const t = (id: string, fact: string, statistic: string, reference: string, value: TargetDef['value'], band: { min?: number; max?: number }, source = CONT): TargetDef =>
    ({ id: `${asset}.${id}`, group: 'stylized', fact, subject: asset, statistic, reference, source, value, ...band });
  return [
    t('acf_r1', 'no linear autocorrelation', '|ρ(1)| of daily r', '≲ 0.05', (o) => Math.abs(o.facts[asset].acfR1), { max: 0.05 }),
    t('acf_r_max20', 'no linear autocorrelation', 'max |ρ(τ)|, τ = 1..20', '≲ 0.05', f('acfRMax20'), { max: 0.05 }),
    t('ljung_box', 'no linear autocorrelation', 'Ljung–Box Q(20) p-value', '> 0.05', f('ljungBoxP20'), { min: 0.05 }),
    t('hill', 'heavy tails', 'Hill α, top 2.5% of |r|', '≈ 3, range 2–5', f('hillAlpha'), { min: 2, max: 5 }, 'Gopikrishnan et al. 1998; Cont 2001'),
    t('kurtosis_1d', 'heavy tails', 'excess kurtosis, 1 day', '> 0 (index daily often 5–20)', f('kurt1'), { min: 0 }),
    t('kurtosis_5d', 'aggregational Gaussianity', 'excess kurtosis, 5 days', 'between 1-day and 21-day', f('kurt5'), {}),
    t('kurtosis_fall', 'aggregational Gaussianity', 'κ(1 day) − κ(21 days)', '> 0 (falls toward 0)', (o) => o.facts[asset].kurt1 - o.facts[asset].kurt21, { min: 0 }),
    t('skew', 'gain/loss asymmetry', 'skewness of daily r', equity ? '< 0 for indices' : 'no firm reference', f('skew'), equity ? { max: 0 } : {}),
    t('tail_asym', 'gain/loss asymmetry', 'Hill α(gains) − α(losses), top 5% each', equity ? '> 0 (crashes bigger than rallies)' : 'no firm reference',
      (o) => o.facts[asset].hillGain - o.facts[asset].hillLoss, equity ? { min: 0 } : {}),
    t('abs_acf1', 'volatility clustering', 'ACF(|r|) at lag 1', '> 0 (≈ 0.2–0.3)', f('absAcf1'), { min: 0.05 }),
    t('abs_acf100', 'volatility clustering', 'ACF(|r|) at lag 100', '> 0 (still positive at 100+ days)', f('absAcf100'), { min: 0 }),
    t('abs_acf_beta', 'volatility clustering', 'power-law decay β of ACF(|r|), lags 1–100', 'β ≈ 0.2–0.4', f('absAcfBeta'), { min: 0.2, max: 0.4 }),
    t('garch', 'volatility clustering', 'GARCH(1,1) α + β', '≈ 0.98', f('garchPersistence'), { min: 0.95, max: 0.999 }),
    t('resid_kurtosis', 'conditional heavy tails', 'excess kurtosis of GARCH residuals', '> 0', f('residualKurtosis'), { min: 0 }),
    t('leverage', 'leverage effect', 'mean L(τ) = corr(r_t, r²_{t+τ}), τ = 1..10', equity ? '< 0' : 'none expected', f('leverage10'), equity ? { max: 0 } : {},
      'Bouchaud et al. 2001; Cont 2001'),
    t('volume_vol', 'volume–volatility correlation', 'corr(volume_t, |r_t|)', '> 0', f('volumeVolCorr'), { min: 0 }),
  ];
};

// Episode windows and references (docs/CALIBRATION.md; market levels from FRED/S&P where noted).
const RS = { from: '2022-01-03', to: '2022-12-30' };
const RS_SRC = '2022 market data (see docs/VALIDATION.md, Sources)';
const DT = { from: '2023-06-01', to: '2023-09-29' };
const DT_SRC = 'Daily Treasury Statement (TGA), NY Fed (ON RRP), Fed H.4.1 (reserves); docs/HISTORY.md';
const DC = { crashFrom: '2020-02-19', crashTo: '2020-03-23', tsyFrom: '2020-03-09', tsyTo: '2020-03-18', after: '2020-04-30' };
const DC_SRC = 'BIS WP 966; FRED DGS10; S&P 500';
const VS = { from: '2018-01-26', to: '2018-02-08', sellFrom: '2018-02-02', sellTo: '2018-02-12' };
const VS_SRC = 'S&P DJI (2,872.87 → 2,581.00); BIS Quarterly Review, Mar 2018';
const CU = { from: '2024-07-16', to: '2024-08-05', back: '2024-08-30', sellFrom: '2024-07-29', sellTo: '2024-08-09' };
const CU_SRC = 'S&P DJI / FRED SP500 (5,667.20 → 5,186.33 → 5,648.40); BIS Bulletin 90';
const mechanical = (d: RunSeries, from: string, to: string) =>
  (windowSum(d, 'forced.vol_target', from, to) + windowSum(d, 'forced.cta_flip', from, to) + windowSum(d, 'forced.margin_call', from, to)) / 1e9;
const ddRS = (a: string) => (o: SeedObservation) => windowDrawdown(o.rateShock, a, RS.from, RS.to);
/** Pass band "within a factor 1.5 of the reference": [ref/1.5, ref·1.5]. */
const factor = (ref: number) => ({ min: ref / 1.5, max: ref * 1.5 });

const episodes: TargetDef[] = [
  ...([['crypto', 'speculative'], ['speculative', 'saas'], ['saas', 'broad_equity']] as const).map(([hi, lo]): TargetDef => ({
    id: `rate-shock-2022.dd_${hi}_gt_${lo}`, group: 'episode', fact: 'duration-ordered drawdowns', subject: 'rate-shock-2022',
    statistic: `max drawdown ${hi} − ${lo}`, reference: '> 0 (crypto > speculative > saas > broad_equity)', source: RS_SRC,
    min: 0, value: (o) => ddRS(hi)(o) - ddRS(lo)(o),
  })),
  { id: 'rate-shock-2022.dd_crypto', group: 'episode', fact: 'drawdown size', subject: 'rate-shock-2022', statistic: 'max drawdown crypto, 2022',
    reference: '0.64 (BTC −64/65%)', source: RS_SRC, ...factor(0.64), value: ddRS('crypto') },
  { id: 'rate-shock-2022.dd_speculative', group: 'episode', fact: 'drawdown size', subject: 'rate-shock-2022', statistic: 'max drawdown speculative, 2022',
    reference: '0.67 (ARKK −67%)', source: RS_SRC, ...factor(0.67), value: ddRS('speculative') },
  { id: 'rate-shock-2022.dd_saas', group: 'episode', fact: 'drawdown size', subject: 'rate-shock-2022', statistic: 'max drawdown saas, 2022',
    reference: '0.34 (Nasdaq −33/35%, proxy)', source: RS_SRC, ...factor(0.34), value: ddRS('saas') },
  { id: 'rate-shock-2022.dd_broad_equity', group: 'episode', fact: 'drawdown size', subject: 'rate-shock-2022', statistic: 'max drawdown broad_equity, 2022',
    reference: '0.254 (S&P 500 Jan 3–Oct 12)', source: 'S&P DJI: 4796.56 → 3577.03', ...factor(0.254), value: ddRS('broad_equity') },
  { id: 'rate-shock-2022.cta_return', group: 'episode', fact: 'trend followers profit', subject: 'rate-shock-2022', statistic: 'CTA net-worth return, 2022',
    reference: '+0.27 (SG Trend Index)', source: RS_SRC, min: 0, value: (o) => classReturn(o.rateShock, 'cta', RS.from, RS.to) },
  { id: 'rate-shock-2022.y10_change', group: 'episode', fact: 'long rates reprice', subject: 'rate-shock-2022', statistic: '10y yield change, 2022 (pp)',
    reference: '+2.36 (1.52% → 3.88%)', source: 'FRED DGS10 (2021-12-31, 2022-12-30)', ...factor(2.36),
    value: (o) => 100 * (at(o.rateShock, 'rate.treasury10y', RS.to) - at(o.rateShock, 'rate.treasury10y', RS.from)) },
  { id: 'dash-for-cash-2020.dd_broad_equity', group: 'episode', fact: 'equity crash', subject: 'dash-for-cash-2020', statistic: 'max drawdown broad_equity, Feb 19–Mar 23',
    reference: '0.34 (S&P 500 −34%)', source: DC_SRC, ...factor(0.34), value: (o) => windowDrawdown(o.dashForCash, 'broad_equity', DC.crashFrom, DC.crashTo) },
  { id: 'dash-for-cash-2020.y10_up', group: 'episode', fact: 'treasuries fall with equities', subject: 'dash-for-cash-2020', statistic: '10y yield change Mar 9–18 (bp)',
    reference: '+64bp while stocks fell', source: DC_SRC, min: 0,
    value: (o) => 1e4 * (at(o.dashForCash, 'rate.treasury10y', DC.tsyTo) - at(o.dashForCash, 'rate.treasury10y', DC.tsyFrom)) },
  { id: 'dash-for-cash-2020.tsy_return', group: 'episode', fact: 'treasuries fall with equities', subject: 'dash-for-cash-2020', statistic: 'treasuries return Mar 9–18',
    reference: '< 0 (10y +64bp)', source: DC_SRC, max: 0, value: (o) => windowReturn(o.dashForCash, 'treasuries', DC.tsyFrom, DC.tsyTo) },
  { id: 'dash-for-cash-2020.stock_bond_corr', group: 'episode', fact: 'treasuries fall with equities', subject: 'dash-for-cash-2020', statistic: 'corr(r equity, r treasuries), Mar 9–18',
    reference: '> 0 (usually < 0)', source: DC_SRC, value: (o) => windowCorrelation(o.dashForCash, 'broad_equity', 'treasuries', DC.tsyFrom, DC.tsyTo) },
  { id: 'dash-for-cash-2020.cb_absorbs', group: 'episode', fact: 'central bank absorbs', subject: 'dash-for-cash-2020', statistic: 'central-bank assets change Mar 9–Apr 30 ($T)',
    reference: '> 1 ($1T+ of Treasuries bought)', source: DC_SRC, min: 1,
    value: (o) => (at(o.dashForCash, 'cb.assets', DC.after) - at(o.dashForCash, 'cb.assets', DC.tsyFrom)) / 1e12 },
  { id: 'dash-for-cash-2020.y10_after', group: 'episode', fact: 'central bank absorbs', subject: 'dash-for-cash-2020', statistic: '10y yield change Mar 18–Apr 30 (bp)',
    reference: '< 0 (1.18% → 0.64%)', source: 'FRED DGS10', max: 0,
    value: (o) => 1e4 * (at(o.dashForCash, 'rate.treasury10y', DC.after) - at(o.dashForCash, 'rate.treasury10y', DC.tsyTo)) },
  // The 2023 TGA rebuild after the debt-limit suspension: where the new bills' money came from.
  { id: 'debt-ceiling-2023.tga_change', group: 'episode', fact: 'TGA rebuilt by bill issuance', subject: 'debt-ceiling-2023', statistic: 'TGA change Jun 1–Sep 29 2023 ($B)',
    reference: '+634 ($22.9B → $656.9B)', source: DT_SRC, min: 450, max: 800, value: (o) => (at(o.debtCeiling, 'plumbing.tga', DT.to) - at(o.debtCeiling, 'plumbing.tga', DT.from)) / 1e9 },
  { id: 'debt-ceiling-2023.rrp_change', group: 'episode', fact: 'bills absorbed mostly from ON RRP', subject: 'debt-ceiling-2023', statistic: 'ON RRP change Jun 1–Sep 29 2023 ($B)',
    reference: '−602 ($2,160B → $1,558B)', source: DT_SRC, min: -800, max: -400, value: (o) => (at(o.debtCeiling, 'plumbing.rrp', DT.to) - at(o.debtCeiling, 'plumbing.rrp', DT.from)) / 1e9 },
  { id: 'debt-ceiling-2023.reserves_change', group: 'episode', fact: 'reserves nearly unchanged', subject: 'debt-ceiling-2023', statistic: 'reserves change Jun 1–Sep 29 2023 ($B)',
    reference: '−139 ($3,309B → $3,170B)', source: DT_SRC, min: -300, max: 100, value: (o) => (at(o.debtCeiling, 'plumbing.reserves', DT.to) - at(o.debtCeiling, 'plumbing.reserves', DT.from)) / 1e9 },
  // Volatility shocks out of a calm regime, with the news scripted and the selling left to the agents.
  { id: 'volshock-2018.dd_broad_equity', group: 'episode', fact: 'vol shock from calm', subject: 'volshock-2018', statistic: 'max drawdown broad_equity, Jan 26–Feb 8 2018',
    reference: '0.102 (S&P 500 −10.2% in nine days)', source: VS_SRC, ...factor(0.102), value: (o) => windowDrawdown(o.volShock, 'broad_equity', VS.from, VS.to) },
  { id: 'volshock-2018.mechanical_selling', group: 'episode', fact: 'vol-target and CTA selling', subject: 'volshock-2018', statistic: 'vol-target, CTA and margin forced sales, Feb 2–12 2018 ($B)',
    reference: '> 0 (vol-target ≈ $1T and CTAs ≈ $350B positioned long)', source: VS_SRC, min: 1, value: (o) => mechanical(o.volShock, VS.sellFrom, VS.sellTo) },
  { id: 'carry-unwind-2024.dd_broad_equity', group: 'episode', fact: 'vol shock from calm', subject: 'carry-unwind-2024', statistic: 'max drawdown broad_equity, Jul 16–Aug 5 2024',
    reference: '0.085 (S&P 500 −8.5%)', source: CU_SRC, ...factor(0.085), value: (o) => windowDrawdown(o.carryUnwind, 'broad_equity', CU.from, CU.to) },
  { id: 'carry-unwind-2024.mechanical_selling', group: 'episode', fact: 'vol-target and CTA selling', subject: 'carry-unwind-2024', statistic: 'vol-target, CTA and margin forced sales, Jul 29–Aug 9 2024 ($B)',
    reference: '> 0 (CTAs −10%, vol-control deleveraging)', source: CU_SRC, min: 1, value: (o) => mechanical(o.carryUnwind, CU.sellFrom, CU.sellTo) },
  { id: 'carry-unwind-2024.recovery', group: 'episode', fact: 'loss regained within weeks', subject: 'carry-unwind-2024', statistic: 'broad_equity return Aug 5–Aug 30 2024',
    reference: '+0.089 (the loss regained by Aug 30)', source: CU_SRC, min: 0, value: (o) => windowReturn(o.carryUnwind, 'broad_equity', CU.to, CU.back) },
  { id: 'inelastic.broad_equity_multiplier', group: 'episode', fact: 'inelastic markets', subject: 'baseline + flow shock', statistic: 'Δln P per 1% of market value bought (5 days; 10 days later)',
    reference: '≈ 5 (range 3–8)', source: 'Gabaix & Koijen 2021, NBER WP 28967', min: 3, max: 8, value: (o) => o.multiplier },
];

const accounting: TargetDef[] = [
  { id: 'accounting.balance', group: 'accounting', fact: 'daily balance holds', subject: 'all runs', statistic: 'max |daily imbalance| (USD)',
    reference: '≈ 0 (rounding only, ≤ $1,000 on ~$10^14)', source: 'accounting invariants (MODEL.md)', max: 1e3, value: (o) => o.maxImbalanceUsd },
  { id: 'accounting.finite', group: 'accounting', fact: 'prices, rates, balances finite', subject: 'all runs', statistic: 'non-finite recorded values',
    reference: '0', source: 'accounting invariants (MODEL.md)', max: 0, value: (o) => o.nonFinite },
];

export const TARGETS: readonly TargetDef[] = [...FACT_ASSETS.flatMap(stylized), ...episodes, ...accounting];
