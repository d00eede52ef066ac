/**
 * The timeline's words and keyboard moves: the occurrence sentence, the step headers, and
 * the roving focus over one parameter's occurrences.
 */
import { describe, expect, it } from 'vitest';
import { describeOccurrence, inputHeader, rovingMove, subscript, targetHeader } from './readout';

describe('describeOccurrence(gate, dataQubits, step, contribution)', () => {
  it('reads an occurrence as "RY(a) on h0, step 3: contribution −0.042"', () => {
    expect(describeOccurrence({ gate: 'RY', wires: [1], angle: { param: 'a' } }, 1, 3, -0.0423)).toBe('RY(a) on h0, step 3: contribution \u22120.042');
  });

  it('names both wires of a controlled rotation and says when there is no gradient yet', () => {
    expect(describeOccurrence({ gate: 'CRY', wires: [1, 2], angle: { param: 'c' } }, 1, 0, null)).toBe('CRY(c) from h0 to h1, step 0: no contribution yet');
  });
});

describe('step headers', () => {
  it('writes x_t with a subscript step and two decimals', () => {
    expect(subscript(12)).toBe('₁₂');
    expect(inputHeader(3, [0.4213])).toBe('x₃ 0.42');
    expect(inputHeader(0, [-1, 2])).toBe('x₀ \u22121.00…');
  });

  it('shows the target, or "not scored" without one or in the washout', () => {
    expect(targetHeader(0.514, true)).toBe('\u2192 0.51');
    expect(targetHeader(null, true)).toBe('not scored');
    expect(targetHeader(0.5, false)).toBe('not scored');
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
