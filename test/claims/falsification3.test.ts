// Falsification tests for the last three claims (C4, C9, C10; Model v2 part 3, MODEL-V2 §3 in the
// design notes, scenarios/README.md for the table). Each claim is labelled EMERGENT (follows from
// the agents' rules and clearing, and survives the switch that would break a built-in version) or
// BUILT IN (restates a parameter or a rule: the switch removes it). Thresholds are fixed here,
// before the runs; every measure is a distribution over ten seeds with common random numbers,
// printed for scenarios/README.md. Each test also asserts the verdict the table gives ("holds now?"),
// so a model change that flips a verdict fails here until the table says what the runs show.
import { describe, expect, it } from 'vitest';
import { ASSET_IDS, CLASS_IDS, loadScenario } from '../../sim/index';
import { col, logReturns, mean, median, result, sum, type Result } from './metrics';

const SEEDS10 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const count = (xs: boolean[]) => xs.filter(Boolean).length;
const report = (claim: string, label: string, holds: boolean, measured: Record<string, unknown>) =>
  console.info(`${claim} [${label}] ${holds ? 'holds' : 'does not hold'} ${JSON.stringify(measured)}`);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const bp = (x: number) => round(x * 1e4, 2);

describe('C4: sovereigns meeting capital calls sell what they trust least first (built in: the rule ranks holdings by trailing return)', () => {
  // The default pecking order is 'trailing': each call is met by selling the holding with the worst
  // return over `sovereign.trailingDays` first. Which asset that is follows the realised returns (it
  // differs by seed and date); that the least trusted goes first is the rule itself. The test
  // rebuilds the ranking from the recorded closes (the engine ranks on yesterday's close against the
  // close `trailingDays` earlier) and checks, on every day with capital-call sales, that the assets
  // the sovereigns sold are the worst-ranked ones (a prefix of the ranking). The switch: a fixed
  // order unrelated to returns (broad equity first), which a rule-free "least trusted first" would
  // survive; if the sales then follow the list and not the returns, the claim is the rule's.
  const RISKY = ASSET_IDS.filter((a) => a !== 'tbills');
  const LAG = Math.min(loadScenario('baseline').sovereign.trailingDays, 250);
  const FIXED = ['broad_equity', 'treasuries', 'ig_credit', 'hy_credit', 'ai_hardware', 'saas', 'crypto', 'speculative'];
  interface CallDay { date: string; sold: string[]; ranking: string[] }
  const callDays = (r: Result): CallDay[] => {
    const forced = col(r, 'forced.capital_call'), px = Object.fromEntries(RISKY.map((a) => [a, col(r, `price.${a}`)]));
    const out: CallDay[] = [];
    for (let t = LAG; t < forced.length; t++) {
      if (!(forced[t]! > 0)) continue;
      const trailing = (a: string) => Math.log(px[a]![t - 1]! / px[a]![t - LAG]!);
      const ranking = [...RISKY].sort((x, y) => trailing(x) - trailing(y));
      out.push({ date: r.data.dates[t]!, sold: RISKY.filter((a) => col(r, `flow.sovereign.${a}`)[t]! < -1e6), ranking });
    }
    return out;
  };
  const prefix = (d: CallDay) => d.sold.length > 0 && d.ranking.slice(0, d.sold.length).every((a) => d.sold.includes(a));
  const worstFirst = (d: CallDay) => d.sold.includes(d.ranking[0]!);

  it('with the trailing order the worst trailing performers are sold, and which asset goes first changes with the returns; with a fixed list it does not', () => {
    const trailing = SEEDS10.map((s) => callDays(result('baseline', s)));
    const fixed = SEEDS10.map((s) => callDays(result('baseline', s, [`sovereign.peckingOrder=${JSON.stringify(FIXED)}`])));
    const all = trailing.flat(), allFixed = fixed.flat();
    const seedsSelling = count(trailing.map((ds) => ds.some((d) => d.sold.length > 0)));
    const followShare = count(all.map(prefix)) / Math.max(1, all.length);
    const firsts = tally(all.filter((d) => d.sold.length > 0).map((d) => d.ranking.find((a) => d.sold.includes(a))!));
    // Thresholds (fixed before the run): sales visible in ≥ 8 of 10 seeds; on ≥ 80% of call days the
    // sold assets are the worst-ranked; at least two different assets go first (a fixed order in
    // disguise would give one). Under the fixed list: broad equity is sold on ≥ 90% of call days and
    // the worst trailing performer is among the sales on ≤ 40% of them.
    const holds = seedsSelling >= 8 && followShare >= 0.8 && Object.keys(firsts).length >= 2;
    const fixedBroad = count(allFixed.map((d) => d.sold.includes('broad_equity'))) / Math.max(1, allFixed.length);
    const fixedWorst = count(allFixed.map(worstFirst)) / Math.max(1, allFixed.length);
    report('C4 pecking order on capital-call days', 'built in', holds, {
      callDaysPerSeed: trailing.map((ds) => ds.length), seedsSelling, followsTrailingRanking: round(followShare),
      firstSold: firsts, fixedList: { callDays: allFixed.length, broadEquitySold: round(fixedBroad), worstTrailingSold: round(fixedWorst) },
    });
    expect(holds).toBe(true);                 // scenarios/README.md: holds, as a rule
    expect(fixedBroad).toBeGreaterThanOrEqual(0.9);
    expect(fixedWorst).toBeLessThanOrEqual(0.4);
  });
});

