// Fuzzing every user-facing input (issue 11): scenario files, --set strings, experiment specs,
// damaged journals and share URLs. Every case must end in a clean run or a one-line refusal
// (exit 2) — never an internal error, a stack trace or a hang — and a resumed or merged sweep
// that succeeds must equal the undamaged one (two sweeps are never mixed).
// (The probe model's test switches spin_ms and exit_worker are never generated: a busy-wait of
// hours or a deliberate worker exit is the probe doing its job, not a finding.)
// FUZZ_RUNS sets the cases per property (40 here; `npm run fuzz` runs 500); FC_SEED replays.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../experiments/cli/run';
import { validate } from '../../experiments/cli/validate';
import { sweep } from '../../experiments/cli/sweep';
import { merge } from '../../experiments/cli/merge';
import { analyze } from '../../experiments/cli/analyze';
import { loadScenario, ScenarioError } from '../../sim/index';
import { MAX_SEED, parseSpec, specToSearch } from '../../web/app/url';
import { call, expectCleanOutcome, fcParams, RUNS, tally } from './harness';
import { LEAF_PATHS, edit, hostileNumber, hostilePath, hostileString, hostileValue, mostly, setPath } from './arbitraries';

const tmp = mkdtempSync(join(tmpdir(), 'crowdout-fuzz-'));
let n = 0;
const fresh = (ext = '') => join(tmp, `c${n++}${ext}`);
afterAll(() => {
  // The fuzzing itself must not have polluted this process (a bug in a generator once did).
  expect(Object.keys(Object.prototype)).toEqual([]);
  rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`fuzz (${RUNS} cases per property): ${Object.entries(tally).map(([k, t]) => `${k} ${t.ok} ran / ${t.refused} refused`).join('; ')}\n`);
});

describe('fuzz: scenario files and --set', () => {
  it('scenario files: a clean short run or one line', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(edit, { maxLength: 4 }),
      fc.option(fc.nat(), { nil: undefined }),
      async (edits, cut) => {
        const obj: Record<string, unknown> = {};
        for (const [p, v] of edits) setPath(obj, p, v);
        let text = JSON.stringify(obj);
        if (cut !== undefined && cut % 4 === 0) text = text.slice(0, cut % (text.length + 1)); // a truncated file
        const f = fresh('.json');
        writeFileSync(f, text);
        expectCleanOutcome('scenario files', await call(run, [f, '--days', '3', '--summary']), `run ${text.slice(0, 200)}`);
      }), fcParams);
  });

  it('--set strings: a valid scenario or one line', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(
        { weight: 5, arbitrary: edit.map(([p, v]) => `${p}=${typeof v === 'string' ? v : JSON.stringify(v)}`) },
        { weight: 1, arbitrary: hostileString },
      ), { minLength: 1, maxLength: 3 }),
      async (sets) => {
        const argv = ['baseline', ...sets.flatMap((s) => ['--set', s])];
        expectCleanOutcome('--set', await call(validate, argv), `validate ${argv.join(' ').slice(0, 200)}`);
      }), fcParams);
  });
});

