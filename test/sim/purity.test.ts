// sim/ must be deterministic and host-independent: no ambient randomness, clocks, timers, DOM or
// Node APIs, and no engine-approximated Math functions (their last bit may differ between V8
// versions; sim/math.ts has exact ports). Scans the source text of every .ts file under sim/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SIM = fileURLToPath(new URL('../../sim/', import.meta.url));

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/**
 * Split source into `code` (comments blanked, string contents kept) and `bare` (comments and
 * string/template text blanked; template `${…}` expressions kept). Newlines are preserved so
 * offsets map to the same line numbers. Regex literals are recognised after an operator or
 * keyword position, so a quote inside a regex does not open a string.
 */
export function strip(src: string): { code: string; bare: string } {
  let code = '', bare = '';
  const blank = (c: string) => (c === '\n' ? '\n' : ' ');
  const braceStack: number[] = []; // template nesting: brace depth at which a `${` was opened
  let depth = 0;
  let i = 0;
  const prevSignificant = () => { const m = /\S(?=\s*$)/.exec(code); return m ? m[0] : ''; };
  const prevWord = () => { const m = /([A-Za-z_$][\w$]*)\s*$/.exec(code); return m ? m[1]! : ''; };
  const template = () => {
    // at a backtick or at the closing brace of a `${`: consume template text up to `${` or closing backtick
    code += src[i]; bare += src[i] === '`' ? '`' : '}'; i++;
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\') { code += c + (src[i + 1] ?? ''); bare += blank(c) + blank(src[i + 1] ?? ' '); i += 2; continue; }
      if (c === '`') { code += c; bare += c; i++; return; }
      if (c === '$' && src[i + 1] === '{') { code += '${'; bare += '${'; i += 2; braceStack.push(depth); depth++; return; }
      code += c; bare += blank(c); i++;
    }
  };
  while (i < src.length) {
    const c = src[i]!, n = src[i + 1];
    if (c === '/' && n === '/') { while (i < src.length && src[i] !== '\n') { code += ' '; bare += ' '; i++; } continue; }
    if (c === '/' && n === '*') {
      while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) { code += blank(src[i]!); bare += blank(src[i]!); i++; }
      code += '  '; bare += '  '; i += 2; continue;
    }
    if (c === "'" || c === '"') {
      code += c; bare += c; i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\') { code += src[i]! + (src[i + 1] ?? ''); bare += '  '; i += 2; continue; }
        code += src[i]; bare += ' '; i++;
      }
      code += src[i] ?? ''; bare += src[i] ?? ''; i++; continue;
    }
    if (c === '`') { template(); continue; }
    if (c === '/') {
      const p = prevSignificant(), w = prevWord();
      const regexStart = p === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(p) || /^(return|typeof|case|in|of|new|delete|void|throw|else|yield|await)$/.test(w);
      if (regexStart) {
        let inClass = false;
        code += c; bare += c; i++;
        while (i < src.length && src[i] !== '\n') {
          const r = src[i]!;
          if (r === '\\') { code += r + (src[i + 1] ?? ''); bare += '  '; i += 2; continue; }
          if (r === '[') inClass = true; else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          code += r; bare += ' '; i++;
        }
        code += src[i] ?? ''; bare += src[i] ?? ''; i++; continue;
      }
    }
    if (c === '{') depth++;
    if (c === '}') {
      depth--;
      if (braceStack.length && braceStack[braceStack.length - 1] === depth) { braceStack.pop(); template(); continue; }
    }
    code += c; bare += c; i++;
  }
  return { code, bare };
}

interface Rule { name: string; re: RegExp; why: string }

const APPROX_MATH = ['exp', 'log', 'pow', 'sin', 'cos', 'tan', 'tanh', 'expm1', 'log1p', 'cbrt', 'atan2', 'hypot',
  'log2', 'log10', 'sinh', 'cosh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh', 'random'];

