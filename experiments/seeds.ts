// Per-run seeds. A run's seed depends only on (master seed, run index), never on the worker, the
// shard or the order runs finish in, so any placement of a sweep reproduces the same numbers.
//
// seed(master, k) = high 32 bits of mix(mix(u64(master)) + (k + 1) * GAMMA)   (mod 2^64)
// where mix is the SplitMix64 finaliser (Steele, Lea & Flood 2014, "Fast splittable pseudorandom
// number generators", OOPSLA; constants of java.util.SplittableRandom) and GAMMA = 0x9E3779B97F4A7C15.
// That is output k+1 of a SplitMix64 stream whose state starts at mix(u64(master)).
// With `commonRandomNumbers`, k is the replicate number instead of the run index, so every design
// point sees the same seeds (paired comparisons).

const MASK = (1n << 64n) - 1n;
const GAMMA = 0x9e3779b97f4a7c15n;

/** The SplitMix64 output function on a 64-bit BigInt. */
export function mix64(z0: bigint): bigint {
  let z = z0 & MASK;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return z ^ (z >> 31n);
}

/** The seed (an unsigned 32-bit integer) of run `k` of a sweep with this master seed. */
export function runSeed(masterSeed: number, k: number): number {
  const base = mix64(BigInt.asUintN(64, BigInt(masterSeed)));
  return Number(mix64(base + BigInt(k + 1) * GAMMA) >> 32n);
}

/**
 * A deterministic uniform [0, 1) generator for designs and bootstraps, keyed by (master seed,
 * purpose): sfc32 (Doty-Humphrey's Small Fast Counter) seeded from SplitMix64. Streams with
 * different purposes are independent, so adding one never shifts another.
 */
export function designRng(masterSeed: number, purpose: string): () => number {
  let h = 0xcbf29ce484222325n; // FNV-1a 64 of the purpose
  for (const ch of purpose) h = ((h ^ BigInt(ch.codePointAt(0)!)) * 0x100000001b3n) & MASK;
  const s0 = mix64(BigInt.asUintN(64, BigInt(masterSeed)) ^ h);
  const s1 = mix64(s0 + GAMMA);
  let a = Number(s0 >> 32n) | 0, b = Number(s0 & 0xffffffffn) | 0;
  let c = Number(s1 >> 32n) | 0, d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return () => (next() * 2 ** 21 + (next() >>> 11)) / 2 ** 53;
}
