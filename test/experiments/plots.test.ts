// `analyze --plots`: the figures exist for each kind of analysis and draw what they claim (one
// bar per index and parameter, one dot per parameter, one band per series), in valid SVG.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { runSweep } from '../../experiments/sweep';
import { analyzeSweep } from '../../experiments/analyze/index';
import { analysisPlots } from '../../experiments/analyze/plots';
import { cli, ishigamiSpec, tempDir } from './helpers';

const count = (svg: string, re: RegExp): number => svg.match(re)?.length ?? 0;
const wellFormed = (svg: string): void => {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.trim().endsWith('</svg>')).toBe(true);
  expect(svg).not.toMatch(/NaN|undefined/);
};

describe('analysisPlots(dir, result)', () => {
  it('Sobol: S1 and ST bars with whiskers per parameter; PAWN bars; CLI --plots writes them', async () => {
    const t = tempDir('plots-sobol');
    try {
      await runSweep(ishigamiSpec(64), { out: t.dir, workers: 1 });
      const figs = analysisPlots(t.dir, analyzeSweep(t.dir, { resamples: 20 }));
      expect(Object.keys(figs)).toEqual(['sobol-y.svg']);
      const svg = figs['sobol-y.svg']!;
      wellFormed(svg);
      expect(count(svg, /<rect [^>]*fill-opacity="0.75"/g)).toBe(3 * 2 + 2); // 3 parameters x (S1, ST) + 2 legend keys
      expect(count(svg, /<path d="M[^"]*h6M[^"]*h6"/g)).toBe(6); // one whisker per bar
      for (const p of ['x1', 'x2', 'x3']) expect(svg).toContain(`>${p}</text>`);
      const r = cli(['analyze', t.dir, '--bootstrap', '20', '--plots', `${t.dir}/figs`]);
      expect(r.code).toBe(0);
      expect(readdirSync(`${t.dir}/figs`)).toEqual(['sobol-y.svg']);
      expect(readFileSync(`${t.dir}/figs/sobol-y.svg`, 'utf8')).toBe(`${svg}\n`); // same figure from the CLI
      const pawn = analysisPlots(t.dir, analyzeSweep(t.dir, { resamples: 20, method: 'pawn', slices: 8 }));
      wellFormed(pawn['pawn-y.svg']!);
    } finally {
      t.done();
    }
  });

  it('Morris: one labelled dot per parameter; grid: a line and band per level of the other parameter; series envelopes', async () => {
    const t = tempDir('plots-morris');
    try {
      await runSweep({
        name: 'm', model: 'probe', seed: 1, days: 12, commonRandomNumbers: true,
        parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'b', min: 0, max: 3 }, { path: 'c', min: -1, max: 0 }],
        design: { type: 'morris', trajectories: 6, levels: 4 }, outputs: { metrics: ['value'], series: { columns: ['v', 'cum.v'], stride: 3 } },
      }, { out: `${t.dir}/m`, workers: 1 });
      const m = analysisPlots(`${t.dir}/m`, analyzeSweep(`${t.dir}/m`, { resamples: 20 }));
      expect(Object.keys(m).sort()).toEqual(['morris-value.svg', 'series-cum.v.svg', 'series-v.svg']);
      wellFormed(m['morris-value.svg']!);
      expect(count(m['morris-value.svg']!, /<circle /g)).toBe(3);
      expect(count(m['series-v.svg']!, /fill-opacity="0\.(12|25)"/g)).toBe(2); // the 5–95% and 25–75% bands
      await runSweep({
        name: 'g', model: 'probe', seed: 1, days: 2, replicates: 3,
        parameters: [{ path: 'a', min: 0, max: 1, levels: 4 }, { path: 'b', values: [0, 2] }], design: { type: 'grid' }, outputs: { metrics: ['value'] },
      }, { out: `${t.dir}/g`, workers: 1 });
      const g = analysisPlots(`${t.dir}/g`, analyzeSweep(`${t.dir}/g`));
      const svg = g['response-value.svg']!;
      wellFormed(svg);
      expect(svg).toContain('>b=0</text>');
      expect(svg).toContain('>b=2</text>');
      expect(count(svg, /fill-opacity="0\.18"/g)).toBe(2);
    } finally {
      t.done();
    }
  });
});
