// The browser and e2e projects stop before any test when there is no browser: one line from
// test/need-browser.ts, exit 1, instead of every test failing in playwright's launch.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../experiments/helpers';

describe('vitest without a browser', () => {
  for (const project of ['browser', 'e2e']) {
    it(`the ${project} project stops in one line naming the problem`, () => {
      const absent = join(repoRoot, 'no-such-chromium');
      const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project], {
        cwd: repoRoot, env: { ...process.env, CHROMIUM_PATH: absent, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000,
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toEqual([`crowdout: CHROMIUM_PATH=${absent} is not an executable file: point it at a Chromium or Chrome executable, or unset it to use the one on PATH`]);
      expect(r.stdout).not.toMatch(/✓|×|Test Files/);
    }, 130_000);
  }
});
