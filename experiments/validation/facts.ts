// The stylized facts of one return series (Cont 2001, Quant. Finance 1:223; docs/CALIBRATION.md), as
// named numbers. Pure: the same series gives the same numbers.
import {
  absAcfDecay, acf, excessKurtosis, garchFit, garchResiduals, hill, kurtosisByHorizon,
  leverageCorrelation, ljungBox, mean, pearson, skewness, stdev,
} from '../../sim/stats';

export interface Facts {
  n: number;
  /** Annualised volatility √252·sd. */
  volAnnual: number;
  acfR1: number;
  /** max |ρ(τ)| of r over τ = 1..20. */
  acfRMax20: number;
  /** 1.96/√n: the white-noise band a lag must stay inside. */
  acfBand: number;
  ljungBoxP20: number;
  hillAlpha: number;
  hillLoss: number;
  hillGain: number;
  kurt1: number;
  kurt5: number;
  kurt21: number;
  skew: number;
  absAcf1: number;
  absAcf20: number;
  absAcf100: number;
  /** Power-law decay exponent β of ACF(|r|) on lags 1..100. */
  absAcfBeta: number;
  garchPersistence: number;
  garchAlpha: number;
  /** Excess kurtosis of GARCH standardized residuals. */
  residualKurtosis: number;
  /** Mean of L(τ) = corr(r_t, r²_{t+τ}) over τ = 1..10. */
  leverage10: number;
  leverage1: number;
  /** corr(volume_t, |r_t|); NaN without a volume series. */
  volumeVolCorr: number;
}

export type FactKey = Exclude<keyof Facts, 'n'> | 'n';
export const FACT_KEYS: readonly FactKey[] = [
  'n', 'volAnnual', 'acfR1', 'acfRMax20', 'acfBand', 'ljungBoxP20', 'hillAlpha', 'hillLoss', 'hillGain',
  'kurt1', 'kurt5', 'kurt21', 'skew', 'absAcf1', 'absAcf20', 'absAcf100', 'absAcfBeta',
  'garchPersistence', 'garchAlpha', 'residualKurtosis', 'leverage10', 'leverage1', 'volumeVolCorr',
];

/**
 * Lazy facts of one daily log-return series (and optional same-length traded volume): each
 * statistic is computed on first request and shared parts (ACF, GARCH fit) once. Calibration asks
 * only for the moments it targets, so the slow GARCH fit runs only when needed.
 */
export function lazyFacts(r: Float64Array, volume?: ArrayLike<number>): (key: FactKey) => number {
  const n = r.length;
  const memo = new Map<string, unknown>();
  const once = <T>(k: string, f: () => T): T => {
    if (!memo.has(k)) memo.set(k, f());
    return memo.get(k) as T;
  };
  const rho = () => once('acf', () => acf(r, 20));
  const kurt = () => once('kurt', () => kurtosisByHorizon(r, [1, 5, 21]));
  const decay = () => once('decay', () => absAcfDecay(r, 100));
  const garch = () => once('garch', () => garchFit(r));
  const lev = () => once('lev', () => leverageCorrelation(r, 10));
  const table: Record<FactKey, () => number> = {
    n: () => n,
    volAnnual: () => stdev(r) * Math.sqrt(252),
    acfR1: () => rho()[1]!,
    acfRMax20: () => {
      let m = 0;
      for (let k = 1; k <= 20; k++) m = Math.max(m, Math.abs(rho()[k]!));
      return m;
    },
    acfBand: () => 1.96 / Math.sqrt(n),
    ljungBoxP20: () => ljungBox(r, 20).pValue,
    hillAlpha: () => hill(r).alpha,
    hillLoss: () => hill(r, { tail: 'lower', fraction: 0.05 }).alpha,
    hillGain: () => hill(r, { tail: 'upper', fraction: 0.05 }).alpha,
    kurt1: () => kurt()[0]!.kurtosis,
    kurt5: () => kurt()[1]!.kurtosis,
    kurt21: () => kurt()[2]!.kurtosis,
    skew: () => skewness(r),
    absAcf1: () => decay().acf[1]!,
    absAcf20: () => decay().acf[20]!,
    absAcf100: () => decay().acf[100]!,
    absAcfBeta: () => decay().fit.exponent,
    garchPersistence: () => garch().persistence,
    garchAlpha: () => garch().alpha,
    residualKurtosis: () => excessKurtosis(garchResiduals(r, garch())),
    leverage10: () => mean(lev()),
    leverage1: () => lev()[0]!,
    volumeVolCorr: () => {
      if (!volume || volume.length !== n) return NaN;
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) a[i] = Math.abs(r[i]!);
      return pearson(volume, a);
    },
  };
  return (key) => once(`k:${key}`, table[key]);
}

/** Every fact of one daily log-return series (and optional same-length traded volume). */
export function facts(r: Float64Array, volume?: ArrayLike<number>): Facts {
  const get = lazyFacts(r, volume);
  return Object.fromEntries(FACT_KEYS.map((k) => [k, get(k)])) as unknown as Facts;
}
