#!/usr/bin/env node
// After `tsc -p tsconfig.lib.json`: give every import in lib/ what Node's ESM loader and
// `moduleResolution: NodeNext` need. The sources import extensionless (`./sweep`, `./stats`), as
// Vite, vitest and tsx allow; Node does not. Relative specifiers get `.js` or `/index.js`, deep
// imports into packages without an export map get the file's extension (`seedrandom/lib/alea.js`),
// and JSON imports get `with { type: 'json' }`. Usage: node scripts/fix-esm-imports.mjs lib
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'lib');
const KNOWN = new Set(['.js', '.mjs', '.cjs', '.json']);

function* files(dir) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith('.js') || p.endsWith('.d.ts')) yield p;
  }
}

function fixRelative(file, spec) {
  if (KNOWN.has(extname(spec))) return spec;
  const base = resolve(dirname(file), spec);
  if (existsSync(`${base}.js`) || existsSync(`${base}.d.ts`)) return `${spec}.js`;
  if (existsSync(join(base, 'index.js')) || existsSync(join(base, 'index.d.ts'))) return `${spec}/index.js`;
  throw new Error(`${file}: cannot resolve ${spec}`);
}

function fixBare(file, spec) {
  const parts = spec.split('/');
  const pkgParts = spec.startsWith('@') ? 2 : 1;
  if (parts.length <= pkgParts || KNOWN.has(extname(spec)) || spec.startsWith('node:')) return spec;
  const require = createRequire(file);
  const pkgName = parts.slice(0, pkgParts).join('/');
  let pkgJson;
  try { pkgJson = JSON.parse(readFileSync(require.resolve(`${pkgName}/package.json`), 'utf8')); } catch { pkgJson = {}; }
  if (pkgJson.exports) return spec; // the package's export map decides
  const resolved = require.resolve(spec);
  return `${spec}${extname(resolved)}`;
}

const SPEC = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2(\s*with\s*\{[^}]*\})?/g;
let changed = 0;
for (const file of files(root)) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(SPEC, (all, lead, q, spec, attrs) => {
    const fixed = spec.startsWith('.') ? fixRelative(file, spec) : fixBare(file, spec);
    const json = file.endsWith('.js') && fixed.endsWith('.json') && !attrs && !lead.includes('(') ? ` with { type: 'json' }` : (attrs ?? '');
    return `${lead}${q}${fixed}${q}${json}`;
  });
  if (out !== text) { writeFileSync(file, out); changed++; }
}
process.stdout.write(`fix-esm-imports: ${changed} files in ${root}\n`);
