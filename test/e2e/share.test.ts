// Reproducibility and untrusted input: a shared URL gives exactly the CLI's numbers, exported files
// load in the CLI, and malformed links or files show a message naming the field while the page keeps working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, playUntil, startHarness, type Harness } from './harness';
import { cli } from './cli';

let h: Harness;
let tmp: string;
beforeAll(async () => { h = await startHarness(4175); tmp = await mkdtemp(join(tmpdir(), 'crowdout-share-')); });
afterAll(async () => { await h?.close(); await rm(tmp, { recursive: true, force: true }); });

async function downloadText(page: Page, selector: string): Promise<{ name: string; text: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(tmp, dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

async function errorField(page: Page): Promise<string | null> {
  await page.waitForSelector('#error:not([hidden])');
  return page.getAttribute('#error', 'data-field');
}

describe('share and export', () => {
  it('a shared URL reproduces the CLI summary and series exactly, and the exported scenario runs in the CLI', async () => {
    const set = 'hyperscaler.capexScale=1.2';
    const csvPath = join(tmp, 'cli.csv');
    const cliOut = cli(['run', 'baseline', '--seed', '3', '--days', '120', '--set', set, '--summary', '--out', csvPath]);
    const { page, errors } = await h.open(`?scenario=baseline&seed=3&days=120&set=${encodeURIComponent(set)}`);
    expect(await page.inputValue('#seed')).toBe('3');
    expect(await page.textContent('#diff')).toContain('Capex scale: 1× → 1.2×');
    expect(await page.textContent('#share-cli')).toBe(`npx crowdout run baseline --seed 3 --days 120 --set ${set}`);
    await page.selectOption('#speed', '3');
    expect(await playUntil(page, 120)).toBe(120);
    await page.waitForSelector('#summary-json[data-t="120"]', { state: 'attached' });
    const fromPage = JSON.parse((await page.textContent('#summary-json'))!);
    const fromCli = JSON.parse(await cliOut);
    expect(fromPage).toEqual(fromCli);
    const csv = await downloadText(page, '#export-csv');
    expect(csv.text).toBe(await readFile(csvPath, 'utf8'));
    const scen = await downloadText(page, '#export-json');
    expect(JSON.parse(scen.text).hyperscaler.capexScale).toBe(1.2);
    expect(JSON.parse(await cli(['run', scen.path, '--seed', '3', '--days', '120', '--summary']))).toEqual(fromCli);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports each chart as PNG and as vector SVG', async () => {
    const { page } = await h.open('?scenario=baseline&seed=1&days=60');
    await page.selectOption('#speed', '3');
    await playUntil(page, 60);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#chart-water [data-export="png"]')]);
    const pngPath = join(tmp, png.suggestedFilename());
    await png.saveAs(pngPath);
    const bytes = await readFile(pngPath);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    const svg = await downloadText(page, '#chart-assets [data-export="svg"]');
    expect(svg.name).toBe('crowdout-baseline-seed1-assets.svg');
    // The image says what it shows: title, legend, scenario, seed, model version and date.
    expect(svg.text).toContain('Assets: prices');
    expect(svg.text).toMatch(/Crypto \(D=\d+\)/);
    expect(svg.text).toMatch(/crowdout \d+\.\d+\.\d+ · scenario baseline · seed 1 · day 60 of 60 · exported \d{4}-\d{2}-\d{2}/);
    expect(svg.text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((svg.text.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(18);
    await page.close();
  });
});

describe('untrusted input', () => {
  const cases: Array<[string, string]> = [
    ['?seed=abc', 'seed'],
    ['?scenario=<script>', 'scenario'],
    ['?scenario=no-such-scenario', 'scenario'],
    ['?set=hedge_fund.leverage.preferred=999', 'hedge_fund.leverage.preferred'],
    ['?set=pool.nonsense=1', 'pool.nonsense'],
    ['?set=justtext', 'set'],
  ];
  it('malformed links show the field and fall back to a working baseline', async () => {
    for (const [q, field] of cases) {
      const { page, errors } = await h.open(q);
      expect(await errorField(page), q).toBe(field);
      expect(await page.textContent('#error')).toContain(field);
      if (q === cases[0]![0]) {
        await page.screenshot({ path: join(artifacts, 'error-url.png') });
        // The fallback run opened computed; it still resets and steps.
        await page.click('#reset');
        await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '0');
        await page.click('#step');
        await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '1');
      }
      expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
      await page.close();
    }
  });

  it('malformed scenario files show the field; a valid file loads and its link reproduces it', async () => {
    const { page } = await h.open('?scenario=baseline&seed=5');
    const bad = join(tmp, 'bad.json'), wrong = join(tmp, 'wrong.json'), good = join(tmp, 'good.json');
    await writeFile(bad, '{"pool": {"rrpUsd": 1e12,,}}');
    await writeFile(wrong, JSON.stringify({ pool: { rrpUsd: -5 } }));
    await writeFile(good, JSON.stringify({ name: 'my-test', description: 'imported in a test', pool: { rrpUsd: 2e12 } }));
    await page.setInputFiles('#import-file', bad);
    expect(await errorField(page)).toBe('file');
    expect(await page.textContent('#error')).toContain('not valid JSON');
    await page.setInputFiles('#import-file', wrong);
    await page.waitForSelector('#error[data-field="pool.rrpUsd"]');
    expect(await page.inputValue('#scenario')).toBe('baseline');
    await page.setInputFiles('#import-file', good);
    await page.waitForSelector('#error[hidden]', { state: 'attached' });
    expect(await page.textContent('#side-desc')).toBe('imported in a test');
    const url = new URL(page.url());
    expect(url.searchParams.getAll('set')).toEqual(expect.arrayContaining(['name=my-test', 'pool.rrpUsd=2000000000000']));
    expect(await page.textContent('#a-pool-rrpUsd + *')).toBeDefined();
    await page.click('#step');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '1');
    await page.close();
  });
});
