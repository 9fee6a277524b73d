// PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999, Statistics and Computing 9:123),
// as used for scenario discovery (Bryant & Lempert 2010, Technol. Forecast. Soc. Change 77:34; the
// EMA Workbench's prim module): find a box in parameter space where the runs of interest are dense.
// Peeling: from the whole space, repeatedly cut off the `alpha` share of the remaining points at
// one end of one numeric parameter (or drop one category of a categorical one), choosing the cut
// that leaves the highest density of cases, until the box holds less than `massMin` of the runs.
// Every step is a box on the peeling trajectory; `coverage` = cases in the box / all cases,
// `density` = cases in the box / runs in the box, `mass` = runs in the box / all runs.
// Further boxes come from covering: the runs inside a chosen box are removed and PRIM runs again.

export type Value = number | string;
export interface PrimInput { names: readonly string[]; X: readonly (readonly Value[])[]; y: readonly boolean[] } // X[row][param]

/** Restriction on one parameter: a numeric interval or a set of kept categories. */
export type Limit = { kind: 'range'; lo: number; hi: number } | { kind: 'set'; keep: Value[] };
export interface Box { limits: Limit[]; coverage: number; density: number; mass: number; n: number; cases: number; restricted: string[] }

export interface PrimOptions { alpha?: number; massMin?: number }

function fullLimits(inp: PrimInput, rows: number[]): Limit[] {
  return inp.names.map((_, j) => {
    const vs = rows.map((r) => inp.X[r]![j]!);
    if (vs.every((v) => typeof v === 'number')) return { kind: 'range', lo: Math.min(...(vs as number[])), hi: Math.max(...(vs as number[])) };
    return { kind: 'set', keep: [...new Set(vs)].sort((a, b) => String(a).localeCompare(String(b))) };
  });
}

const inLimit = (l: Limit, v: Value): boolean => (l.kind === 'range' ? (v as number) >= l.lo && (v as number) <= l.hi : l.keep.includes(v));

function describe(inp: PrimInput, rows: number[], limits: Limit[], full: Limit[], totalCases: number, total: number): Box {
  const cases = rows.filter((r) => inp.y[r]).length;
  const restricted = inp.names.filter((_, j) => {
    const a = limits[j]!, b = full[j]!;
    return a.kind === 'range' && b.kind === 'range' ? a.lo > b.lo || a.hi < b.hi : a.kind === 'set' && b.kind === 'set' && a.keep.length < b.keep.length;
  });
  return { limits, coverage: totalCases ? cases / totalCases : 0, density: rows.length ? cases / rows.length : 0, mass: rows.length / total, n: rows.length, cases, restricted };
}

/** The peeling trajectory over `rows` (the whole data set, or what covering left). */
export function peel(inp: PrimInput, rows: number[] = inp.X.map((_, i) => i), o: PrimOptions = {}): Box[] {
  const alpha = o.alpha ?? 0.05, massMin = o.massMin ?? 0.05;
  const total = rows.length, totalCases = rows.filter((r) => inp.y[r]).length;
  const full = fullLimits(inp, rows);
  let limits = full.map((l) => ({ ...l })) as Limit[];
  let inBox = [...rows];
  const traj = [describe(inp, inBox, limits, full, totalCases, total)];
  for (;;) {
    let best: { rows: number[]; limits: Limit[]; density: number } | undefined;
    inp.names.forEach((_, j) => {
      const l = limits[j]!;
      const candidates: Limit[] = [];
      if (l.kind === 'range') {
        const vs = inBox.map((r) => inp.X[r]![j] as number).sort((a, b) => a - b);
        const k = Math.max(1, Math.floor(alpha * vs.length));
        const lo = vs[k]!, hi = vs[vs.length - 1 - k]!;
        // Cut below the alpha quantile (points strictly below it go) or above the 1 - alpha quantile.
        if (lo > l.lo) candidates.push({ kind: 'range', lo, hi: l.hi });
        if (hi < l.hi) candidates.push({ kind: 'range', lo: l.lo, hi });
      } else if (l.keep.length > 1) {
        for (const c of l.keep) candidates.push({ kind: 'set', keep: l.keep.filter((v) => v !== c) });
      }
      for (const c of candidates) {
        const kept = inBox.filter((r) => inLimit(c, inp.X[r]![j]!));
        if (kept.length === inBox.length || kept.length < massMin * total) continue;
        const density = kept.filter((r) => inp.y[r]).length / kept.length;
        // Ties: prefer the cut that removes fewer runs (more patient).
        if (!best || density > best.density + 1e-12 || (Math.abs(density - best.density) <= 1e-12 && kept.length > best.rows.length)) {
          const next = [...limits]; next[j] = c;
          best = { rows: kept, limits: next, density };
        }
      }
    });
    if (!best) break;
    limits = best.limits; inBox = best.rows;
    traj.push(describe(inp, inBox, limits, full, totalCases, total));
  }
  return traj;
}

/** The box a trajectory offers: the first (widest) one reaching `threshold` density, else the densest. */
export function chooseBox(traj: readonly Box[], threshold: number): Box {
  return traj.find((b) => b.density >= threshold) ?? [...traj].sort((a, b) => b.density - a.density || b.coverage - a.coverage)[0]!;
}

export interface Discovery { trajectories: Box[][]; boxes: Box[] }

/** Up to `count` boxes by covering: after each box, its runs are removed and PRIM runs on the rest. */
export function discover(inp: PrimInput, count: number, threshold: number, o: PrimOptions = {}): Discovery {
  let rows = inp.X.map((_, i) => i);
  const trajectories: Box[][] = [], boxes: Box[] = [];
  const totalCases = rows.filter((r) => inp.y[r]).length;
  for (let b = 0; b < count && rows.some((r) => inp.y[r]); b++) {
    const traj = peel(inp, rows, o);
    const box = chooseBox(traj, threshold);
    // Report coverage against all cases, not only those left by covering.
    const inside = rows.filter((r) => box.limits.every((l, j) => inLimit(l, inp.X[r]![j]!)));
    const cases = inside.filter((r) => inp.y[r]).length;
    boxes.push({ ...box, coverage: totalCases ? cases / totalCases : 0, mass: inside.length / inp.X.length });
    trajectories.push(traj);
    if (box === traj[0]) break; // no peel improved on the whole space
    const gone = new Set(inside);
    rows = rows.filter((r) => !gone.has(r));
  }
  return { trajectories, boxes };
}
