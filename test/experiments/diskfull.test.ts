// A sweep that runs out of disk (issue 11), simulated with a file-size limit (ulimit -f: writes
// past it fail with EFBIG, as a full disk fails with ENOSPC): one line, exit 2, no temp files
// left, the manifest marked interrupted, and --resume later finishes with the same result.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot, tempDir, writeSpec } from './helpers';

const cliEntry = fileURLToPath(new URL('./fixtures/cli.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

describe('crowdout sweep on a full disk', () => {
  it('stops in one line, cleans up, marks the manifest interrupted; --resume completes it', () => {
    const t = tempDir('full');
    try {
      const spec = writeSpec(t.dir, 'p', {
        name: 'p', model: 'probe', seed: 5, parameters: [{ path: 'a', min: 0, max: 1 }],
        design: { type: 'lhs', samples: 300 }, outputs: { series: { columns: ['t', 'v'] } }, days: 20,
      });
      const args = ['sweep', spec, '--out', `${t.dir}/d`, '-w', '1', '-q'];
      const quoted = [process.execPath, '--import', tsx, cliEntry, ...args].map((a) => `'${a}'`).join(' ');
      const r = spawnSync('bash', ['-c', `ulimit -f 48; exec ${quoted}`], { cwd: repoRoot, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/disk is full \(EFBIG\) after \d+ of 300 runs; partial files removed, manifest marked interrupted; .*--resume/);
      expect(readdirSync(`${t.dir}/d`).filter((f) => f.includes('.tmp-'))).toEqual([]);
      const m = JSON.parse(readFileSync(`${t.dir}/d/manifest.json`, 'utf8'));
      expect(m.status).toBe('interrupted');
      expect(m.done).toBeGreaterThan(0);
      expect(m.done).toBeLessThan(300);
      const resumed = cli([...args, '--resume']);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(cli(['sweep', spec, '--out', `${t.dir}/ref`, '-w', '1', '-q']).code).toBe(0);
      for (const f of ['runs.csv', 'runs-series.csv']) expect(readFileSync(`${t.dir}/d/${f}`, 'utf8')).toBe(readFileSync(`${t.dir}/ref/${f}`, 'utf8'));
    } finally {
      t.done();
    }
  });

  it('run --out: a write cut short is an error in one line and leaves no file (not a truncated CSV)', () => {
    const t = tempDir('full-run');
    try {
      const bin = `${repoRoot}/bin/crowdout.mjs`;
      const r = spawnSync('bash', ['-c', `ulimit -f 2; exec '${process.execPath}' '${bin}' run baseline --days 200 --out '${t.dir}/s.csv'`], { cwd: repoRoot, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('the disk is full (EFBIG)');
      expect(r.stdout).toBe('');
      expect(existsSync(`${t.dir}/s.csv`)).toBe(false);
      expect(readdirSync(t.dir)).toEqual([]);
    } finally {
      t.done();
    }
  });
});
