// Morris screening measures from elementary effects EE_i = (y(x + delta e_i) - y(x)) / delta,
// with delta in unit (scaled) coordinates: mu (mean EE), mu* (mean |EE|, Campolongo, Cariboni &
// Saltelli 2007, Env. Modelling & Software 22:1509) and sigma (standard deviation of EE).
// The interval on mu* is a bootstrap over trajectories.
import { bootstrapCI, identity } from './bootstrap';

export interface MorrisIndex { mu: number; muStar: number; muStarLo: number; muStarHi: number; sigma: number; n: number }

/** ee[i] = elementary effects of factor i, one per usable trajectory. */
export function morrisIndices(ee: number[][], resamples: number, confidence: number, rng: () => number): MorrisIndex[] {
  return ee.map((e) => {
    const n = e.length;
    const mean = (idx: Int32Array, f: (x: number) => number) => { let s = 0; for (const j of idx) s += f(e[j]!); return s / idx.length; };
    const all = identity(n);
    const mu = mean(all, (x) => x), muStar = mean(all, Math.abs);
    const sigma = n > 1 ? Math.sqrt(e.reduce((s, x) => s + (x - mu) ** 2, 0) / (n - 1)) : Number.NaN;
    const [ci] = n > 0 ? bootstrapCI(n, (idx) => [mean(idx, Math.abs)], resamples, confidence, rng) : [[Number.NaN, Number.NaN] as [number, number]];
    return { mu, muStar, muStarLo: ci![0], muStarHi: ci![1], sigma, n };
  });
}
