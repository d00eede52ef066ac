import { describe, expect, it } from 'vitest';
import { createRng, multinomial, restoreRng } from './rng';

describe('createRng(seed)', () => {
  it('reproduces the same stream for the same seed and differs across seeds', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
  });

  it('draws the same stream as every earlier version: recorded histories and share links depend on it', () => {
    // Recorded from the implementation before the generator's words moved into a typed array.
    const rng = createRng(1);
    expect([rng.next(), rng.next(), rng.next()]).toEqual([0.4256499297428926, 0.6910148129156121, 0.9659408880267959]);
    expect([rng.binomial(1000, 0.3), rng.binomial(1000, 0.3), rng.binomial(70000, 0.6)]).toEqual([283, 295, 41988]);
    expect(rng.state().words).toEqual([4279485012, 825811529, 1609661038, 2041432063]);
  });

  it('next() is uniform on [0, 1): mean 1/2 and variance 1/12 within 4 standard errors over 1e5 draws', () => {
    const rng = createRng(1), N = 100_000;
    let s = 0, s2 = 0;
    for (let i = 0; i < N; i++) { const x = rng.next(); expect(x).toBeLessThan(1); s += x; s2 += x * x; }
    const mean = s / N, variance = s2 / N - mean * mean;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / N));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('binomial(n, p) has mean n p and variance n p (1 - p) for small and large n (4 standard errors)', () => {
    for (const [n, p] of [[10, 0.3], [1000, 0.5], [100_000, 0.9], [50, 0.999]] as const) {
      const rng = createRng(n), R = 4000;
      let s = 0, s2 = 0;
      for (let i = 0; i < R; i++) { const k = rng.binomial(n, p); expect(k).toBeGreaterThanOrEqual(0); expect(k).toBeLessThanOrEqual(n); s += k; s2 += k * k; }
      const mean = s / R, variance = s2 / R - mean * mean, v = n * p * (1 - p);
      expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt(v / R));
      expect(Math.abs(variance - v) / v).toBeLessThan(0.15);
    }
  });

  it('binomial is exact at the edges p = 0 and p = 1', () => {
    const rng = createRng(3);
    expect(rng.binomial(100, 0)).toBe(0);
    expect(rng.binomial(100, 1)).toBe(100);
  });

  it('normal() has mean 0 and variance 1; rademacher() is +-1 with mean 0', () => {
    const rng = createRng(9), N = 50_000;
    let s = 0, s2 = 0, r = 0;
    for (let i = 0; i < N; i++) { const z = rng.normal(); s += z; s2 += z * z; r += rng.rademacher(); }
    expect(Math.abs(s / N)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(s2 / N - 1)).toBeLessThan(0.03);
    expect(Math.abs(r / N)).toBeLessThan(4 / Math.sqrt(N));
  });
});

describe('state() and restoreRng(state)', () => {
  it('a restored generator draws exactly what the original draws next, the spare normal included', () => {
    const rng = createRng(42);
    for (let i = 0; i < 7; i++) rng.next();
    rng.normal();
    const copy = restoreRng(JSON.parse(JSON.stringify(rng.state())));
    const draws = (r: ReturnType<typeof createRng>) => [r.normal(), r.next(), r.int(1000), r.rademacher(), r.binomial(500, 0.3), r.fork().next()];
    expect(draws(copy)).toEqual(draws(rng));
  });
});

describe('multinomial(rng, n, p)', () => {
  it('spreads n draws with mean n p_i and variance n p_i (1 - p_i) per outcome (4 standard errors)', () => {
    const p = [0.1, 0, 0.45, 0.3, 0.15], R = 4000;
    for (const n of [7, 5000]) {
      const rng = createRng(n), sums = p.map(() => 0), squares = p.map(() => 0);
      for (let r = 0; r < R; r++) {
        const counts = multinomial(rng, n, p);
        expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
        counts.forEach((c, i) => { sums[i] += c; squares[i] += c * c; });
      }
      p.forEach((pi, i) => {
        const mean = sums[i] / R, variance = squares[i] / R - mean * mean, v = n * pi * (1 - pi);
        if (pi === 0) { expect(sums[i]).toBe(0); return; }
        expect(Math.abs(mean - n * pi), `n ${n} outcome ${i}`).toBeLessThan(4 * Math.sqrt(v / R));
        expect(Math.abs(variance - v) / v).toBeLessThan(0.15);
      });
    }
  });

  it('never counts an outcome of zero or negative (round-off) probability, even the last one', () => {
    const rng = createRng(3);
    for (let r = 0; r < 200; r++) {
      const counts = multinomial(rng, 50, [0.5, 0.5 + 1e-17, -1e-17, 0]);
      expect(counts[2] + counts[3]).toBe(0);
      expect(counts[0] + counts[1]).toBe(50);
    }
  });
});
