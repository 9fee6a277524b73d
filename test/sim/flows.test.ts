// Conservation of the recorded flows. The `flow.<class>.<asset>` columns record the buyers' and
// sellers' side of every fill; the holders that clear the market (value investors and dealers, "the
// book" here) take the other side of each fill, and that side is not a column. So this test watches
// every clearing round (wrapping the real clearRound, which it does not change) and checks, exactly,
// in whole dollars:
//   per round: the book's cash and units moved by its own fills (dealers unloading inventory) minus
//              all fills, and the class flows by the fills;
//   per day:   Σ_class flow.<class>.<asset> + the book's side = 0 for every risky asset;
//   and flow.<class> = Σ_asset flow.<class>.<asset>, |net flows| ≤ volume, forced sales ≤ volume.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ASSET_IDS, CLASS_IDS, N_ASSETS, TRIGGERS } from '../../sim/ids';
import { loadScenario, runToEnd } from '../../sim/index';
import type { State } from '../../sim/state';
import type { Orders } from '../../sim/market/orders';
import type { DayRecord } from '../../sim/record/dayRecord';
import { caseArb } from './arbitraries';

const ledger = vi.hoisted(() => ({
  /** day → the book's side by asset: USD of the asset it bought (negative when it sold), over the day's rounds. */
  bookUsd: new Map<number, Float64Array>(),
  /** day → the foreign sector's fills by asset, USD (it is a balance sheet, not a recorded class). */
  foreignUsd: new Map<number, Float64Array>(),
  problems: [] as string[],
  rounds: 0,
}));

vi.mock('../../sim/market/clearing', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../sim/market/clearing')>();
  const A = 9;
  return {
    ...real,
    clearRound(s: State, o: Orders, from: number, round: number, rec: DayRecord): number {
      const d = s.sec.dealer, v = s.sec.value;
      const bookCash = () => s.cash[d]! + s.cash[v]!;
      const bookUnitsOf = (k: number) => s.units[d * A + k]! + s.units[v * A + k]!;
      const cash0 = bookCash(), units0 = Array.from({ length: A }, (_, k) => bookUnitsOf(k)), flow0 = rec.classFlow.slice();
      const out = real.clearRound(s, o, from, round, rec);
      ledger.rounds++;
      const bookUsd = new Float64Array(A), bookUnits = new Float64Array(A), ownUnits = new Float64Array(A), ownUsd = new Float64Array(A), foreignUsd = new Float64Array(A);
      for (let i = from; i < o.count; i++) {
        const u = o.units[i]!, k = o.asset[i]!;
        if (u === 0) continue;
        if (o.agent[i] === v) ledger.problems.push(`day ${s.t}: value investors placed an order (they only take the other side)`);
        const usd = Math.round(u * s.price[k]!);
        bookUsd[k] -= usd;               // the counterparty side of every fill
        bookUnits[k] -= u;
        if (o.agent[i] === d) { ownUnits[k] += u; ownUsd[k] += usd; }
        // The foreign sector is a balance sheet, not a recorded class: its fills (official sales,
        // outside flows) stand beside the class flows.
        if (o.agent[i] === s.sec.foreign) foreignUsd[k] += usd;
      }
      let dCash = 0;
      for (let k = 0; k < A; k++) {
        dCash -= bookUsd[k]! + ownUsd[k]!;  // the book is paid for what it sells and pays for its own orders
        const moved = bookUnitsOf(k) - units0[k]!;
        if (moved !== bookUnits[k]! + ownUnits[k]!) ledger.problems.push(`day ${s.t} round ${round}: book units of asset ${k} moved by ${moved}, fills say ${bookUnits[k]! + ownUnits[k]!}`);
        if (k === 0) continue;
        let classes = 0;
        for (let c = 0; c < rec.classFlow.length / A; c++) classes += rec.classFlow[c * A + k]! - flow0[c * A + k]!;
        if (classes + foreignUsd[k]! + bookUsd[k]! !== 0) ledger.problems.push(`day ${s.t} round ${round}: class flows ${classes} + foreign ${foreignUsd[k]} + book ${bookUsd[k]} ≠ 0 in asset ${k}`);
      }
      if (bookCash() - cash0 !== dCash) ledger.problems.push(`day ${s.t} round ${round}: book cash moved by ${bookCash() - cash0}, fills say ${dCash}`);
      const day = ledger.bookUsd.get(s.t) ?? new Float64Array(A);
      for (let k = 0; k < A; k++) day[k] += bookUsd[k]!;
      ledger.bookUsd.set(s.t, day);
      const fday = ledger.foreignUsd.get(s.t) ?? new Float64Array(A);
      for (let k = 0; k < A; k++) fday[k] += foreignUsd[k]!;
      ledger.foreignUsd.set(s.t, fday);
      return out;
    },
  };
});

function check(sets: string[], seed: number, days: number) {
  ledger.bookUsd.clear(); ledger.foreignUsd.clear(); ledger.problems.length = 0; ledger.rounds = 0;
  const { data } = runToEnd(loadScenario('baseline', sets), seed, { days });
  expect(ledger.problems.slice(0, 5)).toEqual([]);
  expect(ledger.rounds).toBeGreaterThanOrEqual(days);
  const col = (n: string) => data.columns[n]!;
  for (let t = 0; t < days; t++) {
    const book = ledger.bookUsd.get(t)!, foreign = ledger.foreignUsd.get(t)!;
    let anyFlow = false;
    for (let k = 1; k < N_ASSETS; k++) {
      const a = ASSET_IDS[k]!;
      let net = 0, gross = 0;
      for (const c of CLASS_IDS) { const v = col(`flow.${c}.${a}`)[t]!; net += v; gross += Math.abs(v); if (v !== 0) anyFlow = true; }
      expect(net + foreign[k]! + book[k]!, `day ${t} ${a}: Σ flow.<class>.${a} = ${net}, foreign ${foreign[k]}, book ${book[k]}`).toBe(0);
      expect(gross).toBeLessThanOrEqual(col(`volume.${a}`)[t]!);
    }
    expect(anyFlow, `no flows on day ${t}`).toBe(true);
    for (const c of CLASS_IDS) {
      let tot = 0;
      for (let k = 1; k < N_ASSETS; k++) tot += col(`flow.${c}.${ASSET_IDS[k]}`)[t]!;
      expect(col(`flow.${c}`)[t]).toBe(tot);
    }
    let forced = 0, volume = 0;
    for (const tr of TRIGGERS) forced += col(`forced.${tr}`)[t]!;
    for (const a of ASSET_IDS) volume += col(`volume.${a}`)[t]!;
    expect(forced).toBeLessThanOrEqual(volume);
  }
}

describe('recorded flows', () => {
  it('baseline: class flows and the book net to zero by asset, every day', () => {
    check([], 1, 120);
  });

  it('over arbitrary scenarios', () => {
    fc.assert(fc.property(caseArb, (c) => { check(c.sets, c.seed, Math.min(c.days, 100)); }), { numRuns: 6, seed: 404, endOnFailure: true });
  });
});
