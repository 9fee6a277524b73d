// Run the crowdout CLI as a child process (the reference the page must reproduce).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './harness';

export function cli(args: string[]): Promise<string> {
  return new Promise((res, rej) => {
    execFile(process.execPath, [join(repoRoot, 'bin/crowdout.mjs'), ...args], { cwd: repoRoot, timeout: 120_000, maxBuffer: 32e6 },
      (err, stdout, stderr) => (err ? rej(new Error(`${err.message}\n${stderr}`)) : res(stdout)));
  });
}
