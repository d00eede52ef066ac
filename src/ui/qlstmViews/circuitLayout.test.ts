import { describe, expect, it } from 'vitest';
import { circuitColumns } from './circuitLayout';

describe('the columns of a QLSTM circuit', () => {
  it('encodes, then per layer the two CNOT rings and RZ RY RZ', () => {
    const columns = circuitColumns('f', 4, 2);
    expect(columns.slice(0, 3).map((c) => c.kind)).toEqual(['H', 'RY-in', 'RZ-in']);
    const cnots = columns.filter((c) => c.kind === 'CNOT');
    expect(cnots).toHaveLength(16);
    expect(cnots.slice(0, 8).map((c) => c.kind === 'CNOT' && [c.control, c.target])).toEqual([[0, 1], [1, 2], [2, 3], [3, 0], [0, 2], [1, 3], [2, 0], [3, 1]]);
    const trained = columns.filter((c) => c.kind === 'trained');
    expect(trained.map((c) => c.kind === 'trained' && `${c.layer}${c.gate}`)).toEqual(['0RZ', '0RY', '0RZ', '1RZ', '1RY', '1RZ']);
    expect(trained[4].kind === 'trained' && trained[4].params).toEqual(['f.1.0.beta', 'f.1.1.beta', 'f.1.2.beta', 'f.1.3.beta']);
  });

  it('has one CNOT each way and no second ring on two qubits', () => {
    const cnots = circuitColumns('y', 2, 1).filter((c) => c.kind === 'CNOT');
    expect(cnots.map((c) => c.kind === 'CNOT' && [c.control, c.target])).toEqual([[0, 1], [1, 0]]);
  });
});
