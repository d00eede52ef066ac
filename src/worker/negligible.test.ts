import { describe, expect, it } from 'vitest';
import { zeroNegligible, zeroNegligibleRecord } from './negligible';

describe('zeroNegligible(values)', () => {
  it('zeroes values below 1e-12 of the largest magnitude, keeping the rest bit for bit', () => {
    expect(zeroNegligible([3, -2e-12, 4e-12, 0.5])).toEqual([3, 0, 4e-12, 0.5]);
  });

  it('measures against 1 when everything is smaller: all noise becomes zero, with no negative zero', () => {
    const cleaned = zeroNegligible(Float64Array.of(3.79e-19, -1e-19, 2e-13));
    expect(Array.from(cleaned)).toEqual([0, 0, 0]);
    expect(Object.is(cleaned[1], -0)).toBe(false);
  });

  it('keeps a small but real gradient when the scale is small', () => {
    expect(zeroNegligible([1e-6, 2e-7])).toEqual([1e-6, 2e-7]);
  });
});

describe('zeroNegligibleRecord(record)', () => {
  it('cleans a gradient by name and leaves the input as it was', () => {
    const gradient = { a: 0.2, b: -3.79e-19 };
    expect(zeroNegligibleRecord(gradient)).toEqual({ a: 0.2, b: 0 });
    expect(gradient.b).toBe(-3.79e-19);
  });
});
