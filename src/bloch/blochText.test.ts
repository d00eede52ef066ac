/**
 * The hidden register in words: one wire after one step with its purity radius, and the
 * fallback table's rows.
 */
import { describe, expect, it } from 'vitest';
import { blochRow, describeBloch } from './blochText';

const bloch = Float64Array.from([0, 0, 1, 0.3, -0.4, 0, /* step 1 */ 0, 0, 0, 0.6, 0, 0.8]);

describe('describeBloch(bloch, wires, t, wire)', () => {
  it('gives the vector and |r| of a wire after a step', () => {
    expect(describeBloch(bloch, 2, 0, 1)).toBe('h1: (0.300, \u22120.400, 0.000), |r| 0.500');
    expect(describeBloch(bloch, 2, 1, 0)).toBe('h0: (0.000, 0.000, 0.000), |r| 0.000');
  });
});

describe('blochRow(bloch, wires, t)', () => {
  it('lists the step, then each wire\'s vector and |r|', () => {
    expect(blochRow(bloch, 2, 1)).toEqual(['1', '0.000, 0.000, 0.000', '0.000', '0.600, 0.000, 0.800', '1.000']);
  });
});
