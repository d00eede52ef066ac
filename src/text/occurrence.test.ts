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

describe('describeOccurrence with an angle bias (docs/spec.md §5.1)', () => {
  const gate = { gate: 'RY' as const, wires: [0], angle: { param: 'w', input: true as const, bias: 'b' } };

  it('says which of the angle\'s two parameters the occurrence is', () => {
    expect(describeOccurrence(gate, 1, 3, 0.01, 'b')).toBe('RY(w·x + b) on d0, step 3, bias b: contribution 0.010');
    expect(describeOccurrence(gate, 1, 3, -0.5)).toBe('RY(w·x + b) on d0, step 3, parameter w: contribution \u22120.500');
  });

  it('reads a bias-only angle as any other', () => {
    expect(describeOccurrence({ gate: 'RX', wires: [0], angle: { bias: 'b' } }, 1, 0, null, 'b')).toBe('RX(b) on d0, step 0: no contribution yet');
  });
});
