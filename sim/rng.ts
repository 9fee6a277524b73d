// Seeded random streams. Alea (Baagoe) from seedrandom, imported on its own so sim/ never
// reaches seedrandom's Node-crypto autoseed path. State is four numbers: snapshots copy it.
// @ts-expect-error seedrandom ships no types for its per-algorithm entry points
import alea from 'seedrandom/lib/alea';
import { log } from './math';

export interface RngState { c: number; s0: number; s1: number; s2: number }

export class Rng {
  private readonly next: { (): number; state(): RngState };
  private spare = 0;
  private hasSpare = false;

  constructor(seed: string, state?: RngState) {
    this.next = alea(seed, { state: state ?? true });
  }

  uniform(): number { return this.next(); }

  /** Standard normal by Marsaglia's polar method: only log and sqrt, which are exact across engines. */
  normal(): number {
    if (this.hasSpare) { this.hasSpare = false; return this.spare; }
    let u = 0, v = 0, s = 0;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * log(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return u * m;
  }

  /** Uniform on [lo, hi). */
  between(lo: number, hi: number): number { return lo + (hi - lo) * this.next(); }

  state(): { alea: RngState; spare: number; hasSpare: boolean } {
    return { alea: this.next.state(), spare: this.spare, hasSpare: this.hasSpare };
  }

  static restore(seed: string, s: { alea: RngState; spare: number; hasSpare: boolean }): Rng {
    const r = new Rng(seed, s.alea);
    r.spare = s.spare;
    r.hasSpare = s.hasSpare;
    return r;
  }
}
