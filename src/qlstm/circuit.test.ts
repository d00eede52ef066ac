/**
 * The circuit of docs/spec.md §7 gate by gate: its wiring for two and more qubits, its
 * angle slots, hand-computed results, and inverses that undo each gate (the adjoint's sweep
 * relies on them).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { angleCount, angleSlot, applyGate, circuitAngles, circuitGates, evaluateCircuit, runCircuit, type Gate } from './circuit';

const cnots = (gates: Gate[]) => gates.filter((g): g is Extract<Gate, { kind: 'CNOT' }> => g.kind === 'CNOT').map((g) => [g.control, g.target]);

describe('VQC_k', () => {
  it('has one ring j -> j+1 for two qubits, and a second ring j -> j+2 for more, in order of j, per layer', () => {
    expect(cnots(circuitGates({ n: 2, layers: 1 }))).toEqual([[0, 1], [1, 0]]);
    expect(cnots(circuitGates({ n: 3, layers: 1 }))).toEqual([[0, 1], [1, 2], [2, 0], [0, 2], [1, 0], [2, 1]]);
    expect(cnots(circuitGates({ n: 4, layers: 2 }))).toHaveLength(16);
  });

  it('encodes each qubit with H, RY, RZ, then per layer and qubit RZ(alpha) RY(beta) RZ(gamma), each angle in its own slot', () => {
    const shape = { n: 3, layers: 2 };
    const gates = circuitGates(shape);
    expect(gates.slice(0, 3)).toEqual([{ kind: 'H', qubit: 0 }, { kind: 'RY', qubit: 0, slot: 0 }, { kind: 'RZ', qubit: 0, slot: 3 }]);
    const rotations = gates.filter((g) => g.kind === 'RY' || g.kind === 'RZ').map((g) => (g as { slot: number }).slot);
    expect([...rotations].sort((a, b) => a - b)).toEqual(Array.from({ length: angleCount(shape) }, (_, s) => s));
    expect(angleSlot(shape, 1, 2, 'gamma')).toBe(angleCount(shape) - 1);
    const last = gates.slice(-3);
    expect(last.map((g) => g.kind)).toEqual(['RZ', 'RY', 'RZ']);
  });

  it('gives hand-computed results: with trained angles 0, <Z_0> is the encoded <Z_1> and <Z_1> is <Z_0 Z_1>', () => {
    // After H and RY(a) a qubit has <Z> = -sin a (RZ leaves <Z> alone), and the state is a product.
    // Conjugating by CNOT(0,1) then CNOT(1,0) (Heisenberg picture, read backwards) sends
    // Z_0 -> Z_0 Z_1 -> Z_1 and Z_1 -> Z_1 -> Z_0 Z_1.
    const shape = { n: 2, layers: 1 };
    const angles = circuitAngles(shape, [0.7, -0.4], new Array(6).fill(0));
    const z = evaluateCircuit(shape, circuitGates(shape), angles);
    const z0 = -Math.sin(Math.atan(0.7)), z1 = -Math.sin(Math.atan(-0.4));
    expect(z[0]).toBeCloseTo(z1, 14);
    expect(z[1]).toBeCloseTo(z0 * z1, 14);
  });

  it('undoes every gate with its inverse', () => {
    const shape = { n: 3, layers: 1 };
    const rng = createRng(4);
    const gates = circuitGates(shape);
    const angles = Float64Array.from({ length: angleCount(shape) }, () => rng.next() * 6 - 3);
    const state = runCircuit(shape, gates, angles);
    for (let g = gates.length - 1; g >= 0; g--) {
      const gate = gates[g];
      applyGate(state, gate, gate.kind === 'RY' || gate.kind === 'RZ' ? angles[gate.slot] : 0, -1);
    }
    expect(state.re[0]).toBeCloseTo(1, 14);
    for (let x = 1; x < 8; x++) expect(Math.abs(state.re[x]) + Math.abs(state.im[x])).toBeLessThan(1e-14);
  });
});