describe('C9: buybacks are the largest net equity buyer (built in: their budget); the market is weaker in blackout (flows built in, prices emergent)', () => {
  // Windows come from the baseline's `buyback.openShare` (share of programmes whose window is open):
  // open days > 0.6, closed days < 0.4. The no-blackout run has the same earnings calendar and the
  // same noise (common random numbers), so the difference between the two runs' open-minus-closed
  // return gaps is what the blackout itself does to prices.
  const windows = (r: Result) => {
    const open = col(r, 'buyback.openShare');
    const isOpen: boolean[] = [], isClosed: boolean[] = [];
    for (let t = 0; t < open.length; t++) { isOpen.push(open[t]! > 0.6); isClosed.push(open[t]! < 0.4); }
    return { isOpen, isClosed };
  };
  const gapBy = (x: ArrayLike<number>, w: { isOpen: boolean[]; isClosed: boolean[] }, offset: number) => {
    const o: number[] = [], c: number[] = [];
    for (let i = 0; i < x.length; i++) { if (w.isOpen[i + offset]) o.push(x[i]!); else if (w.isClosed[i + offset]) c.push(x[i]!); }
    return { open: mean(o), closed: mean(c) };
  };

  it('buybacks are the largest net buyer of broad equity in the baseline', () => {
    const others = CLASS_IDS.filter((c) => c !== 'buyback');
    const net = (r: Result, c: string) => sum(col(r, `flow.${c}.broad_equity`));
    const per = SEEDS10.map((s) => {
      const r = result('baseline', s), bb = net(r, 'buyback');
      const next = others.reduce((best, c) => (net(r, c) > net(r, best) ? c : best), others[0]!);
      return { bb, next, nextUsd: net(r, next) };
    });
    // Threshold (fixed before the run): buybacks' net purchases exceed every other class's in ≥ 9 of 10 seeds.
    const largest = count(per.map((p) => p.bb > p.nextUsd));
    report('C9 buybacks the largest net buyer', 'built in', largest >= 9, {
      seedsLargest: largest, buybackNetT: per.map((p) => round(p.bb / 1e12)),
      nextLargestBuyer: tally(per.map((p) => p.next)), nextNetT: per.map((p) => round(p.nextUsd / 1e12)),
    });
    expect(largest >= 9).toBe(true);         // scenarios/README.md: holds
  });

  it('buying is concentrated in open windows only with a blackout; equity returns are weaker in closed windows only if the blackout moves prices', () => {
    const per = SEEDS10.map((s) => {
      const b = result('baseline', s), n = result('no-blackout', s), w = windows(b);
      const flowB = gapBy(col(b, 'flow.buyback.broad_equity'), w, 0), flowN = gapBy(col(n, 'flow.buyback.broad_equity'), w, 0);
      const retB = gapBy(logReturns(col(b, 'price.broad_equity')), w, 1), retN = gapBy(logReturns(col(n, 'price.broad_equity')), w, 1);
      const pb = col(b, 'price.broad_equity'), pn = col(n, 'price.broad_equity');
      const level = gapBy(Array.from(pb, (x, t) => Math.log(x / pn[t]!)), w, 0);
      return {
        flowRatioBlackout: flowB.open / flowB.closed, flowRatioNoBlackout: flowN.open / flowN.closed,
        gapBlackout: retB.open - retB.closed, gapNoBlackout: retN.open - retN.closed,
        effect: retB.open - retB.closed - (retN.open - retN.closed), levelEffect: level.open - level.closed,
      };
    });
    // Thresholds (fixed before the run). Built in (the window rule): open-window buying is > 1.5× the
    // closed-window buying in 10/10 seeds with the blackout, and within 0.8–1.25× without it in ≥ 8.
    // Emergent (clearing): the claim holds if the open-minus-closed daily return gap is larger with
    // the blackout than without it in ≥ 8 of 10 seeds and by at least 0.5bp a day in the median seed.
    const concentrated = count(per.map((p) => p.flowRatioBlackout > 1.5));
    const even = count(per.map((p) => p.flowRatioNoBlackout > 0.8 && p.flowRatioNoBlackout < 1.25));
    const weaker = count(per.map((p) => p.effect > 0)), medEffect = median(per.map((p) => p.effect));
    const holds = weaker >= 8 && medEffect >= 0.5e-4;
    report('C9 blackout windows', 'flows built in, prices emergent', holds, {
      flowRatioBlackout: per.map((p) => round(p.flowRatioBlackout)), flowRatioNoBlackout: per.map((p) => round(p.flowRatioNoBlackout)),
      gapBlackoutBp: per.map((p) => bp(p.gapBlackout)), gapNoBlackoutBp: per.map((p) => bp(p.gapNoBlackout)),
      effectBp: per.map((p) => bp(p.effect)), seedsWeakerInBlackout: weaker, medianEffectBp: bp(medEffect),
      levelEffectBp: per.map((p) => bp(p.levelEffect)),
    });
    expect(concentrated).toBe(10);
    expect(even).toBeGreaterThanOrEqual(8);
    // Expected not to hold when the test was written (the 0.1.0 measure, five seeds without a paired
    // run, found a gap of −0.001%); the first run refuted that: with the no-blackout run as the pair,
    // equity is weaker in closed windows in 10 of 10 seeds (median 8bp a day). Thresholds unchanged.
    expect(holds).toBe(true);                 // scenarios/README.md: holds
  });
});

