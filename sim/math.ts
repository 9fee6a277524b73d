// Deterministic elementary functions: ports of fdlibm 5.3 e_exp.c and e_log.c.
//
// Why: ECMAScript leaves Math.exp/log/pow "implementation-approximated", so two engines (Node 20's
// V8 11 and a newer Chromium) may differ in the last bit, and a chaotic model amplifies that. These
// ports use only +, -, *, / and bit access on IEEE doubles, which JS evaluates exactly the same
// everywhere (no FMA contraction, no extended precision), so results are bit-identical across
// engines. Error < 1 ulp (fdlibm's claim). Source: https://www.netlib.org/fdlibm/ (Sun, 1993).

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Word order of a double in memory: the high word is element 1 on little-endian hosts.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

const hiWord = (x: number): number => { f64[0] = x; return u32[HI]! | 0; };
const loWord = (x: number): number => { f64[0] = x; return u32[LO]!; };
const fromWords = (hi: number, lo: number): number => { u32[HI] = hi >>> 0; u32[LO] = lo >>> 0; return f64[0]!; };
const withHi = (x: number, hi: number): number => { f64[0] = x; u32[HI] = hi >>> 0; return f64[0]!; };

// Constants from their fdlibm bit patterns, so no decimal-to-binary rounding is involved.
const LN2_HI = fromWords(0x3fe62e42, 0xfee00000);
const LN2_LO = fromWords(0x3dea39ef, 0x35793c76);
const INV_LN2 = fromWords(0x3ff71547, 0x652b82fe);
const O_THRESHOLD = fromWords(0x40862e42, 0xfefa39ef); // 709.78...
const U_THRESHOLD = fromWords(0xc0874910, 0xd52d3051); // -745.13...
const TWOM1000 = fromWords(0x01700000, 0);
const TWO1023 = fromWords(0x7fe00000, 0);
const E = fromWords(0x4005bf0a, 0x8b145769);
const HUGE = 1e300;
const P1 = fromWords(0x3fc55555, 0x5555553e);
const P2 = fromWords(0xbf66c16c, 0x16bebd93);
const P3 = fromWords(0x3f11566a, 0xaf25de2c);
const P4 = fromWords(0xbebbbd41, 0xc5d26bf1);
const P5 = fromWords(0x3e663769, 0x72bea4d0);
const TWO54 = fromWords(0x43500000, 0);
const LG1 = fromWords(0x3fe55555, 0x55555593);
const LG2 = fromWords(0x3fd99999, 0x9997fa04);
const LG3 = fromWords(0x3fd24924, 0x94229359);
const LG4 = fromWords(0x3fcc71c5, 0x1d8e78af);
const LG5 = fromWords(0x3fc74664, 0x96cb03de);
const LG6 = fromWords(0x3fc39a09, 0xd078c69f);
const LG7 = fromWords(0x3fc2f112, 0xdf3e5244);

/**
 * e^x, bit-identical in every JS engine (fdlibm __ieee754_exp).
 * @example exp(1) // 2.718281828459045
 */
export function exp(x: number): number {
  let hx = hiWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  // Non-finite and overflowing/underflowing arguments.
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0.0; // exp(+-inf) = {inf, 0}
    }
    if (x > O_THRESHOLD) return HUGE * HUGE;
    if (x < U_THRESHOLD) return TWOM1000 * TWOM1000;
  }
  // Argument reduction: x = k*ln2 + r, |r| <= 0.5*ln2, r carried as hi - lo.
  let hi = 0, lo = 0, k = 0;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      // V8's ieee754.cc special-cases exp(1) (fdlibm is 1 ulp off there); we follow V8.
      if (x === 1) return E;
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = (INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0; // C's (int) truncates toward zero
      hi = x - k * LN2_HI; // exact: k*LN2_HI has trailing zero bits
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  // Remez polynomial for r*(exp(r)+1)/(exp(r)-1) on the primary range.
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
  // Scale by 2^k as V8 does (multiplying by an exact power of two, with the k = 1024 edge split).
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * TWO1023;
    return y * fromWords((0x3ff00000 + (k << 20)) | 0, 0);
  }
  return y * fromWords((0x3ff00000 + ((k + 1000) << 20)) | 0, 0) * TWOM1000;
}

/**
 * Natural logarithm, bit-identical in every JS engine (fdlibm __ieee754_log).
 * @example log(Math.E) // 1
 */
export function log(x: number): number {
  let hx = hiWord(x);
  const lx = loWord(x);
  let k = 0;
  if (hx < 0x00100000) { // x < 2^-1022: zero, negative or subnormal
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54; // scale subnormals up
    hx = hiWord(x);
  }
  if (hx >= 0x7ff00000) return x + x; // +inf or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  x = withHi(x, hx | (i ^ 0x3ff00000)); // normalise x into [sqrt(2)/2, sqrt(2))
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - R : k * LN2_HI - ((R - k * LN2_LO) - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * LN2_HI - ((hfsq - (s * (hfsq + R) + dk * LN2_LO)) - f);
  }
  return k === 0 ? f - s * (f - R) : dk * LN2_HI - ((s * (f - R) - dk * LN2_LO) - f);
}

/**
 * a^b for a > 0 as exp(b*log(a)). Relative error grows like |b*log(a)|·2^-53 (fine for model use,
 * not a correctly rounded pow). Edge cases: b = 0 or a = 1 give 1; a = 0 gives 0 (b > 0) or
 * Infinity (b < 0); a < 0 or NaN gives NaN.
 * @example pow(2, 0.5) // 1.4142135623730951
 */
export function pow(a: number, b: number): number {
  if (b === 0 || a === 1) return 1;
  if (a === 0) return b > 0 ? 0 : b < 0 ? Infinity : NaN;
  if (!(a > 0)) return NaN;
  return exp(b * log(a));
}

/**
 * Hyperbolic tangent on top of exp above; within 3 ulp of V8's Math.tanh.
 * |x| < 0.55: Lambert's continued fraction x/(1 + x²/(3 + x²/(5 + ...))), 12 levels (truncation
 * error < 2^-60 there), which avoids the cancellation of 1 - e^(-2x) near 0.
 * Otherwise (1 - e)/(1 + e) with e = exp(-2|x|) < 1/3, which is well conditioned.
 * @example tanh(0.5) // 0.46211715726000974 (± 3 ulp)
 */
export function tanh(x: number): number {
  if (x !== x) return x; // NaN
  const ax = x < 0 ? -x : x;
  if (ax > 22) return x < 0 ? -1 : 1; // tanh rounds to +-1 beyond 22 (fdlibm s_tanh.c)
  if (ax < 3.725290298461914e-9) return x; // |x| < 2^-28: tanh x = x to double precision; keeps -0
  let t: number;
  if (ax < 0.55) {
    const z = ax * ax;
    let d = 25;
    for (let k = 12; k >= 1; k--) d = 2 * k - 1 + z / d;
    t = ax / d;
  } else {
    const e = exp(-2 * ax);
    t = (1 - e) / (1 + e);
  }
  return x < 0 ? -t : t;
}
