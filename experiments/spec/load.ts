// Reading and validating experiment specs. Errors are UserErrors naming the file and the field.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { UserError } from '../cli/errors';
import { specSchema, type ExperimentSpec } from './schema';

export interface LoadedSpec {
  spec: ExperimentSpec;
  /** Directory that relative scenario paths in the spec are resolved against. */
  dir: string;
  /** sha256 of the canonical JSON of the validated spec (defaults filled in). */
  hash: string;
}

/** `parameters[1].max`, `design.samples` */
export function formatPath(p: readonly PropertyKey[]): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(root)';
}

type Issue = z.core.$ZodIssue;
/** A union that matched no branch: report the branch that got furthest (deepest path), e.g. the bad field of an object entry. */
function deepest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return issue;
  const inner = issue.errors.flat().map(deepest).sort((a, b) => b.path.length - a.path.length)[0];
  return inner && inner.path.length > 0 ? { ...inner, path: [...issue.path, ...inner.path] } as Issue : issue;
}

function firstIssue(err: z.ZodError, label: string): UserError {
  const issues = [...err.issues].sort((a, b) => b.path.length - a.path.length);
  const issue = err.issues.find((i) => i.code !== 'invalid_union') ?? deepest(issues[0]!);
  const field = formatPath(issue.path);
  let msg = issue.message;
  if (issue.code === 'unrecognized_keys') msg = `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const more = err.issues.length > 1 ? ` (and ${err.issues.length - 1} more)` : '';
  const e = new UserError(`${label}: ${field}: ${msg}${more}`);
  (e as UserError & { field?: string }).field = field;
  return e;
}

/** Key-sorted JSON, so hashes do not depend on key order in the file. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Validate a spec object. `label` names it in errors (a file path, or "spec"). */
export function validateSpec(raw: unknown, label = 'spec', dir = process.cwd()): LoadedSpec {
  const r = specSchema.safeParse(raw);
  if (!r.success) throw firstIssue(r.error, label);
  const { $schema: _s, description: _d, ...rest } = r.data;
  return { spec: r.data, dir, hash: sha256(canonicalJson(rest)) };
}

/** Read and validate a spec file. */
export function loadSpecFile(file: string): LoadedSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`cannot read spec file ${file}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  return validateSpec(raw, file, dirname(resolve(file)));
}
