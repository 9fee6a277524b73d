#!/usr/bin/env node
// `npm run build:lib` (also run by `npm pack` / `npm publish` through prepack): compile sim/,
// scenarios/ and experiments/ to JavaScript and declarations in lib/ (tsconfig.lib.json), make
// their imports valid for Node's ESM loader (fix-esm-imports.mjs), and record the git commit
// the build came from in lib/build-info.json (an installed package has no .git to ask).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
rmSync(`${root}/lib`, { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.lib.json']);
run(process.execPath, ['scripts/fix-esm-imports.mjs', 'lib']);
let gitCommit = null, gitDirty = null;
try {
  gitCommit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  gitDirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
} catch { /* not a git checkout */ }
writeFileSync(`${root}/lib/build-info.json`, `${JSON.stringify({ gitCommit, gitDirty }, null, 2)}\n`);
