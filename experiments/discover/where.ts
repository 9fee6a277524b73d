// `--where "M > x"`: one comparison of a metric with a number, parsed (never evaluated as code).
// Accepted operators: > >= < <= == !=. The metric is a dotted name as in runs.csv.
import { UserError } from '../cli/errors';

export type Op = '>' | '>=' | '<' | '<=' | '==' | '!=';
export interface Where { metric: string; op: Op; value: number; text: string }

const RE = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_*]+)*)\s*(>=|<=|==|!=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/;

export function parseWhere(text: string): Where {
  const m = RE.exec(text);
  if (!m) throw new UserError(`--where "${text}": expected METRIC OP NUMBER, e.g. "derived.exhaustionDayOrEnd < 600" (OP one of > >= < <= == !=)`);
  return { metric: m[1]!, op: m[2] as Op, value: Number(m[3]), text: text.trim() };
}

export function holds(w: Where, x: number): boolean {
  switch (w.op) {
    case '>': return x > w.value;
    case '>=': return x >= w.value;
    case '<': return x < w.value;
    case '<=': return x <= w.value;
    case '==': return x === w.value;
    case '!=': return x !== w.value;
  }
}
