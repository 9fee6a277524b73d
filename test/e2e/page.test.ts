// The built page in real Chromium: it loads cleanly under its CSP, plays, draws every chart, runs
// the model only in a worker, reproduces the CLI from a shared URL, and survives bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, playUntil, repoRoot, startHarness, type Harness } from './harness';
import { cli } from './cli';

let h: Harness;
beforeAll(async () => { h = await startHarness(4174); });
afterAll(async () => { await h?.close(); });

const CHARTS = ['water', 'assets', 'flows', 'cascades', 'provenance', 'sankey', 'class-hyperscaler', 'class-rest_of_market', 'holdings'];

describe('the page', () => {
  it('loads the baseline with no console errors, a CSP, and no off-origin requests', async () => {
    const { page, errors } = await h.open();
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("default-src 'self'");
    expect(await page.inputValue('#scenario')).toBe('baseline');
    expect(await page.textContent('#day')).toContain('day 0 / 1044');
    expect(new URL(page.url()).search).toContain('scenario=baseline');
    await page.screenshot({ path: join(artifacts, 'load.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays at full speed: the day counter advances, every chart draws, and frame times are measured', async () => {
    // The bare page starts at day 0 (a link would open computed), so the first play is the cold one.
    const { page, errors } = await h.open('');
    await page.selectOption('#speed', '3');
    type Perf = { frames: number; p95: number };
    const measure = async (): Promise<[number, Perf]> => {
      await page.evaluate(() => (window as unknown as { __crowdout: { perf: { start(): void } } }).__crowdout.perf.start());
      const t0 = Date.now();
      const t = await playUntil(page, 1044);
      const perf = await page.evaluate(() => (window as unknown as { __crowdout: { perf: { stop(): Perf } } }).__crowdout.perf.stop());
      return [t, { ...perf, wallMs: Date.now() - t0 } as Perf];
    };
    // Cold: the first play after the page loaded; warm: the same run again after Reset.
    const [t, cold] = await measure();
    expect(t).toBe(1044);
    await page.click('#reset');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '0');
    const [, warm] = await measure();
    writeFileSync(join(artifacts, 'perf.json'), JSON.stringify({ viewport: '1280x800', cold, warm }, null, 2));
    console.log('full-speed play of the whole baseline (1044 days):', JSON.stringify({ cold, warm }));
    const perf = warm;
    for (const id of CHARTS) {
      await page.locator(`#chart-${id}`).scrollIntoViewIfNeeded();
      await page.waitForFunction((sel) => Number(document.querySelector<HTMLElement>(sel)?.dataset.drawn) > 0, `#chart-${id}`);
    }
    // A cascade can be opened from the list, and its provenance drawn.
    const opt = await page.$eval('#cascade-pick', (s) => (s as HTMLSelectElement).options[1]?.value ?? '');
    expect(opt).not.toBe('');
    await page.selectOption('#cascade-pick', opt);
    await page.locator('#chart-provenance').scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-provenance svg .round-head');
    expect(await page.textContent('#chart-provenance .story')).toMatch(/forced selling ran \d+ round/);
    await page.locator('#chart-provenance').screenshot({ path: join(artifacts, 'provenance.png') });
    // The by-asset chart follows the class chosen from a class panel.
    await page.click('#chart-class-sovereign [data-holdings="sovereign"]');
    await page.waitForSelector('#chart-holdings[data-cls="sovereign"]');
    expect(await page.inputValue('#holdings-class')).toBe('sovereign');
    await page.locator('#chart-holdings').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#chart-holdings')?.dataset.drawn) === 1044);
    await page.locator('#s-classes').screenshot({ path: join(artifacts, 'classes.png') });
    await page.locator('#s-water').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'explore-1280.png') });
    expect(perf.frames).toBeGreaterThan(10);
    // Frame times are printed, not asserted: on a loaded machine they measure the load (npm run bench:web).
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the model in the worker only: the main bundle has no engine code, and the worker counted the days', async () => {
    const assets = readdirSync(join(repoRoot, 'dist/assets'));
    const main = assets.filter((f) => f.startsWith('index-') && f.endsWith('.js'));
    const worker = assets.filter((f) => f.includes('worker') && f.endsWith('.js'));
    expect(main.length).toBeGreaterThan(0);
    expect(worker.length).toBe(1);
    // Strings that only the engine contains (scenario defaults, the day stepper).
    for (const f of main) expect(readFileSync(join(repoRoot, 'dist/assets', f), 'utf8')).not.toMatch(/policyPath|capexPath|stepDay/);
    expect(readFileSync(join(repoRoot, 'dist/assets', worker[0]!), 'utf8')).toMatch(/capexPath/);
    // The bare page is ready at day 0 (a link would open computed).
    const { page } = await h.open('');
    await page.click('#step');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '2');
    expect(await page.evaluate(() => 'stepDay' in window || '__crowdoutWorker' in window)).toBe(false);
    const counts = await Promise.all(page.workers().map((w) => w.evaluate(() => (self as unknown as { __crowdoutWorker?: { stepsInWorker: number } }).__crowdoutWorker?.stepsInWorker ?? -1)));
    expect(counts).toContain(2);
    await page.close();
  });

  it('keyboard: space plays and pauses, arrows step forward and back', async () => {
    const { page } = await h.open('');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '21');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#day')?.dataset.t === '20');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#day')?.dataset.t) > 25);
    await page.keyboard.press(' ');
    expect(await page.textContent('#play')).toContain('Play');
    await page.close();
  });
});
