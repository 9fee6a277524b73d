// Scenario discovery: PRIM finds a box planted in synthetic data (and ignores the parameter that
// does not matter), --where is parsed, never evaluated, and `crowdout discover` reports boxes.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { discover, peel, type Limit } from '../../experiments/discover/prim';
import { holds, parseWhere } from '../../experiments/discover/where';
import { latinHypercube } from '../../experiments/design/lhs';
import { designRng } from '../../experiments/seeds';
import { runSweep } from '../../experiments/sweep';
import { UserError } from '../../experiments/cli/errors';
import { cli, tempDir } from './helpers';

const range = (l: Limit) => (l.kind === 'range' ? [l.lo, l.hi] : [Number.NaN, Number.NaN]);

describe('PRIM', () => {
  it('recovers a planted box: a in [0.2, 0.5], b > 0.7, category "k" only; c left free', () => {
    const rng = designRng(9, 'prim-test');
    const U = latinHypercube(4000, 4, rng);
    const cats = ['j', 'k', 'l'];
    const X = U.map((u) => [u[0]!, u[1]!, u[2]!, cats[Math.floor(u[3]! * 3)]!]);
    const y = X.map(([a, b, , k]) => (a as number) >= 0.2 && (a as number) <= 0.5 && (b as number) > 0.7 && k === 'k');
    const truth = y.filter(Boolean).length; // about 4000 * 0.3 * 0.3 / 3 = 120
    expect(truth).toBeGreaterThan(80);
    const { boxes } = discover({ names: ['a', 'b', 'c', 'kind'], X, y }, 1, 0.9, { alpha: 0.05, massMin: 0.01 });
    const box = boxes[0]!;
    expect(box.restricted.sort()).toEqual(['a', 'b', 'kind']);
    const [alo, ahi] = range(box.limits[0]!), [blo] = range(box.limits[1]!);
    expect(Math.abs(alo! - 0.2)).toBeLessThan(0.05);
    expect(Math.abs(ahi! - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(blo! - 0.7)).toBeLessThan(0.05);
    expect(box.limits[3]).toEqual({ kind: 'set', keep: ['k'] });
    expect(box.density).toBeGreaterThanOrEqual(0.9);
    expect(box.coverage).toBeGreaterThan(0.8);
  });

  it('the peeling trajectory starts from the whole space and never loses density by more than noise; mass shrinks', () => {
    const U = latinHypercube(1000, 2, designRng(3, 'prim-traj'));
    const y = U.map((u) => u[0]! > 0.6);
    const traj = peel({ names: ['a', 'b'], X: U, y });
    expect(traj[0]!).toMatchObject({ coverage: 1, mass: 1, restricted: [] });
    expect(traj[0]!.density).toBeCloseTo(0.4, 2);
    for (let i = 1; i < traj.length; i++) expect(traj[i]!.mass).toBeLessThan(traj[i - 1]!.mass);
    expect(traj.at(-1)!.mass).toBeGreaterThanOrEqual(0.05);
    const pure = traj.find((b) => b.density === 1)!;
    expect(pure.restricted).toEqual(['a']);
  });
});

describe('--where', () => {
  it('parses METRIC OP NUMBER and nothing else', () => {
    expect(parseWhere(' derived.exhaustionDayOrEnd <= 6e2 ')).toMatchObject({ metric: 'derived.exhaustionDayOrEnd', op: '<=', value: 600 });
    expect(parseWhere('y>-0.5')).toMatchObject({ metric: 'y', op: '>', value: -0.5 });
    for (const bad of ['y > x', 'process.exit(1) > 0', 'y > 1; rm', 'y => 1', '> 1', 'y > 1 && z < 2', 'y > (1)']) {
      expect(() => parseWhere(bad), bad).toThrow(UserError);
    }
    const w = parseWhere('m != 3');
    expect([2, 3, 4].map((x) => holds(w, x))).toEqual([true, false, true]);
  });
});

describe('crowdout discover', () => {
  it('prints the box for an Ishigami sweep (y > 7 needs x2 near pi/2), writes the trajectory, and refuses bad input with exit 2', async () => {
    const t = tempDir('discover');
    try {
      await runSweep({
        name: 'ish', model: 'ishigami', seed: 4, design: { type: 'lhs', samples: 1500 },
        parameters: [{ path: 'x1', min: 0, max: Math.PI }, { path: 'x2', min: 0, max: Math.PI }, { path: 'x3', min: -Math.PI, max: Math.PI }],
      }, { out: t.dir, workers: 1 });
      const r = cli(['discover', t.dir, '--where', 'y > 7', '--metric', 'y']);
      expect(r.code).toBe(0);
      const m = /^\s+x2\s+\[([\d.]+), ([\d.]+)\]/m.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      expect(Number(m![1])).toBeLessThan(Math.PI / 2);
      expect(Number(m![2])).toBeGreaterThan(Math.PI / 2);
      expect(Number(m![2]) - Number(m![1])).toBeLessThan(0.75 * Math.PI);
      expect(r.stdout).toMatch(/box 1: coverage 0\.\d+, density 0\.\d+/);
      expect(r.stdout).not.toMatch(/^\s+x3\s/m);
      expect(readFileSync(`${t.dir}/prim-trajectory.csv`, 'utf8').split('\n')[0]).toBe('box,step,coverage,density,mass,n,restricted');
      expect(existsSync(`${t.dir}/prim-trajectory.svg`)).toBe(true);
      for (const [args, msg] of [
        [['--where', 'y >> 7'], /expected METRIC OP NUMBER/],
        [['--where', 'z > 7'], /z is not a metric of this sweep/],
        [['--where', 'y > 7', '--metric', 'x'], /must agree/],
        [['--where', 'y > 99'], /no run satisfies/],
        [['--where', 'y > 7', '--threshold', '2'], /--threshold must be a number between 0 and 1/],
      ] as const) {
        const bad = cli(['discover', t.dir, ...args]);
        expect(bad.code, args.join(' ')).toBe(2);
        expect(bad.stderr).toMatch(msg);
        expect(bad.stderr).not.toMatch(/\s+at /);
      }
    } finally {
      t.done();
    }
  });
});
