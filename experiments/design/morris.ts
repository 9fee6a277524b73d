// Morris elementary-effects trajectories (Morris 1991, Technometrics 33:161; as in Saltelli et al.
// 2008, "Global Sensitivity Analysis: The Primer", ch. 3). On a p-level grid with step
// delta = p / (2(p-1)), each trajectory starts at a random grid point and moves one factor at a
// time, in random order and random direction, by +-delta: d+1 points per trajectory.

export interface MorrisStep {
  /** Unit coordinates of the point. */
  x: number[];
  /** Factor moved to reach this point (0-based), or -1 for the start. */
  factor: number;
  /** +delta or -delta for the move (0 for the start). */
  delta: number;
}

export function morrisTrajectories(r: number, d: number, p: number, rng: () => number): MorrisStep[][] {
  const delta = p / (2 * (p - 1));
  const jump = p / 2; // delta in grid levels
  const out: MorrisStep[][] = [];
  for (let t = 0; t < r; t++) {
    // Levels are integers 0..p-1 (x = level/(p-1)); base levels <= p/2 - 1 so that base + jump <= p-1.
    const lv = Array.from({ length: d }, () => Math.floor(rng() * jump));
    const dir = Array.from({ length: d }, () => (rng() < 0.5 ? 1 : -1));
    for (let i = 0; i < d; i++) if (dir[i] === -1) lv[i] = lv[i]! + jump; // start on the high side
    const order = Array.from({ length: d }, (_, i) => i);
    for (let i = d - 1; i > 0; i--) {
      const k = Math.floor(rng() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    const unit = (): number[] => lv.map((l) => l / (p - 1));
    const traj: MorrisStep[] = [{ x: unit(), factor: -1, delta: 0 }];
    for (const i of order) {
      lv[i] = lv[i]! + dir[i]! * jump;
      traj.push({ x: unit(), factor: i, delta: dir[i]! * delta });
    }
    out.push(traj);
  }
  return out;
}
