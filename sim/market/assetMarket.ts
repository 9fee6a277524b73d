// One asset's market in one clearing round: the round's orders (net units q) against the demand
// of the price-setting holders, value investors and dealers, as functions of the log price x.
//   value investors  V(x) = min(v_open·exp(−ζ·(x − x_open)), v + room) (log-linear, capped by cash)
//   dealers          D(x) = clamp(d_open − δ·(x − x_open), lo, hi) (quotes around the open, within capacity)
//   excess(x)        = q + (V(x) − v) + (D(x) − d)                 (units; decreasing in x)
// The clearing price is the root of excess(x) (solveRound). Every holder's demand is nonincreasing
// in x and value investors' strictly decreasing while uncapped, so the root is unique when it exists.
import { exp, log } from '../math';

export class AssetMarket {
  q = 0;            // net units the round's orders buy
  base = 0;         // value investors' holdings at the open, units (V = base at x = xOpen)
  held = 0;         // their holdings now, units
  zeta = 0;         // their elasticity today
  room = 0;         // most units their cash and credit line can buy this round
  dOpen = 0;        // dealers' inventory at the open
  dNow = 0;         // dealers' inventory now
  xOpen = 0;        // the day's opening log price
  delta = 0;        // units dealers take per unit of log-price concession
  lo = 0; hi = 0;   // dealers' inventory bounds (capacity)

  value(x: number): number {
    if (this.base <= 0) return this.held;
    const u = this.base * exp(-this.zeta * (x - this.xOpen));
    return u > this.held + this.room ? this.held + this.room : u;
  }

  dealer(x: number): number {
    const u = this.dOpen - this.delta * (x - this.xOpen);
    return u < this.lo ? this.lo : u > this.hi ? this.hi : u;
  }

  /** Holders' net purchase at log price x, units. */
  absorb(x: number): number { return this.value(x) - this.held + this.dealer(x) - this.dNow; }

  excess(x: number): number { return this.q + this.absorb(x); }

  /** When the holders cannot take all of a round's flow: the price nearest x0 (and no further than
   *  `bound`) at which they take all they can. Value investors' demand stops at their budget and
   *  dealers' at their capacity; beyond both kinks a lower (higher) price buys no more. */
  saturation(x0: number, bound: number): number {
    const dir = bound > x0 ? 1 : -1;
    let x = bound;
    if (dir < 0) {
      const xv = this.base > 0 && this.held + this.room > 0 ? this.xOpen - log((this.held + this.room) / this.base) / this.zeta : -Infinity;
      const xd = this.delta > 0 ? this.xOpen - (this.hi - this.dOpen) / this.delta : -Infinity;
      x = Math.max(Math.min(xv, xd), bound);           // both saturated below the lower kink
      if (x > x0) x = x0;
    } else {
      const xd = this.delta > 0 && this.base <= 0 ? this.xOpen + (this.dOpen - this.lo) / this.delta : Infinity;
      x = Math.min(xd, bound);
      if (x < x0) x = x0;
    }
    return x;
  }

  /** d excess / dx (≤ 0). */
  slope(x: number): number {
    let d = 0;
    if (this.base > 0) {
      const u = this.base * exp(-this.zeta * (x - this.xOpen));
      if (u < this.held + this.room) d -= this.zeta * u;
    }
    const v = this.dOpen - this.delta * (x - this.xOpen);
    if (v > this.lo && v < this.hi) d -= this.delta;
    return d;
  }
}

/** Largest log-price move one round may make (≈ 20%, the depth of the NYSE's market-wide circuit
 *  breaker, level 3); beyond it the round fills only what the holders take there. */
export const MAX_ROUND_MOVE = 0.2;

/**
 * The clearing log price of a round, from x0 (the price before the round): a bracket is grown
 * outward from x0 until excess changes sign, then a safeguarded Newton iteration (Newton steps
 * kept inside the bracket, bisection when a step would leave it or converge too slowly:
 * Press et al., Numerical Recipes, `rtsafe`) runs to half a unit of excess. Deterministic: a
 * fixed sequence of operations from the same inputs. If excess keeps its sign out to
 * x0 ± MAX_ROUND_MOVE, that bound is returned (the caller fills only what holders take there).
 */
export function solveRound(m: AssetMarket, x0: number): number {
  const e0 = m.excess(x0);
  if (Math.abs(e0) <= 0.5) return x0;
  const dir = e0 > 0 ? 1 : -1;                 // excess demand: the price must rise
  let step = 0.005, near = x0, far = x0;
  for (;;) {
    far = x0 + dir * step;
    if (step >= MAX_ROUND_MOVE) { far = x0 + dir * MAX_ROUND_MOVE; if (dir * m.excess(far) > 0) return m.saturation(x0, far); break; }
    if (dir * m.excess(far) <= 0) break;
    near = far; step *= 2;
  }
  // Root in [near, far] (oriented): excess(near)·dir > 0 ≥ excess(far)·dir.
  let a = dir > 0 ? near : far, b = dir > 0 ? far : near; // a < b, excess(a) > 0 ≥ excess(b)
  let x = 0.5 * (a + b);
  for (let it = 0; it < 100; it++) {
    const e = m.excess(x);
    if (Math.abs(e) <= 0.5 || b - a < 1e-13) return x;
    if (e > 0) a = x; else b = x;
    const d = m.slope(x);
    const nx = d < 0 ? x - e / d : 0.5 * (a + b);
    x = nx > a && nx < b ? nx : 0.5 * (a + b);
  }
  return x;
}
