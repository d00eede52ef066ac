/**
 * A seeded random generator (sfc32, seeded through splitmix32) so that shots, SPSA
 * directions, datasets and initialisations reproduce bit for bit in Node and in browsers.
 * Not cryptographic.
 */
import { cos, exp, log, sin } from './detmath';

export interface Rng {
  /** Uniform in [0, 1), 53-bit resolution. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** +1 or -1 with probability 1/2 each. */
  rademacher(): 1 | -1;
  /** Number of successes in `n` Bernoulli(`p`) trials, sampled exactly. */
  binomial(n: number, p: number): number;
  /** An independent generator derived from this one's stream. */
  fork(): Rng;
  /** Where the generator is: {@link restoreRng} of it draws exactly what this one draws next. */
  state(): RngState;
}

/** A generator's position: sfc32's four words and Box-Muller's spare normal. */
export interface RngState {
  words: [number, number, number, number];
  spare: number | null;
}

/** Exact powers of two for the 53-bit uniform. */
const TWO_21 = 2097152, TWO_53 = 9007199254740992;

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A generator for an integer seed (any finite number; its low 32 bits and sign are used). */
export function createRng(seed: number): Rng {
  const mix = splitmix32(Math.trunc(seed) ^ (seed < 0 ? 0x5bd1e995 : 0));
  return sfc32([mix(), mix(), mix(), mix()], null, 12);
}

/** The generator at `state` (from `rng.state()`), drawing on from there bit for bit. */
export function restoreRng(state: RngState): Rng {
  return sfc32(state.words, state.spare);
}

/** sfc32 from its four words, after discarding `warmup` outputs. */
function sfc32(words: readonly number[], spareAt: number | null, warmup = 0): Rng {
  // The four words live in a typed array: as closure variables, every draw would box them as
  // heap numbers (most exceed the small-integer range), which made sampling the main source of
  // garbage in shot-based training. Every operation below is mod 2^32, so the bits are the same.
  const w = Uint32Array.from(words, (x) => x >>> 0);
  const u32 = (): number => {
    const a = w[0], b = w[1], c = w[2], d = w[3];
    const t = (((a + b) >>> 0) + d) >>> 0;
    w[3] = d + 1;
    w[0] = b ^ (b >>> 9);
    w[1] = c + (c << 3);
    const rotated = ((c << 21) | (c >>> 11)) >>> 0;
    w[2] = rotated + t;
    return t;
  };
  for (let i = 0; i < warmup; i++) u32();
  let spare: number | null = spareAt;
  const rng: Rng = {
    next: () => (u32() * TWO_21 + (u32() >>> 11)) / TWO_53,
    int: (n) => Math.floor(rng.next() * n),
    normal: () => {
      if (spare !== null) { const s = spare; spare = null; return s; }
      let u = 0;
      while (u === 0) u = rng.next();
      const v = rng.next();
      const r = Math.sqrt(-2 * log(u));
      spare = r * sin(2 * Math.PI * v);
      return r * cos(2 * Math.PI * v);
    },
    rademacher: () => (u32() & 1 ? 1 : -1),
    binomial: (n, p) => binomial(rng, n, p),
    fork: () => createRng(u32()),
    state: () => ({ words: [w[0], w[1], w[2], w[3]], spare }),
  };
  return rng;
}

/**
 * Counts of `n` independent draws over outcomes with probabilities `p` (a multinomial), by
 * sequential binomials: outcome `i` takes `Binomial(left, p_i / (mass left))`. Negative
 * round-off counts as 0, and the last outcome with positive probability takes what is left,
 * so an impossible outcome is never counted. Costs one binomial per outcome, not per draw.
 */
export function multinomial(rng: Rng, n: number, p: readonly number[]): number[] {
  const out = new Array<number>(p.length).fill(0);
  let last = -1, mass = 0;
  p.forEach((x, i) => { if (x > 0) { last = i; mass += x; } });
  let left = n;
  for (let i = 0; i < last && left > 0; i++) {
    if (!(p[i] > 0)) continue;
    const k = rng.binomial(left, Math.min(1, p[i] / mass));
    out[i] = k;
    left -= k;
    mass -= p[i];
  }
  if (last >= 0) out[last] += left;
  return out;
}

/**
 * Exact binomial sampling: direct Bernoulli sums for small `n`, otherwise inversion from the
 * mode outwards (the chop-down search of Kachitvichyanukul and Schmeiser), whose expected cost
 * grows as `sqrt(n p (1 - p))`, not `n`.
 */
function binomial(rng: Rng, n: number, p: number): number {
  if (!(p > 0)) return 0;
  if (!(p < 1)) return n;
  if (n < 32) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng.next() < p) k++;
    return k;
  }
  const q = 1 - p;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const pmfMode = exp(logChoose(n, mode) + mode * log(p) + (n - mode) * log(q));
  let u = rng.next();
  // Walk outwards from the mode, alternating down and up, subtracting probabilities.
  let lo = mode, hi = mode, pLo = pmfMode, pHi = pmfMode;
  u -= pmfMode;
  if (u <= 0) return mode;
  const ratio = p / q;
  for (;;) {
    let moved = false;
    if (lo > 0) {
      pLo = (pLo * lo) / ((n - lo + 1) * ratio);
      lo--;
      u -= pLo;
      if (u <= 0) return lo;
      moved = true;
    }
    if (hi < n) {
      pHi = (pHi * (n - hi) * ratio) / (hi + 1);
      hi++;
      u -= pHi;
      if (u <= 0) return hi;
      moved = true;
    }
    if (!moved) return mode; // round-off left a sliver of probability: the mode is the answer
  }
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const LOG_FACT_TABLE: number[] = [0];
/**
 * `log n!` from the series below, remembered for `n` below 2^16: a binomial draw at `n` shots
 * needs three of them, each a few `log`s, and training draws millions with the same few `n`.
 * A remembered value is the computed one, so the bits do not change.
 */
const STIRLING_CACHE = new Float64Array(1 << 16).fill(NaN);
function logFactorial(n: number): number {
  if (n < 256) {
    while (LOG_FACT_TABLE.length <= n) LOG_FACT_TABLE.push(LOG_FACT_TABLE[LOG_FACT_TABLE.length - 1] + log(LOG_FACT_TABLE.length));
    return LOG_FACT_TABLE[n];
  }
  if (n < STIRLING_CACHE.length) {
    const known = STIRLING_CACHE[n];
    if (known === known) return known; // not NaN: computed before
    return (STIRLING_CACHE[n] = stirling(n));
  }
  return stirling(n);
}

/** The Stirling series for `log n!`, accurate to far below double precision for n >= 256. */
function stirling(n: number): number {
  const x = n + 1;
  return (x - 0.5) * log(x) - x + 0.5 * log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x) + 1 / (1260 * x * x * x * x * x);
}
