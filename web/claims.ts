// The claims tour: each thesis claim (docs the thesis (scenarios/README.md), C1–C12) as a scenario pair for compare mode,
// the metrics to look at, and what a run must show for the claim to hold (or fail). The pairs follow
// scenarios/README.md; each claim's label and measured verdict come from ./claimStatus (the README's
// claims table, checked by test/claims/tour.test.ts), never from the notes here.
import { CLAIM_STATUS, type ClaimStatus } from './claimStatus';

export interface Side { scenario: string; overrides: string[]; label: string }
export interface Claim { id: string; title: string; a: Side; b: Side; focus: string[]; look: string; status: ClaimStatus }

const base = (label = 'baseline'): Side => ({ scenario: 'baseline', overrides: [], label });
const sc = (scenario: string, label = scenario, overrides: string[] = []): Side => ({ scenario, overrides, label });

const TOUR: Array<Omit<Claim, 'status'>> = [
  { id: 'C1', title: 'While idle money lasts, capex acts like fiscal stimulus', a: base(), b: sc('abundant-liquidity'),
    focus: ['idle', 'px.broad_equity', 'px.ai_hardware', 'coc'],
    look: 'Before idle money runs out, broad equity and AI hardware should rise and the cost of capital stay close to the policy rate. With three times the idle money the boom should last longer.' },
  { id: 'C2', title: 'Once idle money is gone, each capex dollar comes out of something else', a: base(), b: sc('abundant-liquidity'),
    focus: ['idle', 'coc', 'y10', 'forced'],
    look: 'Find the exhaustion date in the table. After it, the cost of capital should climb faster per dollar of demand than before (a convex scramble); with abundant liquidity it should not.' },
  { id: 'C3', title: 'Rising discount rates split assets by duration', a: base(), b: sc('qe-backstop'),
    focus: ['px.crypto', 'px.speculative', 'px.saas', 'px.broad_equity', 'px.ai_hardware'],
    look: 'Compare the maximum drawdowns in the table: crypto and speculative should fall most, then SaaS, then broad equity, with AI hardware least. Under the QE backstop the split should shrink.' },
  { id: 'C4', title: 'Sovereign funds meeting capital calls sell what they trust least first', a: base('trailing-return pecking order'),
    b: sc('baseline', 'explicit order: crypto, SaaS, hedge funds, broad equity', ['sovereign.peckingOrder=["crypto","saas","hedge_funds","broad_equity"]']), focus: ['flowcum.sovereign', 'px.crypto', 'px.saas'],
    look: 'Sovereign net buying should turn negative around capital-call dates. With the trailing-return order the worst recent performer is sold first (which one changes with the run); with the explicit list, the list decides whatever the returns. Switch to the Explore view and open a cascade triggered by a capital call to see which assets they sold first.' },
  { id: 'C5', title: 'Redemptions and margin turn selling into a cascade', a: base(), b: sc('high-leverage'),
    focus: ['forced', 'px.broad_equity', 'px.crypto'],
    look: 'Cumulative forced sales, the number of cascades and the largest number of rounds should all be higher with 4.5× hedge-fund leverage. Try thin-markets as side B too.' },
  { id: 'C6', title: 'QE as end-absorber avoids crowding out; tightening accelerates it', a: sc('qe-backstop'), b: sc('tightening'),
    focus: ['idle', 'coc', 'y10', 'hy'],
    look: 'Under the QE backstop idle money should not run dry and the cost of capital should not spike; under tightening exhaustion should come earlier and rates climb higher.' },
  { id: 'C7', title: 'Vol-target funds sell when volatility rises and buy when it falls', a: sc('no-vol-target'), b: sc('vol-target-heavy'),
    focus: ['flowcum.vol_target', 'px.broad_equity', 'forced'],
    look: 'With $1.2T of vol-target money drawdowns should be deeper and forced sales larger than with none; their cumulative flow should fall during turbulent stretches.' },
  { id: 'C8', title: 'CTAs flip at trend thresholds and move together for days', a: base(), b: sc('cta-dispersed'),
    focus: ['flowcum.cta', 'px.broad_equity', 'forced'],
    look: 'CTA flows should come in clusters after trend crossings; with dispersed thresholds the clusters should be smaller and the cumulative flow smoother.' },
  { id: 'C9', title: 'Buybacks are the largest net equity buyer; the market is weaker in blackout', a: base(), b: sc('no-blackout'),
    focus: ['flowcum.buyback', 'px.broad_equity'],
    look: 'Baseline buybacks pause before each earnings date (steps in the cumulative line); without blackouts they buy every day. Equity should be steadier when the window never closes.' },
  { id: 'C10', title: 'Cash parked in T-bills does not support risk assets', a: sc('stablecoin-parked'), b: sc('stablecoin-routed'),
    focus: ['px.crypto', 'idle'],
    look: 'Stablecoin cash growing tenfold but parked in T-bills should not lift crypto; routing 60% of inflows into crypto should.' },
  { id: 'C11', title: 'A capex cut reprices the AI chain', a: base(), b: sc('capex-cut'),
    focus: ['px.ai_hardware', 'px.broad_equity', 'coc', 'capex'],
    look: 'After the 2026-03-02 guidance cut, AI hardware should fall while the rest of the market gets relief from lower funding pressure. Try energy-ceiling as side B as well.' },
  { id: 'C12', title: 'Yields and credit spreads rise when demand for money exceeds supply', a: base(), b: sc('qe-backstop'),
    focus: ['y10', 'ig', 'hy', 'coc'],
    look: 'After exhaustion the 10y yield and credit spreads should rise, HY more than IG; under the QE backstop they should stay lower.' },
];

export const CLAIMS: Claim[] = TOUR.map((c) => ({ ...c, status: CLAIM_STATUS[c.id]! }));
