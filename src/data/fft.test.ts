import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { createRealFft, isPowerOfTwo } from './fft';

/** The naive DFT of a real signal, non-negative bins only. */
function naiveDft(x: Float64Array): { re: number[]; im: number[] } {
  const n = x.length, re: number[] = [], im: number[] = [];
  for (let k = 0; k <= n / 2; k++) {
    let sr = 0, si = 0;
    for (let j = 0; j < n; j++) { sr += x[j] * Math.cos((2 * Math.PI * k * j) / n); si -= x[j] * Math.sin((2 * Math.PI * k * j) / n); }
    re.push(sr); im.push(si);
  }
  return { re, im };
}

const randomSignal = (n: number, seed: number): Float64Array => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
};

describe('createRealFft', () => {
  it('forward(x) matches the naive DFT to 1e-12 for n = 4 .. 256', () => {
    for (const n of [4, 8, 16, 64, 256]) {
      const x = randomSignal(n, n);
      const fft = createRealFft(n);
      const re = new Float64Array(n / 2 + 1), im = new Float64Array(n / 2 + 1);
      fft.forward(x, re, im);
      const ref = naiveDft(x);
      for (let k = 0; k <= n / 2; k++) {
        expect(Math.abs(re[k] - ref.re[k]), `n=${n} re[${k}]`).toBeLessThan(1e-12 * n);
        expect(Math.abs(im[k] - ref.im[k]), `n=${n} im[${k}]`).toBeLessThan(1e-12 * n);
      }
    }
  });

  it('inverse(forward(x)) returns x to 1e-14 for n = 4 .. 1024', () => {
    for (const n of [4, 8, 32, 128, 1024]) {
      const x = randomSignal(n, 7 * n);
      const fft = createRealFft(n);
      const re = new Float64Array(n / 2 + 1), im = new Float64Array(n / 2 + 1), back = new Float64Array(n);
      fft.forward(x, re, im);
      fft.inverse(re, im, back);
      for (let j = 0; j < n; j++) expect(Math.abs(back[j] - x[j]), `n=${n} x[${j}]`).toBeLessThan(1e-14 * Math.sqrt(n) * 10);
    }
  });

  it('inverse of one cosine bin is that cosine, and imaginary parts of bins 0 and n/2 are ignored', () => {
    const n = 16, fft = createRealFft(n);
    const re = new Float64Array(n / 2 + 1), im = new Float64Array(n / 2 + 1), x = new Float64Array(n);
    re[3] = n / 2; // cos(2 pi 3 j / n) has X[3] = X[n-3] = n/2
    im[0] = 5; im[n / 2] = -7;
    fft.inverse(re, im, x);
    for (let j = 0; j < n; j++) expect(Math.abs(x[j] - Math.cos((2 * Math.PI * 3 * j) / n))).toBeLessThan(1e-15 * 10);
  });

  it('createRealFft(n) refuses sizes that are not powers of two >= 4', () => {
    expect(() => createRealFft(12)).toThrow(RangeError);
    expect(() => createRealFft(2)).toThrow(RangeError);
    expect(isPowerOfTwo(64)).toBe(true);
    expect(isPowerOfTwo(0)).toBe(false);
    expect(isPowerOfTwo(48)).toBe(false);
  });
});
