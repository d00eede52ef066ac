/**
 * The lab's gates (docs/spec.md §1.5) as OpenQASM 3 gates. Everything but the two-wire Pauli rotations
 * is in `stdgates.inc` with the same matrix (its `rz` carries the global phase that makes it
 * `exp(-i a Z / 2)` exactly, so `crx`, `cry`, `crz` and `p` match too). `rxx`, `ryy` and `rzz`
 * are defined here by their textbook decompositions, and `basis_x`, `basis_y` rotate a wire
 * so that measuring it in the computational basis measures X or Y (a probabilities readout is
 * measured in Z, as it is); `qasm3.test.ts` checks every definition against the gate table's
 * matrices.
 */
import { readoutWires as wiresOf } from '../model/outputs';
import type { GateSpec, PauliReadout, Readout } from '../model/types';

type GateName = GateSpec['gate'];
type Pauli = PauliReadout['observable'];

/** Lab gate name -> OpenQASM 3 gate name. Two-wire gates keep the lab's wire order (control first). */
export const QASM_GATE: Readonly<Record<GateName, string>> = {
  H: 'h', X: 'x', Y: 'y', Z: 'z', S: 's', Sdg: 'sdg', T: 't', Tdg: 'tdg', SX: 'sx',
  CNOT: 'cx', CZ: 'cz', SWAP: 'swap',
  RX: 'rx', RY: 'ry', RZ: 'rz', P: 'p',
  RXX: 'rxx', RYY: 'ryy', RZZ: 'rzz',
  CRX: 'crx', CRY: 'cry', CRZ: 'crz',
};

/** The gates the export defines itself, with their definitions, in the order they are written. */
export const QASM_DEFINITIONS: Readonly<Record<string, string>> = {
  rxx: 'gate rxx(theta) a, b { h a; h b; cx a, b; rz(theta) b; cx a, b; h a; h b; }',
  ryy: 'gate ryy(theta) a, b { rx(pi/2) a; rx(pi/2) b; cx a, b; rz(theta) b; cx a, b; rx(-pi/2) a; rx(-pi/2) b; }',
  rzz: 'gate rzz(theta) a, b { cx a, b; rz(theta) b; cx a, b; }',
  basis_x: 'gate basis_x a { h a; }',
  basis_y: 'gate basis_y a { sdg a; h a; }',
};

/** The gate that turns a Pauli into a computational-basis measurement (none for Z). */
export function basisGate(observable: Pauli): string | null {
  return observable === 'X' ? 'basis_x' : observable === 'Y' ? 'basis_y' : null;
}

/** The basis a readout measures its wires in: its Pauli, or Z for every wire of a probabilities readout (docs/spec.md §5.2). */
export function measuredBasis(r: Readout): Pauli {
  return r.observable === 'probabilities' ? 'Z' : r.observable;
}

/** One measured wire: the basis it is measured in and the readouts it serves. */
export interface MeasuredWire {
  wire: number;
  observable: Pauli;
  /** Indices into `model.readout` read from this measurement (a probabilities readout is listed on each of its wires). */
  readouts: number[];
  /** Readouts on this wire in another basis: each needs its own execution. */
  otherBasis: number[];
}

/** The wires `wires` measured for `readout`: the first readout on a wire sets its basis (Z for a wire without one). */
export function measurementPlan(readout: readonly Readout[], wires: readonly number[]): MeasuredWire[] {
  return wires.map((wire) => {
    const on = readout.flatMap((r, i) => (wiresOf(r).includes(wire) ? [i] : []));
    const observable = on.length > 0 ? measuredBasis(readout[on[0]]) : 'Z';
    return {
      wire,
      observable,
      readouts: on.filter((i) => measuredBasis(readout[i]) === observable),
      otherBasis: on.filter((i) => measuredBasis(readout[i]) !== observable),
    };
  });
}

/** Whether readout `i` can be read from the plan's measurement: every wire it needs is measured in its basis. */
export function servedBy(plan: readonly MeasuredWire[], readout: Readout, i: number): boolean {
  return wiresOf(readout).every((w) => plan.some((m) => m.wire === w && m.readouts.includes(i)));
}

/** Wires that carry a readout, in order of their first readout. */
export function readoutWires(readout: readonly Readout[]): number[] {
  return readout.flatMap(wiresOf).filter((w, i, all) => all.indexOf(w) === i);
}
