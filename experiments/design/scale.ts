// Mapping unit coordinates to parameter values. Every sampling design works in [0, 1]^d and maps
// each coordinate through the parameter's scale: linear or log range, integer, or a values list.
import type { Parameter, Scalar } from '../spec/schema';

/** The value of `p` at unit coordinate u in [0, 1] (u = 1 gives max / the last value). */
export function fromUnit(p: Parameter, u: number): Scalar {
  if ('values' in p) return p.values[Math.min(p.values.length - 1, Math.floor(u * p.values.length))]!;
  if (p.integer) {
    if (p.log) return clampInt(Math.round(Math.exp(lerp(Math.log(p.min), Math.log(p.max), u))), p.min, p.max);
    return clampInt(Math.floor(p.min + u * (p.max - p.min + 1)), p.min, p.max);
  }
  if (u <= 0) return p.min;
  if (u >= 1) return p.max;
  const v = p.log ? logLerp(p.min, p.max, u) : lerp(p.min, p.max, u);
  return Math.min(p.max, Math.max(p.min, v)); // rounding must not step outside the range
}

/** Level l of n evenly spaced grid levels (on the log scale for log ranges); ends are exact. */
export function gridLevel(p: Parameter, l: number, n: number): Scalar {
  if ('values' in p) return p.values[l]!;
  const u = l / (n - 1);
  const v = l === 0 ? p.min : l === n - 1 ? p.max : p.log ? logLerp(p.min, p.max, u) : lerp(p.min, p.max, u);
  return p.integer ? Math.round(v) : v;
}

export const levelCount = (p: Parameter): number => ('values' in p ? p.values.length : p.levels ?? 0);

const lerp = (a: number, b: number, u: number): number => a + u * (b - a);
/** Geometric interpolation, rounded to 15 significant digits: exp/log round-off would otherwise write
 *  the middle of 1e9..1e11 as 10000000000.000004 instead of 1e10. */
const logLerp = (a: number, b: number, u: number): number => Number(Math.exp(lerp(Math.log(a), Math.log(b), u)).toPrecision(15));
const clampInt = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));
