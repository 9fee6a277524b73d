// fast-check arbitraries shared by the whole-model property tests.
import fc from 'fast-check';

export interface Case { sets: string[]; seed: number; days: number }

/** A valid scenario as `--set` overrides over baseline, a seed and a run length. */
export const caseArb: fc.Arbitrary<Case> = fc.record({
  capexScale: fc.double({ min: 0, max: 4, noNaN: true }),
  rrpUsd: fc.double({ min: 0, max: 3e12, noNaN: true }),
  // Above ~7 the hedge funds' starting Treasuries exceed the market: init rejects that (a ScenarioError).
  leverage: fc.double({ min: 1, max: 6, noNaN: true }),
  vtAum: fc.double({ min: 0, max: 2e12, noNaN: true }),
  ctaAum: fc.double({ min: 0, max: 1.5e12, noNaN: true }),
  stance: fc.constantFrom('neutral', 'qe_backstop', 'tightening'),
  // Later starts reach the capital calls, tightening and the QT taper within a short run.
  start: fc.constantFrom('2024-01-02', '2025-03-03', '2025-11-03'),
  households: fc.integer({ min: 1, max: 400 }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  days: fc.integer({ min: 30, max: 150 }),
}).map((r) => ({
  sets: [
    `hyperscaler.capexScale=${r.capexScale}`, `pool.rrpUsd=${r.rrpUsd}`, `hedge_fund.leverage.preferred=${r.leverage}`,
    `vol_target.aumUsd=${r.vtAum}`, `cta.aumUsd=${r.ctaAum}`, `central_bank.stance=${r.stance}`, `start=${r.start}`,
    `central_bank.tighteningStart=2025-06-01`, `rest_of_market.households=${r.households}`,
  ],
  seed: r.seed, days: r.days,
}));

