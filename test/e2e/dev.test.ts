// `npm run dev` serves the same page under the same Content-Security-Policy: it must load, run the
// worker and play with no CSP violations (vite dev injects modules, not inline scripts or styles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { join } from 'node:path';
import { chromiumArgs } from '../../vite.config';
import { chromiumPath } from '../../scripts/chromium';
import { repoRoot } from './harness';

let server: ViteDevServer;
let browser: Browser;
beforeAll(async () => {
  server = await createServer({ configFile: join(repoRoot, 'vite.config.ts'), server: { port: 5183, strictPort: false, hmr: true }, logLevel: 'warn' });
  await server.listen();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
afterAll(async () => { await browser?.close(); await server?.close(); });

describe('the dev server', () => {
  it('serves a page that loads, plays and draws under the CSP with no console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 240_000 });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.topbar')!).position)).toBe('sticky');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#day')?.dataset.t) >= 30, null, { polling: 100 });
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#chart-water')?.dataset.drawn) > 0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
