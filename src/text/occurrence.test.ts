import { describe, expect, it } from 'vitest';
import { describeOccurrence } from './occurrence';

describe('describeOccurrence(gate, dataQubits, step, contribution)', () => {
  it('reads an occurrence as "RY(a) on h0, step 3: contribution −0.042"', () => {
    expect(describeOccurrence({ gate: 'RY', wires: [1], angle: { param: 'a' } }, 1, 3, -0.0423)).toBe('RY(a) on h0, step 3: contribution \u22120.042');
  });

  it('names both wires of a controlled rotation and says when there is no gradient yet', () => {
    expect(describeOccurrence({ gate: 'CRY', wires: [1, 2], angle: { param: 'c' } }, 1, 0, null)).toBe('CRY(c) from h0 to h1, step 0: no contribution yet');
  });
});
