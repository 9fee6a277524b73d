// The clearing solver and one round of clearing: the price is the root of the holders' excess
// demand, the round conserves units and cash exactly, and a round the holders cannot absorb fills
// only what they take at the price where they stop.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssetMarket, MAX_ROUND_MOVE, solveRound } from '../../sim/market/assetMarket';
import { clearRound } from '../../sim/market/clearing';
import { Orders, VOLUNTARY, trig } from '../../sim/market/orders';
import { DayRecord } from '../../sim/record/dayRecord';
import { initState } from '../../sim/init';
import { loadScenario } from '../../sim/index';
import { N_ASSETS, assetIndex } from '../../sim/ids';

const A = N_ASSETS;
const BE = assetIndex('broad_equity');

function market(over: Partial<AssetMarket> = {}): AssetMarket {
  const m = new AssetMarket();
  Object.assign(m, { q: 0, base: 1e8, held: 1e8, zeta: 1, room: Infinity, dOpen: 1e6, dNow: 1e6, xOpen: Math.log(100), delta: 1e6, lo: 0, hi: 2e6 }, over);
  return m;
}

describe('the clearing solver', () => {
  it('finds the price at which the holders take the round exactly (to half a unit)', () => {
    fc.assert(fc.property(fc.double({ min: -3e6, max: 3e6, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }), (q, zeta) => {
      const m = market({ q: Math.round(q), zeta });
      const x = solveRound(m, m.xOpen);
      // Inside the round's largest move the market clears; at its edge the heavy side is rationed.
      if (Math.abs(x - m.xOpen) < MAX_ROUND_MOVE - 1e-12) expect(Math.abs(m.excess(x))).toBeLessThanOrEqual(0.5);
      else expect(Math.sign(m.excess(x))).toBe(Math.sign(q));
      // Buying raises the price, selling lowers it.
      if (q > 1) expect(x).toBeGreaterThan(m.xOpen);
      if (q < -1) expect(x).toBeLessThan(m.xOpen);
    }), { numRuns: 300 });
  });

  it('moves the price about q/(ζ·holdings) for a small flow (the inelastic-markets multiplier)', () => {
    const m = market({ q: 1e6, zeta: 0.5, delta: 0 });          // 1% of value investors' holdings
    const x = solveRound(m, m.xOpen);
    expect(x - m.xOpen).toBeCloseTo(-Math.log(1 - 0.01) / 0.5, 6);
  });

  it('moves further when the market is less elastic or the dealers are full', () => {
    const move = (over: Partial<AssetMarket>) => { const m = market({ q: -2e6, ...over }); return solveRound(m, m.xOpen) - m.xOpen; };
    expect(move({ zeta: 0.5 })).toBeLessThan(move({ zeta: 1 }));
    expect(move({ hi: 1e6 })).toBeLessThan(move({}));            // no room to buy inventory
  });

  it('stops where the holders stop buying when they cannot take the whole sale', () => {
    const m = market({ q: -5e7, room: 1e6, hi: 1.5e6, delta: 1e7 }); // budget for 1e6 units, dealers 0.5e6
    const x = solveRound(m, m.xOpen);
    expect(x).toBeGreaterThanOrEqual(m.xOpen - MAX_ROUND_MOVE);
    expect(m.absorb(x)).toBeCloseTo(1.5e6, 0);                    // all they can take, no less
    expect(m.absorb(x - 0.1)).toBeCloseTo(m.absorb(x), 0);        // a lower price buys no more
  });

  it('is deterministic: the same inputs give the same bits', () => {
    const a = solveRound(market({ q: 123457, zeta: 0.37 }), Math.log(100));
    const b = solveRound(market({ q: 123457, zeta: 0.37 }), Math.log(100));
    expect(Object.is(a, b)).toBe(true);
  });
});

describe('a clearing round', () => {
  const sc = loadScenario('baseline');
  const totals = (s: ReturnType<typeof initState>) => {
    let cash = 0; const units = new Float64Array(A);
    for (let i = 0; i < s.n; i++) { cash += s.cash[i]!; for (let k = 0; k < A; k++) units[k] += s.units[i * A + k]!; }
    return { cash, units };
  };

  it('conserves units and cash exactly, and value investors and dealers take the other side', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: A - 1 }), fc.double({ min: -5e9, max: 5e9, noNaN: true })), { minLength: 1, maxLength: 30 }), (orders) => {
      const s = initState(sc, 1, 30);
      const before = totals(s);
      const o = new Orders();
      const hf0 = s.classStart[2]!;
      for (const [j, k, usd] of orders) o.add(hf0 + j % 40, k, usd / s.price[k]!, usd < 0 ? trig('margin_call') : VOLUNTARY);
      clearRound(s, o, 0, 1, new DayRecord());
      const after = totals(s);
      expect(after.cash).toBe(before.cash);
      for (let k = 0; k < A; k++) expect(after.units[k]).toBe(before.units[k]);
      for (let i = 0; i < s.n; i++) expect(Number.isInteger(s.cash[i]!)).toBe(true);
    }), { numRuns: 40 });
  });

  it('a purchase raises the price and value investors sell into it', () => {
    const s = initState(sc, 1, 30);
    const v0 = s.units[s.sec.value * A + BE]!, p0 = s.price[BE]!;
    const o = new Orders();
    o.add(s.sec.foreign, BE, 1e11 / p0, VOLUNTARY);
    clearRound(s, o, 0, 0, new DayRecord());
    expect(s.price[BE]!).toBeGreaterThan(p0);
    expect(s.units[s.sec.value * A + BE]!).toBeLessThan(v0);
  });
});
