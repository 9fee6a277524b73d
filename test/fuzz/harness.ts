// In-process CLI calls for the fuzz suite: a subcommand's function is called as bin/crowdout.mjs
// would call it, with stdout and stderr captured, so thousands of cases need no process spawns.
// The verdict every case must meet: exit 0, or exit 2 with one line naming something; never exit
// 1 (an internal error), never a stack trace.
import { expect } from 'vitest';

export interface Outcome { code: number; stdout: string; stderr: string }

/** Cases per property: small by default (npm test stays fast), FUZZ_RUNS for `npm run fuzz`. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** fast-check parameters shared by every property (FC_SEED replays a failure). */
export const fcParams = { numRuns: RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };

/** Tally of outcomes per suite, printed at the end (the counts go in the issue note). */
export const tally: Record<string, { ok: number; refused: number }> = {};

export async function call(cmd: (argv: string[]) => Promise<number>, argv: string[]): Promise<Outcome> {
  const out: string[] = [], err: string[] = [];
  const o = process.stdout.write, e = process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => { out.push(String(s)); return true; }) as typeof o;
  process.stderr.write = ((s: string | Uint8Array) => { err.push(String(s)); return true; }) as typeof e;
  try {
    const code = await cmd(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

/** Exit 0, or exit 2 with exactly one line and no stack; counts the outcome under `suite`. */
export function expectCleanOutcome(suite: string, r: Outcome, what: string): void {
  const t = (tally[suite] ??= { ok: 0, refused: 0 });
  expect(r.stderr, `${what}: no stack trace`).not.toMatch(/^\s+at\s/m);
  expect([0, 2], `${what}: exit code (stderr: ${r.stderr.slice(0, 400)})`).toContain(r.code);
  if (r.code === 2) {
    expect(r.stderr.trimEnd().split('\n'), `${what}: one line`).toHaveLength(1);
    expect(r.stderr).toMatch(/^crowdout \S+: \S/);
    t.refused++;
  } else t.ok++;
}
