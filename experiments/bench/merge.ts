// `npm run bench:merge`: the cost of `crowdout merge` for a large sweep (default 10^5 runs in 16
// shards), wall time and peak memory of the merge process, so a cluster job can be sized.
//
// Running 10^5 engine runs for this takes hours on two cores, so the shard directories are
// synthesised: the spec is a real engine spec (baseline, LHS over two parameters, every summary
// metric kept), checked by the same `prepare` as a sweep; ONE real run gives the metrics record,
// and each run's journal line is that record with the design's own run index, seed, replicate and
// parameter values and its numbers scaled by a run-dependent factor (so the columns are not
// constant). merge then checks every record against the design as it would for real shards, and
// writes the same tables. The merge runs as a child process under /usr/bin/time (peak RSS).
// Options: --runs N (default 100000), --shards N (default 16), --keep (leave the directory), --json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateSpec } from '../spec/load';
import { prepare } from '../run/prepare';
import { createRunner, type RunRecord } from '../run/runner';
import { runInfo } from '../design/expand';
import { headerLine, journalHeader } from '../io/journal';
import { crowdoutVersion, writeManifest, type Manifest } from '../io/manifest';

function usage(msg: string): never { process.stderr.write(`bench:merge: ${msg}\n`); process.exit(2); }
let a: { runs?: string; shards?: string; keep?: boolean; json?: boolean };
try {
  a = parseArgs({ args: process.argv.slice(2), strict: true, options: { runs: { type: 'string' }, shards: { type: 'string' }, keep: { type: 'boolean' }, json: { type: 'boolean' } } }).values;
} catch (e) { usage(`${(e as Error).message.split('\n')[0]} (options: --runs N --shards N --keep --json)`); }
const posInt = (name: string, v: string | undefined, dflt: number): number => {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1) usage(`--${name} must be a positive integer (got "${v}")`);
  return Number(v);
};
const RUNS = posInt('runs', a.runs, 100_000), SHARDS = posInt('shards', a.shards, 16);
const say = (line = '') => (a.json ? process.stderr : process.stdout).write(`${line}\n`);
const bin = fileURLToPath(new URL('../../bin/crowdout.mjs', import.meta.url));
const du = (p: string): number => statSync(p).isDirectory() ? readdirSync(p).reduce((s, f) => s + du(join(p, f)), 0) : statSync(p).size;

const spec = {
  name: 'bench-merge', base: 'baseline', seed: 1,
  parameters: [{ path: 'hyperscaler.capexScale', min: 0.5, max: 2 }, { path: 'hedge_fund.leverage.max', min: 2, max: 8 }],
  design: { type: 'lhs', samples: RUNS },
};
const loaded = validateSpec(spec);
const prep = await prepare(loaded, 'bench-merge spec', Math.max(RUNS, 1_000_000));
const { plan } = prep;
const template: RunRecord = (await createRunner(prep))(0);
if (template.status !== 'ok') throw new Error(`the template run failed: ${template.error}`);

const root = mkdtempSync(join(tmpdir(), 'crowdout-bench-merge-'));
try {
  const tGen = performance.now();
  const specText = `${JSON.stringify(loaded.spec, null, 2)}\n`;
  const now = new Date().toISOString();
  for (let s = 0; s < SHARDS; s++) {
    const dir = join(root, `shard-${String(s).padStart(4, '0')}`);
    mkdirSync(dir);
    const shard = { index: s, count: SHARDS };
    const mine: number[] = [];
    for (let k = s; k < plan.runCount; k += SHARDS) mine.push(k);
    writeFileSync(join(dir, 'spec.json'), specText);
    const fd = openSync(join(dir, 'journal.jsonl'), 'w');
    writeSync(fd, headerLine(journalHeader(prep.specHash, plan.runCount, shard)));
    let buf: string[] = [];
    for (const k of mine) {
      const info = runInfo(loaded.spec, plan, k);
      const f = 1 + ((k * 2654435761) % 1000) / 1e4; // a run-dependent scale, so no column is constant
      const metrics = Object.fromEntries(Object.entries(template.metrics!).map(([c, v]) => [c, typeof v === 'number' && Number.isFinite(v) ? v * f : v]));
      const rec: RunRecord = { run: k, seed: info.seed, replicate: info.replicate, status: 'ok', set: plan.points[info.point]!.set, metrics, ms: template.ms };
      buf.push(`${JSON.stringify(rec)}\n`);
      if (buf.length >= 2000) { writeSync(fd, buf.join('')); buf = []; }
    }
    writeSync(fd, buf.join(''));
    closeSync(fd);
    const m: Manifest = {
      format: 'crowdout-sweep/1', name: loaded.spec.name, specHash: prep.specHash, scenarioHash: prep.scenarioHash,
      masterSeed: loaded.spec.seed, crowdoutVersion: crowdoutVersion(), gitCommit: null, gitDirty: null,
      nodeVersion: process.version, platform: `${process.platform}-${process.arch}`,
      runCount: plan.runCount, shard, shardRunCount: mine.length,
      paramColumns: plan.paramColumns, designColumns: plan.designColumns,
      metricColumns: prep.metricColumns, seriesColumns: prep.seriesColumns,
      status: 'complete', done: mine.length, failed: 0,
      timings: { startedAt: now, finishedAt: now, wallMs: 0, runMs: mine.length * template.ms, sessions: [{ startedAt: now, wallMs: 0, runs: mine.length, workers: 1 }] },
    };
    writeManifest(dir, m);
  }
  const genS = (performance.now() - tGen) / 1000;
  const shards = readdirSync(root).filter((d) => d.startsWith('shard-')).map((d) => join(root, d));
  const input = shards.reduce((s, d) => s + du(d), 0);
  say(`bench:merge: ${plan.runCount} runs in ${SHARDS} synthetic shards (${prep.metricColumns.length} metric columns, ${(input / 2 ** 20).toFixed(0)} MiB of journals), written in ${genS.toFixed(1)} s`);
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, bin, 'merge', ...shards, '--out', join(root, 'merged')], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const m = r.stderr.match(/TIME ([\d.]+) (\d+)/);
  if (r.status !== 0 || !m) throw new Error(`merge failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const wallS = Number(m[1]), peakMiB = Number(m[2]) / 1024;
  const output = du(join(root, 'merged'));
  say(`merge: ${wallS.toFixed(1)} s wall, peak RSS ${peakMiB.toFixed(0)} MiB; output ${(output / 2 ** 20).toFixed(0)} MiB (${readdirSync(join(root, 'merged')).join(', ')})`);
  if (a.json) process.stdout.write(`${JSON.stringify({ runs: plan.runCount, shards: SHARDS, metricColumns: prep.metricColumns.length, inputBytes: input, outputBytes: output, wallS, peakRssMiB: peakMiB, node: process.version })}\n`);
} finally {
  if (a.keep) say(`kept ${root}`); else rmSync(root, { recursive: true, force: true });
}
