// The Sobol' low-discrepancy sequence (Bratley & Fox 1988, Algorithm 659, with Joe & Kuo's
// direction numbers), 32-bit, generated in Gray-code order. Points are in [0, 1)^dims; point 0
// is the origin. Cross-checked against scipy.stats.qmc.Sobol(d, scramble=False) (scipy 1.17.1):
// see test/experiments/design.test.ts.
import { JOE_KUO } from './joe-kuo';

const BITS = 32;
export const MAX_SOBOL_DIMS = JOE_KUO.length + 1;

/** Direction numbers V[j][i] (i = 1..32), scaled to 32 bits, for `dims` dimensions. */
function directions(dims: number): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let j = 0; j < dims; j++) {
    const v = new Uint32Array(BITS + 1);
    if (j === 0) {
      for (let i = 1; i <= BITS; i++) v[i] = (1 << (BITS - i)) >>> 0;
    } else {
      const row = JOE_KUO[j - 1]!;
      const a = row[0]!, s = row.length - 1;
      for (let i = 1; i <= Math.min(s, BITS); i++) v[i] = (row[i]! << (BITS - i)) >>> 0;
      for (let i = s + 1; i <= BITS; i++) {
        let x = (v[i - s]! ^ (v[i - s]! >>> s)) >>> 0;
        for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x = (x ^ v[i - k]!) >>> 0;
        v[i] = x;
      }
    }
    out.push(v);
  }
  return out;
}

/** Points skip..skip+n-1 of the `dims`-dimensional Sobol' sequence, optionally digitally shifted (XOR with `shift[j]`). */
export function sobolPoints(n: number, dims: number, shift?: readonly number[], skip = 0): number[][] {
  if (dims < 1 || dims > MAX_SOBOL_DIMS) throw new RangeError(`sobol dimension must be 1..${MAX_SOBOL_DIMS}`);
  const v = directions(dims);
  const x = new Uint32Array(dims);
  const pts: number[][] = [];
  for (let i = 0; i < skip + n; i++) {
    if (i > 0) {
      let c = 1, k = i - 1; // c = position of the lowest zero bit of i-1 (1-based)
      while (k & 1) { k >>>= 1; c++; }
      for (let j = 0; j < dims; j++) x[j] = (x[j]! ^ v[j]![c]!) >>> 0;
    }
    if (i < skip) continue;
    const p = new Array<number>(dims);
    for (let j = 0; j < dims; j++) p[j] = ((x[j]! ^ (shift?.[j] ?? 0)) >>> 0) / 2 ** BITS;
    pts.push(p);
  }
  return pts;
}
