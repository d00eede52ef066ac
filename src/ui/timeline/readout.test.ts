/**
 * The timeline's words and keyboard moves: the step headers and the roving focus over one
 * parameter's occurrences.
 */
import { describe, expect, it } from 'vitest';
import { inputHeader, rovingMove, subscript, targetHeader } from './readout';

describe('step headers', () => {
  it('writes x_t with a subscript step and two decimals', () => {
    expect(subscript(12)).toBe('₁₂');
    expect(inputHeader(3, [0.4213])).toBe('x₃ 0.42');
    expect(inputHeader(0, [-1, 2])).toBe('x₀ \u22121.00…');
  });

  it('shows the target, or "not scored" without one or in the washout', () => {
    expect(targetHeader([0.514], true)).toBe('\u2192 0.51');
    expect(targetHeader([0.514, -0.2], true)).toBe('\u2192 0.51, \u22120.20');
    expect(targetHeader(null, true)).toBe('not scored');
    expect(targetHeader([0.5], false)).toBe('not scored');
  });
});

describe('rovingMove(list, current, key)', () => {
  const list = [
    { gate: 1, step: 0 }, { gate: 4, step: 0 },
    { gate: 1, step: 1 }, { gate: 4, step: 1 },
    { gate: 1, step: 2 },
  ];

  it('moves one occurrence right and left, stopping at the ends', () => {
    expect(rovingMove(list, 0, 'ArrowRight')).toBe(1);
    expect(rovingMove(list, 4, 'ArrowRight')).toBe(4);
    expect(rovingMove(list, 0, 'ArrowLeft')).toBe(0);
  });

  it('jumps to the same gate a step later or earlier, else the nearest there', () => {
    expect(rovingMove(list, 1, 'ArrowDown')).toBe(3);
    expect(rovingMove(list, 3, 'ArrowDown')).toBe(4);
    expect(rovingMove(list, 2, 'ArrowUp')).toBe(0);
    expect(rovingMove(list, 0, 'ArrowUp')).toBe(0);
  });

  it('goes to the ends with Home and End, and has nowhere to go in an empty list', () => {
    expect(rovingMove(list, 2, 'End')).toBe(4);
    expect(rovingMove(list, 2, 'Home')).toBe(0);
    expect(rovingMove([], 0, 'Home')).toBe(-1);
  });
});
