import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { lookupChromium } from './scripts/chromium.js';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

// Flags verified on this machine kind (TOOLCHAIN.md): without the background-networking
// flags Chromium tries to reach Google hosts, which the closed network refuses.
export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// The page's Content-Security-Policy, also sent as an HTTP header by `vite` and `vite preview`:
// a header (unlike the <meta> copy in index.html) also governs the model worker, whose script
// response carries it, and can forbid framing (frame-ancestors is ignored in <meta>).
export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');
const securityHeaders: Record<string, string> = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };

/** The headers on every response of the dev and preview servers, but not on vitest's browser-mode server (its runner needs inline scripts). */
function securityHeadersPlugin(): Plugin {
  const add = (_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v);
    next();
  };
  return {
    name: 'crowdout-security-headers',
    configureServer(server) {
      if ((server.config as { test?: { browser?: { enabled?: boolean } } }).test?.browser?.enabled) return;
      server.middlewares.use(add);
    },
    configurePreviewServer(server) { server.middlewares.use(add); },
  };
}

// The browser the browser tests launch: scripts/chromium.ts searches CHROMIUM_PATH and the usual places.
const browser = lookupChromium();

export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: '../dist', emptyOutDir: true },
  worker: { format: 'es' },
  // The model worker's dependencies are not reached by Vite's start-up scan (it does not follow
  // `new Worker(new URL(...))`), so on a fresh clone they were found at run time and Vite reloaded
  // the page mid-test (a browser test's hook then timed out). Pre-bundle them up front.
  optimizeDeps: { include: ['seedrandom/lib/alea', 'zod', 'comlink'] },
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [securityHeadersPlugin()],
  test: {
    root: repoRoot,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/need-browser.ts'],
          // Hooks run the engine in a worker (hundreds of days): generous on a loaded 2-core machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                // When there is none, test/need-browser.ts stops the project before the launch.
                executablePath: browser.ok ? browser.path : undefined,
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/need-browser.ts'],
          environment: 'node',
          // Generous: the suite must pass on a loaded 2-core machine (waits are on conditions, not sleeps).
          testTimeout: 600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
