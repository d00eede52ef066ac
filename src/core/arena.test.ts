import { describe, expect, it } from 'vitest';
import { ARENA_MAX_LENGTH, f64, reclaiming } from './arena';

const filled = (length: number, value: number) => {
  const a = f64(length);
  a.fill(value);
  return a;
};

describe('reclaiming', () => {
  it('hands the memory of a finished scope out again, zero-filled, and keeps what came before', () => {
    const before = filled(16, 7);
    let inside: Float64Array | null = null;
    const result = reclaiming(() => {
      inside = filled(16, 3);
      return inside.reduce((a, b) => a + b, 0);
    });
    expect(result).toBe(48);
    const after = f64(16);
    // The same memory as the scope's array, and zero as a new array is.
    expect(after.buffer).toBe((inside as unknown as Float64Array).buffer);
    expect(after.byteOffset).toBe((inside as unknown as Float64Array).byteOffset);
    expect([...after]).toEqual(new Array(16).fill(0));
    expect([...before]).toEqual(new Array(16).fill(7));
  });

  it('gives back every slab a scope moved through, and leaves the one it began in as it found it', () => {
    const before = filled(8, 5);
    reclaiming(() => {
      // Far more than one slab's worth.
      for (let i = 0; i < 200; i++) filled(ARENA_MAX_LENGTH, i + 1);
    });
    expect([...before]).toEqual(new Array(8).fill(5));
    for (let i = 0; i < 200; i++) expect(f64(ARENA_MAX_LENGTH).every((x) => x === 0)).toBe(true);
  });

  it('reclaims when the scope throws, and an inner scope is part of the outer', () => {
    const before = filled(4, 2);
    expect(() => reclaiming(() => {
      filled(4, 9);
      throw new Error('stop');
    })).toThrow('stop');
    expect([...f64(4)]).toEqual([0, 0, 0, 0]);
    let kept: Float64Array | null = null;
    reclaiming(() => {
      reclaiming(() => { kept = filled(4, 6); });
      // Still alive: only the outer scope's end reclaims it.
      expect([...(kept as unknown as Float64Array)]).toEqual([6, 6, 6, 6]);
      expect(f64(4).byteOffset).not.toBe((kept as unknown as Float64Array).byteOffset);
    });
    expect([...before]).toEqual([2, 2, 2, 2]);
  });

  it('leaves arrays above the slab size to their own buffers', () => {
    const big = reclaiming(() => filled(ARENA_MAX_LENGTH + 1, 4));
    expect(big.byteOffset).toBe(0);
    expect(big.buffer.byteLength).toBe(8 * (ARENA_MAX_LENGTH + 1));
  });
});
