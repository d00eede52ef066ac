/**
 * The hidden register in words: one wire after one step with its length and purity, the
 * balls' accessible name, and the fallback table's rows.
 */
import { describe, expect, it } from 'vitest';
import { ballsLabel, blochRow, describeBloch, LENGTH_AND_PURITY } from './blochText';

const bloch = Float64Array.from([0, 0, 1, 0.3, -0.4, 0, /* step 1 */ 0, -1e-17, 0, 0.6, 0, 0.8]);

describe('describeBloch(bloch, wires, t, wire)', () => {
  it('gives the vector, its length |r| and the purity (1 + |r|²)/2 of a wire after a step', () => {
    expect(describeBloch(bloch, 2, 0, 1)).toBe('h1: (0.300, \u22120.400, 0.000), |r| 0.500, purity 0.625');
    expect(describeBloch(bloch, 2, 1, 0)).toBe('h0: (0.000, 0.000, 0.000), |r| 0.000, purity 0.500');
  });

  it('never writes a negative zero', () => {
    expect(describeBloch(Float64Array.from([-0.0001, -1e-15, 0]), 1, 0, 0)).toBe('h0: (0.000, 0.000, 0.000), |r| 0.000, purity 0.500');
  });
});

describe('the card\'s words', () => {
  it('do not call the length the purity', () => {
    expect(LENGTH_AND_PURITY).not.toMatch(/length is the purity/);
    expect(LENGTH_AND_PURITY).toContain('|r| = 1 for a pure state');
    expect(LENGTH_AND_PURITY).toContain('purity (1 + |r|²)/2');
  });

  it('name the balls by their wires', () => {
    expect(ballsLabel(1, 0)).toBe('Bloch ball of hidden wire h0 after step 0');
    expect(ballsLabel(2, 3)).toBe('Bloch balls of hidden wires h0 and h1, left to right, after step 3');
    expect(ballsLabel(3, 1)).toBe('Bloch balls of hidden wires h0, h1 and h2, left to right, after step 1');
  });
});

describe('blochRow(bloch, wires, t)', () => {
  it('lists the step, then each wire\'s vector, |r| and purity', () => {
    expect(blochRow(bloch, 2, 1)).toEqual(['1', '0.000, 0.000, 0.000', '0.000', '0.500', '0.600, 0.000, 0.800', '1.000', '1.000']);
  });
});
