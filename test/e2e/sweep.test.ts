// The Sweep tab: a student runs a sweep in the page; the runs stream into the response chart; the
// exported spec is a valid `crowdout sweep` spec with the same run list and seeds, and a run's
// metric equals the CLI's; the link reruns it; a bad form names its field; cancel stops it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, startHarness, type Harness } from './harness';
import { cli } from './cli';

let h: Harness;
let tmp: string;
beforeAll(async () => { h = await startHarness(4178); tmp = await mkdtemp(join(tmpdir(), 'crowdout-sweep-')); });
afterAll(async () => { await h?.close(); await rm(tmp, { recursive: true, force: true }); });

async function download(page: Page, selector: string): Promise<{ name: string; text: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(tmp, dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

const parseCsv = (text: string) => {
  const [head, ...rows] = text.trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head!.map((k, i) => [k, r[i]!])));
};

describe('the Sweep tab', () => {
  it('runs one assumption over seeds in workers, draws the response, and exports a spec the CLI runs the same', async () => {
    const { page, errors } = await h.open('?view=sweep');
    expect(await page.isVisible('#view-sweep')).toBe(true);
    await page.selectOption('#sw-p1', 'hyperscaler.capexScale');
    await page.fill('#sw-p1-min', '0.5');
    await page.fill('#sw-p1-max', '2');
    await page.fill('#sw-p1-levels', '4');
    await page.fill('#sw-seeds', '2');
    await page.fill('#sw-days', '40');
    await page.click('#sw-run');
    await page.waitForSelector('#view-sweep[data-state="done"]', { timeout: 240_000 });
    expect(await page.textContent('#sw-status')).toMatch(/^8 runs in/);
    // One hover target per level, and its tooltip gives the median and the band over the seeds.
    expect(await page.locator('#chart-sweep svg .hit').count()).toBe(4);
    await page.locator('#chart-sweep svg .hit').nth(2).hover();
    expect(await page.textContent('.tooltip')).toMatch(/Median.*10–90% of runs.*Runs finished2/);
    await page.locator('#chart-sweep').screenshot({ path: join(artifacts, 'sweep.png') });
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('sweep');
    expect(url.searchParams.getAll('p')).toEqual(['hyperscaler.capexScale:0.5:2:4']);

    const runs = parseCsv((await download(page, '#sw-csv')).text);
    expect(runs).toHaveLength(8);
    const spec = await download(page, '#sw-spec');
    expect(JSON.parse(spec.text)).toMatchObject({ base: 'baseline', design: { type: 'grid' }, replicates: 2, days: 40 });
    // The CLI accepts the spec and plans the same runs with the same seeds and values.
    const listed = parseCsv(await cli(['sweep', spec.path, '--list-runs']));
    expect(listed.map((r) => [r.run, r.seed, Number(r['hyperscaler.capexScale'])]))
      .toEqual(runs.map((r) => [r.run, r.seed, Number(r['hyperscaler.capexScale'])]));
    // And one run's metrics are the CLI's for that scenario, seed and value.
    const r = runs[5]!;
    const summary = JSON.parse(await cli(['run', 'baseline', '--seed', r.seed!, '--days', '40', '--set', `hyperscaler.capexScale=${r['hyperscaler.capexScale']}`, '--summary']));
    expect(Number(r['rates.costOfCapital.peak'])).toBe(summary.rates.costOfCapital.peak);
    expect(Number(r['cascades.forcedSalesUsd'])).toBe(summary.cascades.forcedSalesUsd);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link reruns the sweep as a heat map; a bad form names its field; cancel stops a sweep', async () => {
    const link = '?view=sweep&sbase=baseline&p=hedge_fund.leverage.preferred%3A1%3A5%3A2&p=pool.rrpUsd%3A0%3A2000000000000%3A2&reps=1&sseed=7&sdays=20&metric=rates.costOfCapital.peak';
    const { page, errors } = await h.open(link);
    await page.waitForSelector('#view-sweep[data-state="done"]', { timeout: 240_000 });
    expect(await page.textContent('#sw-status')).toMatch(/^4 runs in/);
    expect(await page.locator('#chart-sweep svg .cell').count()).toBe(4);
    expect(await page.textContent('#chart-sweep h3')).toContain('Peak cost of capital');
    // Max not above min: the schema's message names the field.
    await page.fill('#sw-p1-max', '0.5');
    await page.click('#sw-run');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/parameters\.0\.max/);
    // A longer sweep can be cancelled: the status says how far it got.
    await page.fill('#sw-p1-max', '6');
    await page.fill('#sw-p1-levels', '6');
    await page.fill('#sw-days', '');
    await page.click('#sw-run');
    await page.waitForSelector('#view-sweep[data-state="running"]');
    expect(await page.isHidden('#error')).toBe(true);
    await page.click('#sw-cancel');
    await page.waitForSelector('#view-sweep[data-state="cancelled"]');
    expect(await page.textContent('#sw-status')).toMatch(/cancelled after \d+ of 12 runs/);
    expect(await page.isEnabled('#sw-run')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
