// Shape checks on untrusted JSON before anything recurses into it (merge, clone, structured
// clone to a worker, zod): a depth cap and no key that names a prototype. No imports, so the page
// can run it without pulling the engine into its main bundle.

/** Deeper than any scenario or spec field; a deeper value is a mistake (or an attack on the recursion). */
export const MAX_DEPTH = 32;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

export interface ShapeProblem { field: string; message: string }

/** The first problem, found without recursion, or null. `prefix` names where `v` sits. */
export function shapeProblem(v: unknown, prefix = ''): ShapeProblem | null {
  const stack: [unknown, number, string][] = [[v, 0, prefix]];
  while (stack.length) {
    const [x, depth, path] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (depth >= MAX_DEPTH) return { field: path.length > 80 ? `${path.slice(0, 80)}…` : path || '(scenario)', message: `nested deeper than ${MAX_DEPTH} levels` };
    for (const [k, c] of Object.entries(x)) {
      if (FORBIDDEN.has(k)) return { field: path ? `${path}.${k}` : k, message: `"${k}" is not a parameter name` };
      stack.push([c, depth + 1, path ? `${path}.${k}` : k]);
    }
  }
  return null;
}

/** Where a JSON syntax error is, never what the text says there (errors must not echo file contents). */
export function jsonErrorWhere(e: unknown, text: string): string {
  const m = /position (\d+)/.exec((e as Error).message ?? '');
  if (!m) return text.trim() === '' ? 'the text is empty' : /end of JSON/.test((e as Error).message ?? '') ? 'the text ends before the JSON does' : 'syntax error';
  const pos = Number(m[1]);
  let line = 1, col = 1;
  for (let i = 0; i < pos && i < text.length; i++) { if (text.charCodeAt(i) === 10) { line++; col = 1; } else col++; }
  return `syntax error at line ${line}, column ${col}`;
}
