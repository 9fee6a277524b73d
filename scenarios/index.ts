// The named scenarios, embedded so the CLI, the browser bundle and the sweeps share one list.
import abundantLiquidity from './abundant-liquidity.json';
import baseline from './baseline.json';
import capexCut from './capex-cut.json';
import ctaDispersed from './cta-dispersed.json';
import energyCeiling from './energy-ceiling.json';
import highLeverage from './high-leverage.json';
import noBlackout from './no-blackout.json';
import noHurdle from './no-hurdle.json';
import noVolTarget from './no-vol-target.json';
import qeBackstop from './qe-backstop.json';
import stablecoinParked from './stablecoin-parked.json';
import stablecoinRouted from './stablecoin-routed.json';
import thinMarkets from './thin-markets.json';
import tightening from './tightening.json';
import volTargetHeavy from './vol-target-heavy.json';

export const SCENARIOS: Readonly<Record<string, { name: string; description: string } & Record<string, unknown>>> = Object.fromEntries(
  [baseline, qeBackstop, tightening, capexCut, energyCeiling, noVolTarget, volTargetHeavy, abundantLiquidity,
    highLeverage, thinMarkets, ctaDispersed, noBlackout, stablecoinParked, stablecoinRouted, noHurdle]
    .map((s) => [s.name, s as { name: string; description: string } & Record<string, unknown>]),
);
