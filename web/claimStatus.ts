// Each claim's label (emergent or built in) and verdict (holds now?) exactly as the claims table in
// scenarios/README.md gives them, markdown removed: the claims tour shows them, and
// test/claims/tour.test.ts checks them against the table, so the page and the README say the same.
// When a falsification run changes a verdict, change the table and this file together.
export interface ClaimStatus { label: string; holds: string }

export const CLAIM_STATUS: Readonly<Record<string, ClaimStatus>> = {
  C1: {
    label: 'prices: built in; rates: emergent',
    holds: 'Price lift holds, as an input; the rates part holds; broad equity rises',
  },
  C2: {
    label: 'exhaustion: emergent (from QT and bill issuance, not from capex)',
    holds: 'Exhaustion holds; the convex scramble does not. Capex is not what drains the pool: crowdout attribute baseline gives capex $13B of a $1.40T fall',
  },
  C3: {
    label: 'emergent, not from durations (first written as built in; refuted)',
    holds: 'Does not hold',
  },
  C4: {
    label: 'built in (the rule: the default trailing order ranks holdings by their trailing return; which asset is least trusted follows the realised returns)',
    holds: 'Holds, as a rule',
  },
  C5: {
    label: 'emergent (clearing against holders with limited budgets and dealer capacity)',
    holds: 'Holds',
  },
  C6: {
    label: "built in (the backstop buys paper on a trigger; tightening's earlier exhaustion is its extra QT)",
    holds: 'Holds, as a rule',
  },
  C7: {
    label: 'emergent (their rule meets clearing)',
    holds: 'Holds in a volatility shock from calm',
  },
  C8: {
    label: 'emergent (first written as built in from execution over days; refuted)',
    holds: 'Holds',
  },
  C9: {
    label: 'largest buyer: built in (the $0.95T-a-year budget, the only standing net purchase); blackout: flows built in (the window rule), prices emergent (clearing)',
    holds: 'Holds (the largest buyer as a parameter)',
  },
  C10: {
    label: 'built in (stablecoin.routeToCrypto buys crypto directly)',
    holds: 'Holds, as a parameter',
  },
  C11: {
    label: "built in (AI hardware's earnings follow capex: assets.ai_hardware.capexBeta)",
    holds: 'Holds, as a parameter; the relief of long-duration assets does not',
  },
  C12: {
    label: 'built in (rates.hyBeta > rates.igBeta)',
    holds: 'Holds, as a parameter ordering, in 9 of 10 seeds',
  },
};
