// Seeded, reseedable pseudo-random numbers (sfc32) and the few distributions the generator draws from.

/** murmur3's finaliser: spreads nearby integers into unrelated 32-bit values. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * sfc32 with keyed reseeding. Every student, year and topic gets its own stream
 * (`reseed(stream, student, year)`), so the draws for one file never shift when another file's
 * model changes, and any student can be regenerated on its own without walking the others.
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(private readonly seed: number) {
    this.reseed(0);
  }

  reseed(stream: number, k1 = 0, k2 = 0): this {
    this.a = mix32(this.seed ^ 0x9e3779b9);
    this.b = mix32(this.a + Math.imul(stream + 1, 0x632be5ab));
    this.c = mix32(this.b ^ Math.imul(k1 + 1, 0x85157af5));
    this.d = mix32(this.c + Math.imul(k2 + 1, 0x2c1b3c6d));
    // sfc32 needs a few rounds before nearby seeds decorrelate.
    for (let i = 0; i < 10; i++) this.next();
    return this;
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t0 = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    const t = (t0 + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box-Muller; the second value is discarded to keep streams simple). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Poisson count; Knuth's method is fine for the small means used here. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit && k < 50) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** Number of failures before the first success of a Bernoulli(p) trial. */
  geometric(p: number): number {
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with the given relative weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Index into a cumulative-weight table (binary search: used for thousands of schools). */
  cumulative(cum: Float64Array): number {
    const r = this.next() * (cum[cum.length - 1]);
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cum[mid]) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** One random stream per topic, so each file's draws are independent of the others'. */
export const STREAM = {
  profile: 1,
  year: 2,
  attendance: 3,
  assessments: 4,
  discipline: 5,
  courses: 6,
  survey: 7,
  staff: 8,
  training: 9,
  schools: 10,
} as const;
