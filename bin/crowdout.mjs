#!/usr/bin/env node
// Entry point for `npx crowdout`: registers tsx so the TypeScript CLI runs without a build step.
import { register } from 'tsx/esm/api';
register();
await import(new URL('../experiments/cli/main.ts', import.meta.url).href);
