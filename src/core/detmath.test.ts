import { describe, expect, it } from 'vitest';
import { acos, atan, cos, exp, expm1, log, pow, sin, tanh } from './detmath';
import { createRng } from './rng';

/** Distance in units in the last place of `b`. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const spacing = Math.max(Number.MIN_VALUE, Math.abs(b) * Number.EPSILON);
  return Math.abs(a - b) / spacing;
}

describe('deterministic elementary functions (core/detmath.ts)', () => {
  const rng = createRng(77);
  const sample = (lo: number, hi: number, n = 20000) => Array.from({ length: n }, () => lo + (hi - lo) * rng.next());

  it('sin and cos agree with Math to a few ulps on [-40, 40] (absolute error below 4e-16 near zeros)', () => {
    for (const x of sample(-40, 40)) {
      expect(Math.abs(sin(x) - Math.sin(x)), `sin ${x}`).toBeLessThan(4e-16 + 4 * Number.EPSILON * Math.abs(Math.sin(x)));
      expect(Math.abs(cos(x) - Math.cos(x)), `cos ${x}`).toBeLessThan(4e-16 + 4 * Number.EPSILON * Math.abs(Math.cos(x)));
    }
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
  });

  it('exp and log agree with Math to 4 ulps over their range', () => {
    for (const x of sample(-700, 700, 5000)) expect(ulps(exp(x), Math.exp(x)), `exp ${x}`).toBeLessThanOrEqual(4);
    for (const x of sample(-5, 5)) expect(ulps(exp(x), Math.exp(x)), `exp ${x}`).toBeLessThanOrEqual(2);
    for (const x of [...sample(1e-300, 1e-290, 100), ...sample(0.01, 100), ...sample(1e10, 1e300, 100), 5e-324]) {
      expect(Math.abs(log(x) - Math.log(x)), `log ${x}`).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(Math.log(x))));
    }
    expect(exp(0)).toBe(1);
    expect(log(1)).toBe(0);
    expect(exp(800)).toBe(Infinity);
    expect(log(-1)).toBeNaN();
  });

  it('atan and acos agree with Math to 4 ulps, acos clamped inputs included', () => {
    for (const x of sample(-50, 50)) expect(ulps(atan(x), Math.atan(x)), `atan ${x}`).toBeLessThanOrEqual(4);
    for (const x of sample(-1, 1)) expect(Math.abs(acos(x) - Math.acos(x)), `acos ${x}`).toBeLessThanOrEqual(4 * Number.EPSILON * Math.acos(x) + 1e-16);
    expect(acos(1)).toBe(0);
    expect(acos(-1)).toBe(Math.PI);
  });

  it('expm1 and tanh agree with Math to 4 ulps, near zero too (no cancellation), and tanh is odd and saturates at +-1', () => {
    for (const x of [...sample(-30, 30, 5000), ...sample(-1e-3, 1e-3, 2000), 1e-12, -3e-9, 0.5, -0.5, 20, 21]) {
      expect(ulps(expm1(x), Math.expm1(x)), `expm1 ${x}`).toBeLessThanOrEqual(4);
      expect(ulps(tanh(x), Math.tanh(x)), `tanh ${x}`).toBeLessThanOrEqual(4);
      expect(tanh(-x)).toBe(-tanh(x));
    }
    expect(tanh(0)).toBe(0);
    expect(tanh(1e300)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(Number.isNaN(tanh(NaN))).toBe(true);
  });

  it('pow is exact repeated squaring for integer exponents and exp(y log x) otherwise', () => {
    const b2 = 1.1 * 1.1, b4 = b2 * b2, b8 = b4 * b4;
    expect(pow(1.1, 10)).toBe(b2 * b8); // 10 = 0b1010: the squares for bits 1 and 3
    expect(ulps(pow(1.1, 10), Math.pow(1.1, 10))).toBeLessThanOrEqual(4);
    expect(pow(2, -3)).toBe(0.125);
    for (const [x, y] of [[2.5, 0.602], [11, 0.101], [0.3, 1.7]]) expect(ulps(pow(x, y), Math.pow(x, y))).toBeLessThanOrEqual(8);
  });
});