describe('C10: cash parked in T-bills does not lift crypto; routed cash does (built in: stablecoin.routeToCrypto)', () => {
  // Crypto's log price in one run against another, averaged over the last 250 trading days (by then
  // the faster stablecoin growth has added about $0.8T of reserves), seed by seed with common random
  // numbers. The switch: routeToCrypto = 0 in both members of the pair; if the lift came from
  // anything but the routing parameter it would survive. (It can only survive if the two scenario
  // files come to differ in something else: the check documents that the pair is one parameter.)
  const rel = (a: Result, b: Result) => {
    const x = col(a, 'price.crypto'), y = col(b, 'price.crypto'), from = Math.max(0, x.length - 250);
    return mean(Array.from(x, (v, t) => Math.log(v / y[t]!)), from, x.length);
  };
  it('parked cash leaves crypto where it was, routed cash lifts it, and without routing the pair is the same run', () => {
    const parked = SEEDS10.map((s) => rel(result('stablecoin-parked', s), result('baseline', s)));
    const routed = SEEDS10.map((s) => rel(result('stablecoin-routed', s), result('stablecoin-parked', s)));
    const unrouted = SEEDS10.map((s) => rel(result('stablecoin-routed', s, ['stablecoin.routeToCrypto=0']), result('stablecoin-parked', s, ['stablecoin.routeToCrypto=0'])));
    // Thresholds (fixed before the run): the claim holds if parked cash lifts crypto by less than 2%
    // over the baseline in ≥ 8 of 10 seeds and routed cash lifts it by more than 2% over parked cash
    // in ≥ 8 of 10; with the routing at 0 in both, the difference is gone (< 0.1%) in 10 of 10.
    const noLift = count(parked.map((x) => x < 0.02)), lift = count(routed.map((x) => x > 0.02));
    const holds = noLift >= 8 && lift >= 8;
    report('C10 crypto, last 250 days (log ratio, %)', 'built in', holds, {
      parkedVsBaseline: parked.map((x) => round(x * 100, 1)), routedVsParked: routed.map((x) => round(x * 100, 1)),
      routingOffInBoth: unrouted.map((x) => round(x * 100, 3)), seedsNoLiftWhenParked: noLift, seedsLiftWhenRouted: lift,
    });
    expect(holds).toBe(true);                 // scenarios/README.md: holds, as a parameter
    expect(count(unrouted.map((x) => Math.abs(x) < 0.001))).toBe(10);
  });
});

function tally(xs: string[]): Record<string, number> {
  return xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {});
}