describe('fuzz: experiment specs', () => {
  const param = fc.oneof(
    fc.record({ path: fc.constantFrom('a', 'b', 'x1', 'x2', 'a', 'b', 'hyperscaler.capexScale', '__proto__', 'a.b'), min: mostly(fc.constantFrom(0, 0.5, 1)), max: mostly(fc.constantFrom(1, 2, 1.5)),
      log: fc.option(fc.boolean(), { nil: undefined }), integer: fc.option(fc.boolean(), { nil: undefined }), levels: fc.option(mostly(fc.integer({ min: 2, max: 4 })), { nil: undefined }) },
    { requiredKeys: ['path', 'min', 'max'] }),
    fc.record({ path: fc.constantFrom('a', 'b', 'pool.rrpUsd'), values: fc.oneof({ weight: 4, arbitrary: fc.array(fc.constantFrom(0, 1, 2, 0.5), { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(fc.oneof(hostileNumber, hostileString, fc.boolean()), { maxLength: 4 }) }) }),
  );
  const design = fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constant('grid') }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('lhs'), samples: mostly(fc.integer({ min: 1, max: 20 })) }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('sobol'), samples: mostly(fc.integer({ min: 2, max: 8 })) }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('morris'), trajectories: mostly(fc.integer({ min: 2, max: 4 })), levels: fc.constantFrom(2, 4, 3, 1e6) }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('list'), rows: fc.array(fc.record({ label: hostileString, set: fc.dictionary(fc.constantFrom('a', 'b', '__proto__', 'pool.rrpUsd'), fc.oneof(hostileNumber, hostileString)) }), { maxLength: 3 }) }) },
    { weight: 1, arbitrary: hostileValue },
  );
  const spec = fc.record({
    name: mostly(fc.constant('fz')),
    model: fc.constantFrom('probe', 'ishigami', 'probe', 'probe', 'crowdout', 'nope'),
    base: fc.option(fc.constantFrom('baseline', 'baseline', 'tightening', '/etc/passwd', 'missing.json'), { nil: undefined }),
    seed: mostly(fc.nat()),
    parameters: fc.array(param, { minLength: 1, maxLength: 3 }),
    design,
    replicates: fc.option(mostly(fc.integer({ min: 1, max: 3 })), { nil: undefined }),
    days: fc.option(fc.constantFrom(1, 2, 5, 0, -1, 1e9, 'x'), { nil: undefined }),
    set: fc.option(fc.dictionary(fc.constantFrom('c', 'c', 'd', 'e', 'f', 'g', '__proto__', 'pool.rrpUsd'), mostly(fc.constantFrom(0, 1, 2e12)), { maxKeys: 2 }), { nil: undefined }),
    outputs: fc.option(fc.record({ metrics: fc.array(fc.oneof(fc.constantFrom('value', '*', '**', `${'*'.repeat(40)}Q`, 'y', 'assets.*.maxDrawdown'), hostileString), { maxLength: 3 }) }), { nil: undefined }),
  }, { requiredKeys: ['name', 'model', 'seed', 'parameters', 'design'] });

  it('specs: a clean (small) sweep or one line', async () => {
    await fc.assert(fc.asyncProperty(spec, fc.nat(7), async (s, inject) => {
      const f = fresh('.json');
      // The crowdout model runs 2 days per run at most here, so a valid spec stays quick.
      const body = s.model === 'crowdout' ? { ...s, days: 2 } : s;
      writeFileSync(f, inject === 0 ? JSON.stringify(body).replace('"seed"', '"__proto__":{"x":1},"seed"') : JSON.stringify(body));
      const r = await call(sweep, [f, '--out', fresh(), '-w', '1', '-q', '--max-runs', '24']);
      expectCleanOutcome('specs', r, `sweep ${JSON.stringify(body).slice(0, 300)}`);
    }), { ...fcParams, numRuns: Math.max(1, Math.round(RUNS / 2)) });
  });
});

