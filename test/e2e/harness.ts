// Shared e2e harness: build the page once with vite's API, serve it with vite's preview server,
// and drive it with playwright-core in the Chromium scripts/chromium.ts finds (fresh user-data-dir, no
// background networking). Collects console errors and page errors for the tests to assert on.
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from '../../vite.config';
import { chromiumPath } from '../../scripts/chromium';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const artifacts = join(repoRoot, 'test/artifacts');

export interface Harness { base: string; ctx: BrowserContext; close(): Promise<void>; open(path?: string, viewport?: { width: number; height: number }): Promise<OpenPage> }
export interface OpenPage { page: Page; errors: string[] }

let built: Promise<unknown> | null = null;

export async function startHarness(port = 4173): Promise<Harness> {
  built ??= build({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  await built;
  const server: PreviewServer = await preview({ configFile: join(repoRoot, 'vite.config.ts'), preview: { host: '127.0.0.1', port, strictPort: false }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  const dir = await mkdtemp(join(tmpdir(), 'crowdout-e2e-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(), headless: true, args: chromiumArgs,
    viewport: { width: 1280, height: 800 }, acceptDownloads: true,
  });
  await mkdir(artifacts, { recursive: true });
  return {
    base, ctx,
    async open(path = '', viewport) {
      const page = await ctx.newPage();
      if (viewport) await page.setViewportSize(viewport);
      // The machine may be loaded (other jobs, two busy loops): waits are on conditions, with room.
      page.setDefaultTimeout(120_000);
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) errors.push(`off-origin request: ${r.url()}`); });
      await page.goto(new URL(path, base).href);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      await idle(page);
      return { page, errors };
    },
    async close() {
      await ctx.close();
      await new Promise<void>((res) => server.httpServer.close(() => res()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Wait until the page is not computing (a link opens computed; a slider change catches up). */
export async function idle(page: Page, timeout = 180_000): Promise<void> {
  await page.waitForFunction(() => !document.body.dataset.busy, null, { timeout, polling: 100 });
}

/** Play until the day counter reaches at least `t` (or the run ends). A run already there is left as it is. */
export async function playUntil(page: Page, t: number, timeout = 180_000): Promise<number> {
  await idle(page);
  const now = Number(await page.getAttribute('#day', 'data-t'));
  if (now >= t || (await page.getAttribute('#day', 'data-state')) === 'end') return now;
  await page.click('#play');
  await page.waitForFunction((n) => {
    const day = document.querySelector<HTMLElement>('#day');
    return Number(day?.dataset.t ?? 0) >= n || day?.dataset.state === 'end' || day?.dataset.state === 'paused';
  }, t, { timeout, polling: 100 });
  if ((await page.textContent('#play'))?.includes('Pause')) await page.click('#play');
  return Number(await page.getAttribute('#day', 'data-t'));
}
