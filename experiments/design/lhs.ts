// Latin hypercube sampling (McKay, Beckman & Conover 1979): each of the d axes is cut into n equal
// strata and every stratum holds exactly one point; strata are paired across axes by independent
// random permutations, and each point sits uniformly at random inside its cell.

/** n points in [0, 1)^d. `rng` returns uniforms in [0, 1). */
export function latinHypercube(n: number, d: number, rng: () => number): number[][] {
  const pts = Array.from({ length: n }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    const perm = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) { // Fisher-Yates
      const k = Math.floor(rng() * (i + 1));
      [perm[i], perm[k]] = [perm[k]!, perm[i]!];
    }
    for (let i = 0; i < n; i++) pts[i]![j] = (perm[i]! + rng()) / n;
  }
  return pts;
}
