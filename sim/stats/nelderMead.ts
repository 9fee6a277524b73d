// Derivative-free minimisation by the Nelder–Mead simplex (Nelder & Mead 1965; coefficients and
// tie-breaking as in Lagarias et al. 1998, SIAM J. Optim. 9:112). Deterministic: no randomness,
// stable ordering, NaN treated as +Infinity.

export interface NelderMeadOptions {
  /**
   * Initial simplex edge per coordinate (a number applies to all).
   * @defaultValue 0.1 (or 5% of |x0_i| when that is larger)
   */
  step?: number | readonly number[];
  /** @defaultValue 200 · dimension */
  maxIterations?: number;
  /** Stop when max f − min f over the simplex ≤ tolF·(|min f| + tolF). @defaultValue 1e-10 */
  tolF?: number;
  /** …and the simplex diameter (max-norm from the best vertex) ≤ tolX. @defaultValue 1e-8 */
  tolX?: number;
}

export interface NelderMeadResult {
  x: number[];
  fx: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

/**
 * Minimise f from x0.
 * @example nelderMead(([a, b]) => (a! - 1) ** 2 + (b! + 2) ** 2, [0, 0]).x // ≈ [1, -2]
 */
export function nelderMead(f: (x: number[]) => number, x0: readonly number[], opts: NelderMeadOptions = {}): NelderMeadResult {
  const n = x0.length;
  const maxIt = opts.maxIterations ?? 200 * n;
  const tolF = opts.tolF ?? 1e-10;
  const tolX = opts.tolX ?? 1e-8;
  let evaluations = 0;
  const F = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return v === v ? v : Infinity;
  };
  const stepOf = (i: number): number => {
    const s = opts.step;
    if (typeof s === 'number') return s;
    if (s) return s[i]!;
    return Math.max(0.1, 0.05 * Math.abs(x0[i]!));
  };
  let pts: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] = p[i]! + stepOf(i);
    pts.push(p);
  }
  let vals = pts.map(F);
  const order = (): void => {
    const idx = pts.map((_, i) => i).sort((a, b) => vals[a]! - vals[b]! || a - b);
    pts = idx.map((i) => pts[i]!);
    vals = idx.map((i) => vals[i]!);
  };
  const lin = (a: number[], b: number[], t: number): number[] => a.map((ai, j) => ai + t * (b[j]! - ai));
  let it = 0;
  let converged = false;
  order();
  for (; it < maxIt; it++) {
    const fBest = vals[0]!, fWorst = vals[n]!;
    let diam = 0;
    for (let i = 1; i <= n; i++) for (let j = 0; j < n; j++) diam = Math.max(diam, Math.abs(pts[i]![j]! - pts[0]![j]!));
    if (fWorst - fBest <= tolF * (Math.abs(fBest) + tolF) && diam <= tolX) { converged = true; break; }
    // Centroid of all but the worst vertex.
    const c = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[j] = c[j]! + pts[i]![j]! / n;
    const worst = pts[n]!;
    const xr = lin(c, worst, -1);
    const fr = F(xr);
    if (fr < fBest) {
      const xe = lin(c, worst, -2);
      const fe = F(xe);
      if (fe < fr) { pts[n] = xe; vals[n] = fe; } else { pts[n] = xr; vals[n] = fr; }
    } else if (fr < vals[n - 1]!) {
      pts[n] = xr; vals[n] = fr;
    } else {
      const outside = fr < fWorst;
      const xc = outside ? lin(c, worst, -0.5) : lin(c, worst, 0.5);
      const fc = F(xc);
      if (outside ? fc <= fr : fc < fWorst) {
        pts[n] = xc; vals[n] = fc;
      } else {
        // Shrink every vertex halfway toward the best one.
        for (let i = 1; i <= n; i++) { pts[i] = lin(pts[0]!, pts[i]!, 0.5); vals[i] = F(pts[i]!); }
      }
    }
    order();
  }
  return { x: pts[0]!, fx: vals[0]!, iterations: it, evaluations, converged };
}