describe('fuzz: one mutation of a valid spec', () => {
  const BASES = [
    { name: 'l', model: 'probe', seed: 1, parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'b', values: [1, 2] }], design: { type: 'lhs', samples: 6 }, days: 4 },
    { name: 's', model: 'ishigami', seed: 2, parameters: ['x1', 'x2'].map((path) => ({ path, min: -3, max: 3 })), design: { type: 'sobol', samples: 4 } },
    { name: 'g', model: 'probe', seed: 3, parameters: [{ path: 'a', min: 1, max: 10, levels: 3, log: true }], design: { type: 'grid' }, replicates: 2, outputs: { series: { columns: ['v'] } }, days: 3 },
    { name: 'm', model: 'probe', seed: 4, parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'c', min: 0, max: 4, integer: true }], design: { type: 'morris', trajectories: 2, levels: 4 }, days: 2 },
    { name: 'c', model: 'crowdout', base: 'baseline', seed: 5, design: { type: 'list', rows: [{ label: 'x', set: { 'hyperscaler.capexScale': 1.2 } }, { set: { 'pool.rrpUsd': 1e12 } }] }, days: 2, outputs: { metrics: ['assets.*.maxDrawdown'] } },
  ];
  const FIELDS = ['name', 'model', 'base', 'seed', 'replicates', 'days', 'design', 'design.type', 'design.samples', 'design.levels', 'design.trajectories',
    'design.rows', 'design.rows.0.set', 'design.rows.0.label', 'parameters', 'parameters.0', 'parameters.0.path', 'parameters.0.min', 'parameters.0.max',
    'parameters.0.levels', 'parameters.1.values', 'set', 'set.c', 'set.__proto__', 'outputs', 'outputs.metrics', 'outputs.series.columns', 'outputs.series.stride', 'extra'];
  it('a clean sweep or one line naming the field', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(BASES.length - 1), fc.option(fc.tuple(fc.constantFrom(...FIELDS), hostileValue), { freq: 3, nil: undefined }), async (b, hurt) => {
      const spec = structuredClone(BASES[b]!) as Record<string, unknown>;
      if (hurt) setPath(spec, hurt[0], hurt[1]);
      const f = fresh('.json');
      writeFileSync(f, JSON.stringify(spec));
      expectCleanOutcome('mutated specs', await call(sweep, [f, '--out', fresh(), '-w', '1', '-q', '--max-runs', '40']), `sweep ${JSON.stringify(spec).slice(0, 300)}`);
    }), fcParams);
  });
});

describe('fuzz: damaged sweep directories', () => {
  const ref = join(tmp, 'ref');
  const specFile = join(tmp, 'ref-spec.json');
  let refCsv = '';
  beforeAll(async () => {
    writeFileSync(specFile, JSON.stringify({ name: 'j', model: 'probe', seed: 9, parameters: [{ path: 'a', min: 0, max: 1 }, { path: 'b', values: [1, 2] }],
      design: { type: 'lhs', samples: 10 }, replicates: 2, outputs: { series: { columns: ['v'], stride: 2 } }, days: 6 }));
    expect((await call(sweep, [specFile, '--out', ref, '-w', '1', '-q'])).code).toBe(0);
    refCsv = readFileSync(`${ref}/runs.csv`, 'utf8');
  });

  const FIELDS = ['run', 'seed', 'replicate', 'status', 'set', 'metrics', 'series', 'ms', 'error', 'journal', 'specHash', 'runCount', 'shard', 'extra'];
  const damage = fc.oneof(
    fc.record({ kind: fc.constant('field' as const), line: fc.nat(), field: fc.constantFrom(...FIELDS), value: fc.option(hostileValue, { nil: undefined }) }),
    fc.record({ kind: fc.constant('insert' as const), line: fc.nat(), text: fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v))) }),
    fc.record({ kind: fc.constant('drop' as const), line: fc.nat() }),
    fc.record({ kind: fc.constant('dup' as const), line: fc.nat() }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('manifest' as const), field: fc.constantFrom('specHash', 'runCount', 'shard', 'status', 'done', 'metricColumns', 'format', 'timings'), value: hostileValue }),
  );

  it('resume, merge and analyze of a damaged directory: one line, or exactly the undamaged result', async () => {
    await fc.assert(fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (hurts) => {
      const d = fresh();
      cpSync(ref, d, { recursive: true });
      for (const h of hurts) {
        const lines = readFileSync(`${d}/journal.jsonl`, 'utf8').split('\n');
        const body = lines.slice(0, -1);
        const i = 'line' in h ? h.line % Math.max(1, body.length) : 0;
        if (h.kind === 'field' && body[i]) {
          let rec: unknown;
          try { rec = JSON.parse(body[i]!); } catch { continue; } // an earlier damage made this line junk
          if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) continue;
          const o = rec as Record<string, unknown>;
          if (h.value === undefined) delete o[h.field]; else o[h.field] = h.value;
          body[i] = JSON.stringify(o);
        } else if (h.kind === 'insert') body.splice(i, 0, h.text.replace(/\n/g, ' '));
        else if (h.kind === 'drop') body.splice(i, 1);
        else if (h.kind === 'dup' && body[i]) body.splice(i, 0, body[i]!);
        if (h.kind === 'manifest') {
          const m = JSON.parse(readFileSync(`${d}/manifest.json`, 'utf8'));
          m[h.field] = h.value;
          writeFileSync(`${d}/manifest.json`, JSON.stringify(m));
          continue;
        }
        let text = body.map((l) => `${l}\n`).join('');
        if (h.kind === 'cut') text = text.slice(0, h.at % (text.length + 1));
        writeFileSync(`${d}/journal.jsonl`, text);
      }
      const what = JSON.stringify(hurts).slice(0, 300);
      const m = fresh();
      const merged = await call(merge, [d, '--out', m]);
      expectCleanOutcome('damaged dirs', merged, `merge ${what}`);
      if (merged.code === 0 && !merged.stderr.includes('missing')) expect(readFileSync(`${m}/runs.csv`, 'utf8'), `merged ${what}`).toBe(refCsv);
      expectCleanOutcome('damaged dirs', await call(analyze, [d, '--out', fresh('.csv'), '--bootstrap', '10']), `analyze ${what}`);
      const resumed = await call(sweep, [specFile, '--out', d, '-w', '1', '-q', '--resume']);
      expectCleanOutcome('damaged dirs', resumed, `resume ${what}`);
      if (resumed.code === 0) expect(readFileSync(`${d}/runs.csv`, 'utf8'), `resumed ${what}`).toBe(refCsv);
    }), fcParams);
  });
});

