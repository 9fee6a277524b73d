import { describe, expect, it } from 'vitest';
import { validateSpec } from '../../experiments/spec/load';
import { UserError } from '../../experiments/cli/errors';
import { parseShard } from '../../experiments/cluster/shard';
import { cli, ishigamiSpec, tempDir, writeSpec } from './helpers';

const bad = (s: object): string => {
  try {
    validateSpec(s);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('spec was accepted');
};
const base = { name: 'x', model: 'probe', seed: 1, parameters: [{ path: 'a', min: 0, max: 1 }], design: { type: 'lhs', samples: 4 } };

describe('validateSpec(raw)', () => {
  it('names the field of each mistake', () => {
    expect(bad({ ...base, design: { type: 'lhs', samples: -3 } })).toMatch(/design\.samples/);
    expect(bad({ ...base, parameters: [{ path: 'a', min: 2, max: 1 }] })).toMatch(/parameters\[0\]\.max: max \(1\) must be greater than min \(2\)/);
    expect(bad({ ...base, parameters: [{ path: 'a', min: 0, max: 1, log: true }] })).toMatch(/parameters\[0\]\.min: a log-scale range needs min > 0/);
    expect(bad({ ...base, design: { type: 'morris', trajectories: 4, levels: 5 } })).toMatch(/design\.levels: levels must be even/);
    expect(bad({ ...base, design: { type: 'grid' } })).toMatch(/parameters\[0\]\.levels: a grid needs levels/);
    expect(bad({ ...base, replicatse: 3 })).toMatch(/unknown field "replicatse"/);
    expect(bad({ ...base, seed: 1.5 })).toMatch(/^spec: seed:/);
    expect(bad({ ...base, model: 'crowdout' })).toMatch(/base: name a base scenario/);
    expect(bad({ ...base, design: { type: 'sobl', samples: 4 } })).toMatch(/design\.type/);
  });
  it('fills defaults and hashes independently of key order and description', () => {
    const a = validateSpec(base), b = validateSpec({ ...Object.fromEntries(Object.entries(base).reverse()), description: 'words' });
    expect(a.spec.replicates).toBe(1);
    expect(a.hash).toBe(b.hash);
    expect(validateSpec({ ...base, seed: 2 }).hash).not.toBe(a.hash);
  });
});

describe('parseShard(arg, env)', () => {
  it('reads i/n and rejects out-of-range indices', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(() => parseShard('3/3')).toThrow(/out of range 0..2/);
    expect(() => parseShard('1/0')).toThrow(UserError);
    expect(() => parseShard('x')).toThrow(/--shard must be/);
  });
  it('auto reads Slurm, Kubernetes and AWS Batch indices; an explicit count wins', () => {
    expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '8' })).toEqual({ index: 4, count: 8 });
    expect(parseShard('auto/16', { SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_COUNT: '1' })).toEqual({ index: 7, count: 16 });
    expect(parseShard('auto/5', { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 3, count: 5 });
    expect(parseShard('auto', { AWS_BATCH_JOB_ARRAY_INDEX: '1' }, 2)).toEqual({ index: 1, count: 2 });
    expect(() => parseShard('auto', { JOB_COMPLETION_INDEX: '3' })).toThrow(/use --shard auto\/N/);
    expect(() => parseShard('auto', { SLURM_ARRAY_TASK_ID: '16', SLURM_ARRAY_TASK_COUNT: '16' })).toThrow(/--array=0-15/);
    expect(() => parseShard('auto', {})).toThrow(/array job/);
  });
});

describe('crowdout sweep with a bad spec or flag', () => {
  it('exits 2 with a one-line message naming the field or flag, and no stack trace', () => {
    const t = tempDir('badspec');
    try {
      const f = writeSpec(t.dir, 'bad', ishigamiSpec(8, { replicates: 0 }));
      const r = cli(['sweep', f, '--out', `${t.dir}/o`]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/replicates/);
      const r2 = cli(['sweep', f, '--out', `${t.dir}/o`, '--wrokers', '2']);
      expect(r2.code).toBe(2);
      expect(r2.stderr).toMatch(/--wrokers/);
      const r3 = cli(['sweep', writeSpec(t.dir, 'ok', ishigamiSpec(8)), '--out', `${t.dir}/o`, '--shard', '5/4']);
      expect(r3.code).toBe(2);
      expect(r3.stderr).toMatch(/out of range/);
      expect(r3.stderr).not.toMatch(/\s+at /);
    } finally {
      t.done();
    }
  });
});

describe('the example specs in experiments/', () => {
  it('are accepted by the engine: every parameter path, value and metric exists', async () => {
    const { readdirSync } = await import('node:fs');
    const { loadSpecFile } = await import('../../experiments/spec/load');
    const { prepare } = await import('../../experiments/run/prepare');
    const dir = new URL('../../experiments/', import.meta.url).pathname;
    const specs = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'spec.schema.json');
    expect(specs.length).toBeGreaterThanOrEqual(5);
    for (const f of specs) {
      const p = await prepare(loadSpecFile(`${dir}${f}`), f);
      expect(p.plan.runCount, f).toBeGreaterThan(0);
      expect(p.metricColumns.length, f).toBeGreaterThan(0);
    }
    const smoke = await prepare(loadSpecFile(`${dir}smoke.json`));
    expect(smoke.plan.runCount).toBeLessThanOrEqual(20);
  });
  it('spec.schema.json is up to date with the zod schema (regenerate: npx tsx experiments/spec/json-schema.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { specJsonSchema } = await import('../../experiments/spec/json-schema');
    expect(readFileSync(new URL('../../experiments/spec.schema.json', import.meta.url), 'utf8')).toBe(specJsonSchema());
  });
});
