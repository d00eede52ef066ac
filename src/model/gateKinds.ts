/**
 * The shape of each gate of docs/spec.md §1.5 as plain data: how many wires it acts on, whether it
 * takes an angle, and whether its first wire is a control. The page reads this table (the
 * editor's palette, inspector and edits) instead of `core/gates.ts`, whose matrices belong
 * to the worker; `gateKinds.test.ts` checks that the two tables agree.
 */
import type { GateName } from '../core/gates';

export type { GateName };

/** What the editor needs to know of a gate kind. */
export interface GateKind {
  readonly arity: 1 | 2;
  readonly parametrised: boolean;
  /** The first wire is a control (CNOT and the controlled rotations). */
  readonly controlled: boolean;
}

const kind = (arity: 1 | 2, parametrised: boolean, controlled = false): GateKind => ({ arity, parametrised, controlled });

/** Every gate of docs/spec.md §1.5, by name. */
export const GATE_KINDS: Readonly<Record<GateName, GateKind>> = {
  H: kind(1, false), X: kind(1, false), Y: kind(1, false), Z: kind(1, false),
  S: kind(1, false), Sdg: kind(1, false), T: kind(1, false), Tdg: kind(1, false), SX: kind(1, false),
  CNOT: kind(2, false, true), CZ: kind(2, false), SWAP: kind(2, false),
  RX: kind(1, true), RY: kind(1, true), RZ: kind(1, true), P: kind(1, true),
  RXX: kind(2, true), RYY: kind(2, true), RZZ: kind(2, true),
  CRX: kind(2, true, true), CRY: kind(2, true, true), CRZ: kind(2, true, true),
};

/** The gate names in the SPEC's order: fixed one-wire, fixed two-wire, then parametrised. */
export const GATE_KIND_NAMES = Object.keys(GATE_KINDS) as GateName[];