describe('fuzz: share URLs', () => {
  const KEYS = ['scenario', 'seed', 'days', 'set', 'view', 'a', 'b', 'aset', 'bset', 'seeds', 'claim', 'junk'];
  const value = fc.oneof(hostileString, hostileNumber.map(String), fc.constantFrom('9999999999', '4294967295', '4294967296', '-1', '0', 'baseline', 'compare', 'C6'),
    fc.tuple(hostilePath, hostileValue).map(([p, v]) => `${p}=${typeof v === 'string' ? v : JSON.stringify(v)}`));
  it('parse to an error naming a field, or to a spec in the CLI ranges that round-trips and validates', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 5 }), async (pairs) => {
      const q = new URLSearchParams();
      for (const [k, v] of pairs) q.append(k, v);
      const parsed = parseSpec(`?${q.toString()}`);
      const t = (tally.URLs ??= { ok: 0, refused: 0 });
      if (parsed.error) { expect(parsed.error.field).toMatch(/\S/); t.refused++; return; }
      const s = parsed.spec;
      expect(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= MAX_SEED).toBe(true);
      if (s.days !== undefined) expect(Number.isInteger(s.days) && s.days >= 1).toBe(true);
      expect(parseSpec(specToSearch(s)).spec).toEqual(s);
      // What the worker then does with it: a scenario or a ScenarioError naming a field, as the CLI.
      try { loadScenario(s.scenario, s.overrides); t.ok++; } catch (e) {
        expect(e).toBeInstanceOf(ScenarioError);
        expect((e as ScenarioError).field).toMatch(/\S/);
        t.refused++;
      }
      const cliArgs = [s.scenario, ...s.overrides.flatMap((o) => ['--set', o])];
      expectCleanOutcome('URLs via CLI', await call(validate, cliArgs), `validate ${cliArgs.join(' ').slice(0, 200)}`);
    }), fcParams);
  });
  it('leaf paths exist', () => expect(LEAF_PATHS.length).toBeGreaterThan(50));
});
