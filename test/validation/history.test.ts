// Integrity of the published plumbing history (experiments/validation/history): well-formed dates in
// order, sampling honoured, units consistent, every figure finite and every series and fact sourced.
// The figures themselves are not asserted: they are the published data.
import { describe, expect, it } from 'vitest';
import {
  PLUMBING_FACTS, PLUMBING_SERIES, type HistorySeries,
} from '../../experiments/validation/history/plumbing';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const parse = (d: string) => new Date(`${d}T00:00:00Z`);
const isRealDate = (d: string) => ISO.test(d) && parse(d).toISOString().slice(0, 10) === d;
const lastDayOfMonth = (d: Date) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();

/** Levels in dollars, not billions: a dollar level under $1M means the unit slipped. */
const plausible: Record<HistorySeries['unit'], (v: number) => boolean> = {
  USD: (v) => Math.abs(v) >= 1e6 && Math.abs(v) < 1e14,
  'USD per BTC': (v) => v > 0 && v < 1e7,
  percent: (v) => v > -5 && v < 30,
  'index points': (v) => v > 0 && v < 1e6,
};

describe('PLUMBING_SERIES', () => {
  it('has series with distinct (id, confidence) pairs', () => {
    const keys = PLUMBING_SERIES.map((s) => `${s.id}/${s.confidence}/${s.points[0]?.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(PLUMBING_SERIES.length).toBeGreaterThan(0);
  });

  for (const s of PLUMBING_SERIES) {
    describe(`${s.id} (${s.confidence})`, () => {
      it('names a source, a label and a known confidence', () => {
        expect(s.source.trim().length).toBeGreaterThan(5);
        expect(s.label.trim().length).toBeGreaterThan(0);
        expect(['sourced', 'recalled']).toContain(s.confidence);
        if (s.source.startsWith('FRED ')) expect(s.source).toMatch(/^FRED [A-Z0-9]+ \(.+\)$/);
      });

      it('marks recalled figures for verification', () => {
        if (s.confidence === 'recalled') expect(s.note ?? '').toMatch(/verify/i);
      });

      it('has real, strictly increasing ISO dates inside 2023-01..2025-12', () => {
        expect(s.points.length).toBeGreaterThan(0);
        for (const p of s.points) expect(isRealDate(p.date), p.date).toBe(true);
        for (let i = 1; i < s.points.length; i++) {
          expect(s.points[i].date > s.points[i - 1].date, s.points[i].date).toBe(true);
        }
        expect(s.points[0].date >= '2023-01-01').toBe(true);
        expect(s.points[s.points.length - 1].date <= '2025-12-31').toBe(true);
      });

      it('holds finite values plausible for its unit', () => {
        for (const p of s.points) {
          expect(Number.isFinite(p.value), p.date).toBe(true);
          expect(plausible[s.unit](p.value), `${p.date}: ${p.value} ${s.unit}`).toBe(true);
        }
      });

      it('samples as it says: one point per month, on the stated day', () => {
        if (s.sampling === 'anchor') return;
        const months = s.points.map((p) => p.date.slice(0, 7));
        expect(new Set(months).size).toBe(months.length);
        expect(months[0]).toBe('2023-01');
        expect(months.length).toBe(36);
        for (const p of s.points) {
          const d = parse(p.date);
          if (s.sampling === 'last-wednesday') {
            expect(d.getUTCDay(), p.date).toBe(3);
            expect(d.getUTCDate() + 7 > lastDayOfMonth(d), p.date).toBe(true);
          } else if (s.sampling === 'monthly-average') {
            expect(d.getUTCDate(), p.date).toBe(lastDayOfMonth(d));
          } else {
            // Month-end of a daily series: the last observation, at most 4 days before the month ends
            // (a weekend plus a holiday).
            expect(lastDayOfMonth(d) - d.getUTCDate(), p.date).toBeLessThanOrEqual(4);
          }
        }
      });
    });
  }

  it('keeps one unit per kind of quantity: balances in USD, rates in percent', () => {
    const rates = ['SOFR', 'IORB', 'DGS3MO', 'DGS10', 'BAMLH0A0HYM2'];
    for (const s of PLUMBING_SERIES) {
      const expected = rates.includes(s.id) ? 'percent'
        : s.id === 'SP500' ? 'index points' : s.id === 'CBBTCUSD' ? 'USD per BTC' : 'USD';
      expect(s.unit, s.id).toBe(expected);
    }
  });
});

describe('PLUMBING_FACTS', () => {
  it('has unique ids', () => {
    const ids = PLUMBING_FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const f of PLUMBING_FACTS) {
    it(`${f.id} is dated, sourced and consistent`, () => {
      expect(isRealDate(f.date), f.date).toBe(true);
      expect(f.source.trim().length).toBeGreaterThan(5);
      expect(['sourced', 'recalled']).toContain(f.confidence);
      if (f.confidence === 'recalled') expect(f.note ?? '').toMatch(/verify/i);
      expect(f.value === undefined).toBe(f.unit === undefined);
      if (f.value !== undefined && f.unit !== undefined) {
        expect(Number.isFinite(f.value)).toBe(true);
        // Facts may be changes or spreads, so only magnitude is checked for dollars.
        if (f.unit === 'USD') expect(Math.abs(f.value)).toBeGreaterThanOrEqual(1e6);
        else expect(plausible[f.unit](f.value)).toBe(true);
      }
    });
  }
});