const NOT_PROPERTY = '(?<![.\\w$])';
const RULES: Rule[] = [
  { name: 'Math.random', re: /\bMath\s*\.\s*random\b/g, why: 'ambient randomness: use the run\'s seeded Rng' },
  { name: 'approximated Math', re: new RegExp(`\\bMath\\s*\\.\\s*(${APPROX_MATH.filter((f) => f !== 'random').join('|')})\\b`, 'g'), why: 'implementation-approximated: use sim/math.ts' },
  { name: 'Math[...] access', re: /\bMath\s*\[/g, why: 'computed Math access hides which function is called' },
  { name: 'Date', re: new RegExp(`${NOT_PROPERTY}Date\\b`, 'g'), why: 'wall clock / host time zone: use sim/calendar.ts day numbers' },
  { name: 'performance', re: new RegExp(`${NOT_PROPERTY}performance\\s*\\.`, 'g'), why: 'wall clock' },
  { name: 'timers', re: new RegExp(`${NOT_PROPERTY}(setTimeout|setInterval|setImmediate|queueMicrotask|requestAnimationFrame)\\b`, 'g'), why: 'scheduling is not part of a run' },
  // globalThis anywhere; the DOM globals when used as objects (a parameter named `window` is fine).
  { name: 'DOM/global object', re: new RegExp(`${NOT_PROPERTY}globalThis\\b|${NOT_PROPERTY}(?:typeof\\s+)(?:document|window|self|navigator)\\b|${NOT_PROPERTY}(?:document|window|self|navigator|localStorage|sessionStorage|location)\\s*[.[]`, 'g'), why: 'sim/ runs in Node, workers and the browser alike' },
  { name: 'process', re: new RegExp(`${NOT_PROPERTY}process\\s*\\.`, 'g'), why: 'Node-only global' },
  { name: 'crypto', re: new RegExp(`${NOT_PROPERTY}crypto\\s*\\.`, 'g'), why: 'ambient randomness' },
  { name: 'require', re: new RegExp(`${NOT_PROPERTY}require\\s*\\(`, 'g'), why: 'CommonJS / Node loading' },
  { name: 'eval', re: new RegExp(`${NOT_PROPERTY}(eval\\s*\\(|new\\s+Function\\b)`, 'g'), why: 'generated code needs a CSP exception in the browser' },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const ALLOWED_BARE = [/^zod$/, /^seedrandom\/lib\/alea$/];

function importSpecifiers(code: string): Array<{ spec: string; index: number }> {
  const out: Array<{ spec: string; index: number }> = [];
  const re = /\b(?:import|export)\s*(?:type\s+)?(?:[^'"`;]*?\sfrom\s*)?(['"])([^'"]+)\1|\bimport\s*\(\s*(['"])([^'"]+)\3\s*\)/g;
  for (let m; (m = re.exec(code));) out.push({ spec: m[2] ?? m[4]!, index: m.index });
  return out;
}

const lineOf = (src: string, index: number) => src.slice(0, index).split('\n').length;

/** Violations in one source text (exported shape used by the self-test below). */
function scan(src: string): string[] {
  const { code, bare } = strip(src);
  const found: string[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (let m; (m = r.re.exec(bare));) found.push(`line ${lineOf(bare, m.index)}: ${r.name} (${m[0].trim()}): ${r.why}`);
  }
  // x ** y is Math.pow: allowed only between integer literals (exact powers such as 2 ** 52).
  for (let j = bare.indexOf('**'); j >= 0; j = bare.indexOf('**', j + 2)) {
    const left = /(?:^|[^\w$.])\d+\s*$/.test(bare.slice(Math.max(0, j - 40), j));
    const right = /^\s*\d+(?![\w$.])/.test(bare.slice(j + 2, j + 42));
    if (!(left && right)) found.push(`line ${lineOf(bare, j)}: ** operator: x ** y is Math.pow: use sim/math.ts pow`);
  }
  for (const { spec, index } of importSpecifiers(code)) {
    if (spec.startsWith('.')) continue;
    if (NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]!) || spec.startsWith('node:')) {
      found.push(`line ${lineOf(code, index)}: Node built-in import "${spec}"`);
    } else if (!ALLOWED_BARE.some((re) => re.test(spec))) {
      found.push(`line ${lineOf(code, index)}: package import "${spec}" is not on sim/'s allow-list (zod, seedrandom/lib/alea)`);
    }
  }
  return found;
}

describe('sim/ purity', () => {
  const files = tsFiles(SIM);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('model.ts'))).toBe(true);
  });

  it.each(files.map((f) => [relative(SIM, f), f] as const))('%s is deterministic and host-independent', (_name, file) => {
    expect(scan(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('purity scanner (self-test)', () => {
  const bad: Array<[string, string]> = [
    ['const x = Math.random();', 'Math.random'],
    ['const y = Math.exp(2) + Math.log(3);', 'approximated Math'],
    ['const y = Math .pow(2, 0.5);', 'approximated Math'],
    ['const t = Math.tanh(x), h = Math.hypot(a, b), c = Math.cbrt(z), q = Math.atan2(1, 2);', 'approximated Math'],
    ['const y = Math.expm1(x) + Math.log1p(x) + Math.sin(x) + Math.cos(x) + Math.tan(x);', 'approximated Math'],
    ['const now = Date.now();', 'Date'],
    ['const d = new Date(0);', 'Date'],
    ['setTimeout(() => 0, 1);', 'timers'],
    ['queueMicrotask(f); setInterval(f, 9);', 'timers'],
    ['const w = window.innerWidth;', 'DOM/global object'],
    ['document.body.append(x);', 'DOM/global object'],
    ['self.postMessage(1);', 'DOM/global object'],
    ['const g = globalThis.foo;', 'DOM/global object'],
    ["if (typeof window !== 'undefined') f();", 'DOM/global object'],
    ['const v = self[0];', 'DOM/global object'],
    ['if (process.env.X) {}', 'process'],
    ['const v = a ** b;', '** operator'],
    ['const v = x ** 2;', '** operator'],
    ['const v = 2 ** k;', '** operator'],
    ['const v = 2.5 ** 3;', '** operator'],
    ['const f = `${Math.exp(1)}`;', 'approximated Math'],
  ];
  it.each(bad)('flags %s', (src, rule) => {
    const v = scan(src);
    expect(v.length, `no violation reported for: ${src}`).toBeGreaterThan(0);
    expect(v.join('\n')).toContain(rule);
  });

  it.each([
    "import { readFileSync } from 'node:fs';",
    "import fs from 'fs';",
    "import { join } from 'path';",
    "export { x } from 'node:path';",
    "const m = await import('worker_threads');",
    "import seedrandom from 'seedrandom';",
  ])('flags the import in %s', (src) => {
    expect(scan(src).length).toBeGreaterThan(0);
  });

  it.each([
    'const y = Math.sqrt(x) + Math.abs(x) + Math.round(x) + Math.floor(x) + Math.min(a, b) + Math.max(a, b);',
    '// Math.exp and Date.now() in a comment are fine',
    '/* setTimeout(window.x) in a block comment */ const z = 1;',
    "const msg = 'Math.exp is not allowed; see process.env and Date';",
    'const t = `the Date of ${s.startDate} and window ${w}`;',
    'const lim = 2 ** 52;',
    'const re = /^\\d{4}-\\d{2}$/; const q = "it\'s";',
    "const r = /['\"]/.test(s); const k = Math.LN2;",
    'const o = { startDate: 1, endDate: 2 }; const e = s.exhaustionDate; x.self = 1;',
    'function roll(x: number[], window: number) { return x.slice(window - 1); }',
    "import { z } from 'zod';\nimport alea from 'seedrandom/lib/alea';\nimport { log } from './math';",
    '/** Doc: x ** y and Math.pow(x, y) */ const a = b * c;',
  ])('accepts %s', (src) => {
    expect(scan(src)).toEqual([]);
  });
});
