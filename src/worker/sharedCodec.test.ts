import { describe, expect, it } from 'vitest';
import { presetExperiment } from '../testing/presetExperiments';
import { createWindowGradients } from '../training/windowGradients';
import { CodecOverflow, decodeFrom, encodeInto } from './sharedCodec';

const roundTrip = (value: unknown, size = 1 << 16) => {
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  const end = encodeInto(value, bytes, 8);
  return decodeFrom(bytes, 8, end);
};

describe('the shared codec', () => {
  it('gives back every number bit for bit, where JSON would not', () => {
    const numbers = [0, -0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 0.1, 1e-300, -5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity];
    const back = roundTrip(numbers) as number[];
    expect(back).toHaveLength(numbers.length);
    back.forEach((x, i) => expect(Object.is(x, numbers[i])).toBe(true));
  });

  it('keeps strings, nesting, key order, null, undefined and booleans', () => {
    const value = { z: 1, a: [null, undefined, true, false, 'é ∑ 😀', ''], nested: { b: { c: ['x', 'x', 'y'] } }, ['__proto__']: { polluted: true } };
    const back = roundTrip(value) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(['z', 'a', 'nested', '__proto__']);
    expect(back).toEqual(value);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives back a parameter-shift piece exactly as the thread computed it', () => {
    const e = presetExperiment('sine');
    const created = createWindowGradients(e);
    if (!created.ok) throw new Error('not shareable');
    const { gradients } = created;
    const pieces = gradients.plan([0, 1, 2], 4)[1];
    const results = gradients.computePieces(e.params, pieces);
    expect(roundTrip(results, 1 << 20)).toStrictEqual(results);
  });

  it('says when a value does not fit, and refuses what is not plain data', () => {
    const bytes = new Uint8Array(new SharedArrayBuffer(64));
    expect(() => encodeInto({ long: 'x'.repeat(100) }, bytes, 0)).toThrow(CodecOverflow);
    expect(() => encodeInto([new Float64Array(2)], bytes, 0)).toThrow(/Float64Array is not plain data/);
    expect(() => encodeInto({ f: () => 1 }, bytes, 0)).toThrow(/function is not plain data/);
  });

  it('refuses bytes it did not write instead of reading past them', () => {
    const bytes = new Uint8Array(new SharedArrayBuffer(64));
    const end = encodeInto({ a: [1, 2, 3] }, bytes, 0);
    expect(() => decodeFrom(bytes, 0, end - 1)).toThrow(/ends early/);
    expect(() => decodeFrom(bytes, 0, end + 1)).toThrow(/bytes after its end/);
    bytes[0] = 200;
    expect(() => decodeFrom(bytes, 0, end)).toThrow(/unknown tag 200/);
  });
});
