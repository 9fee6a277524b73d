#!/usr/bin/env node
// Entry point for `npx crowdout`. In a checkout (the TypeScript sources are present) it registers
// tsx and runs them, so there is no build step; an installed package runs the compiled lib/.
import { existsSync } from 'node:fs';

const source = new URL('../experiments/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../lib/experiments/cli/main.js', import.meta.url).href);
}
