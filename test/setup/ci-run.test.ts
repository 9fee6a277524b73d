// .ci/run runs exactly the README's test command, so what a new user types is what CI checks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../experiments/helpers';

describe('.ci/run and the README', () => {
  it('run the same test command, which includes the set-up', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const commands = [...readme.matchAll(/```sh\n([^\n]*npm test[^\n]*)\n```/g)].map((m) => m[1]);
    expect(commands).toEqual(['npm ci && npm run setup && npm test']);
    const ci = readFileSync(join(repoRoot, '.ci/run'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(ci.at(-1)).toBe(commands[0]);
  });
});
