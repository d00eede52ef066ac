/**
 * The page's gate table must say what the simulator's says: the same names in the same
 * order, the same arity and the same parametrised flag for every gate.
 */
import { describe, expect, it } from 'vitest';
import { GATE_NAMES, GATES } from '../core/gates';
import { GATE_KIND_NAMES, GATE_KINDS } from './gateKinds';

describe('GATE_KINDS', () => {
  it('lists the gates of core/gates.ts in the same order', () => {
    expect(GATE_KIND_NAMES).toEqual(GATE_NAMES);
  });

  it('agrees with core/gates.ts on arity and angle for every gate', () => {
    for (const name of GATE_NAMES) {
      expect({ name, arity: GATE_KINDS[name].arity, parametrised: GATE_KINDS[name].parametrised }).toEqual({ name, arity: GATES[name].arity, parametrised: GATES[name].parametrised });
    }
  });

  it('marks CNOT and the controlled rotations, and only them, as controlled', () => {
    expect(GATE_KIND_NAMES.filter((g) => GATE_KINDS[g].controlled)).toEqual(['CNOT', 'CRX', 'CRY', 'CRZ']);
  });
});
