// Shapley values of a set function over a few players: φ_i = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! ·
// (v(S ∪ {i}) − v(S)) (Shapley 1953). v is given on every subset as a bit mask; φ sums to v(N) − v(∅).
export function shapley(n: number, v: (mask: number) => number): number[] {
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const phi = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let mask = 0; mask < 1 << n; mask++) {
      if (mask & (1 << i)) continue;
      let size = 0;
      for (let j = 0; j < n; j++) if (mask & (1 << j)) size++;
      const w = (fact(size) * fact(n - size - 1)) / fact(n);
      phi[i] += w * (v(mask | (1 << i)) - v(mask));
    }
  }
  return phi;
}
