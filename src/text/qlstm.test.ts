import { describe, expect, it } from 'vitest';
import { describeQlstmOccurrence, qlstmSlotOf } from './qlstm';

describe('a QLSTM occurrence in words', () => {
  it('reads a parameter name as its circuit, layer, qubit and angle', () => {
    expect(qlstmSlotOf('f.1.2.beta')).toEqual({ circuit: 'f', layer: 1, qubit: 2, angle: 'beta' });
    expect(qlstmSlotOf('s0')).toBeNull();
    expect(qlstmSlotOf('x.0.0.alpha')).toBeNull();
    expect(qlstmSlotOf('f.0.0.delta')).toBeNull();
  });

  it('names the circuit by its role and the angle by its symbol', () => {
    expect(describeQlstmOccurrence('i.0.1.gamma', 3, -0.0421)).toBe('VQC_i (input gate), layer 0, qubit 1, γ, step 3: contribution −0.042');
    expect(describeQlstmOccurrence('y.1.0.alpha', 0, null)).toBe('VQC_y (output map), layer 1, qubit 0, α, step 0: no contribution yet');
  });
});
