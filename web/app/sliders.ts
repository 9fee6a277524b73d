// The main assumptions a user can change, each with its unit, range and one sentence of meaning.
// Paths are scenario paths, exactly as `crowdout run --set PATH=VALUE` takes them.
import type { Unit } from '../format';

interface Base { path: string; label: string; sentence: string }
export interface RangeSlider extends Base { kind: 'range'; unit: Unit | 'x'; min: number; max: number; step: number }
export interface ChoiceSlider extends Base { kind: 'choice'; options: Array<{ value: string; label: string }> }
export interface ToggleSlider extends Base { kind: 'toggle' }
export type Slider = RangeSlider | ChoiceSlider | ToggleSlider;

export const SLIDERS: Slider[] = [
  { kind: 'range', path: 'hyperscaler.capexScale', label: 'Capex scale', unit: 'x', min: 0, max: 3, step: 0.05,
    sentence: 'Multiplies the whole hyperscaler capex path; 1 is the announced 2024–27 plans (about $650–850B a year by 2026–27).' },
  { kind: 'range', path: 'pool.rrpUsd', label: 'Reverse-repo cash', unit: 'usd', min: 0, max: 2.5e12, step: 0.05e12,
    sentence: 'Money-fund cash parked at the Fed’s reverse-repo facility at the start: the first idle money that absorbs new bonds.' },
  { kind: 'range', path: 'pool.householdIdleUsd', label: 'Household spare deposits', unit: 'usd', min: 0, max: 3e12, step: 0.05e12,
    sentence: 'Households’ bank deposits above what they need to operate. Not idle money in the plumbing sense, but they buy new paper, move into money funds and are spent at firms before anyone has to sell assets.' },
  { kind: 'range', path: 'plumbing.reservesUsd', label: 'Bank reserves at the start', unit: 'usd', min: 2.9e12, max: 6e12, step: 0.05e12,
    sentence: 'Banks’ balances at the Fed on day one (published: $3.45T in January 2024). Reserves above their lowest comfortable level are the second part of idle money.' },
  { kind: 'choice', path: 'central_bank.stance', label: 'Central bank stance',
    options: [{ value: 'neutral', label: 'Neutral (announced path)' }, { value: 'qe_backstop', label: 'QE backstop (buys the paper)' }, { value: 'tightening', label: 'Tightening (hikes + extra QT)' }],
    sentence: 'Neutral follows the announced rate path; a QE backstop buys new paper when funding gets tight; tightening hikes and shrinks the balance sheet.' },
  { kind: 'range', path: 'central_bank.qeMaxDailyUsd', label: 'QE capacity', unit: 'usdPerDay', min: 0, max: 1e11, step: 2.5e9,
    sentence: 'Under the QE backstop: the most new paper the central bank buys in one day.' },
  { kind: 'range', path: 'hedge_fund.leverage.preferred', label: 'Hedge-fund leverage', unit: 'x', min: 1, max: 7, step: 0.1,
    sentence: 'Gross assets per dollar of hedge-fund equity that funds aim for; higher leverage means bigger margin calls when prices fall.' },
  { kind: 'range', path: 'vol_target.aumUsd', label: 'Vol-target AUM', unit: 'usd', min: 0, max: 1.5e12, step: 2.5e10,
    sentence: 'Money in funds that cut equity exposure when volatility rises and add when it falls.' },
  { kind: 'range', path: 'cta.aumUsd', label: 'CTA AUM', unit: 'usd', min: 0, max: 1e12, step: 2e10,
    sentence: 'Money in trend followers that flip from long to short when prices cross their trend thresholds.' },
  { kind: 'range', path: 'buyback.annualUsd', label: 'Buybacks', unit: 'usd', min: 0, max: 2e12, step: 5e10,
    sentence: 'Companies’ own share purchases per year: the largest steady buyer of equities.' },
  { kind: 'toggle', path: 'buyback.blackout', label: 'Buyback blackouts',
    sentence: 'When on, companies stop buying back shares in the weeks before earnings, as most do in practice.' },
];

export const SLIDER_PATHS = SLIDERS.map((s) => s.path);

/**
 * Why a control does nothing with the run's current values (it is then disabled, with this
 * sentence shown), or null when it matters. Ranges above stop where the model still starts:
 * hedge-fund leverage above 7× gives the classes more Treasuries than the market holds.
 */
export function inactiveReason(path: string, values: Record<string, unknown>): string | null {
  if (path === 'central_bank.qeMaxDailyUsd' && values['central_bank.stance'] !== 'qe_backstop')
    return 'Does nothing under this stance: only the QE backstop buys new paper. Choose it above to use this.';
  if (path === 'buyback.blackout' && Number(values['buyback.annualUsd']) === 0)
    return 'Does nothing with buybacks at $0 a year: there is no buying to pause.';
  return null;
}

/** The string a slider's value takes in a `path=value` override. */
export function encodeValue(s: Slider, v: number | string | boolean): string {
  if (s.kind === 'range') return String(+Number(v).toPrecision(6));
  return String(v);
}
