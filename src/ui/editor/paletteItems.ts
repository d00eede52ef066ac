/**
 * What the palette offers, in its groups (docs/spec.md §1.5 plus the input encoding), and how an
 * item becomes a gate on a wire: rotations bind a new parameter (`theta_1`, ...), the
 * input encoding `x_t` is `RY` of `arccos x_t` (the inspector can change its kind and
 * transform), and a two-wire gate gets the next wire as its second (the wire before when
 * dropped on the last one), to be stretched elsewhere. The keyboard's letters map here too.
 */
import { GATE_KINDS, type GateName } from '../../model/gateKinds';
import type { Experiment, GateSpec } from '../../model/types';
import { partnerWire } from './edits';
import { freshParamName } from './params';

/** One palette entry: a gate kind, or the input encoding. */
export interface PaletteItem {
  /** The gate name, or `x_t`. */
  id: string;
  gate: GateName;
  /** The button's accessible name, starting with its text: `RY`, `S† (Sdg)`, `xₜ input encoding`. */
  name: string;
  /** What the tile shows. */
  text: string;
  /** A one-line explanation (the tile's tooltip). */
  hint: string;
}

/** A titled group of palette items. */
export interface PaletteGroup {
  title: string;
  items: PaletteItem[];
}

const HINTS: Partial<Record<GateName, string>> = {
  H: 'Hadamard', X: 'Pauli X (NOT)', Y: 'Pauli Y', Z: 'Pauli Z', S: 'phase by π/2', Sdg: 'S dagger', T: 'phase by π/4', Tdg: 'T dagger', SX: 'square root of X',
  RX: 'rotation about X', RY: 'rotation about Y', RZ: 'rotation about Z', P: 'phase diag(1, e^ia)',
  CNOT: 'controlled NOT: control, then target', CZ: 'controlled Z', SWAP: 'swaps two wires',
  RXX: 'XX rotation', RYY: 'YY rotation', RZZ: 'ZZ rotation', CRX: 'controlled RX', CRY: 'controlled RY', CRZ: 'controlled RZ',
};

/** A gate's tile; a name that is not its text starts with the text, so speech input can say what it sees (`S† (Sdg)`). */
const gateItem = (gate: GateName): PaletteItem => {
  const text = gate.replace('dg', '†');
  return { id: gate, gate, name: text === gate ? gate : `${text} (${gate})`, text, hint: `${gate}: ${HINTS[gate] ?? gate}` };
};

/** The input-encoding item `x_t`. */
export const INPUT_ITEM: PaletteItem = { id: 'x_t', gate: 'RY', name: 'xₜ input encoding', text: 'xₜ', hint: 'x_t input encoding: RY(arccos x_t) on a data wire' };

/** The palette, group by group. */
export const PALETTE_GROUPS: readonly PaletteGroup[] = [
  { title: 'Input', items: [INPUT_ITEM] },
  { title: 'Fixed', items: (['H', 'X', 'Y', 'Z', 'S', 'Sdg', 'T', 'Tdg', 'SX'] as const).map(gateItem) },
  { title: 'Rotations', items: (['RX', 'RY', 'RZ', 'P'] as const).map(gateItem) },
  { title: 'Two-wire', items: (['CNOT', 'CZ', 'SWAP'] as const).map(gateItem) },
  { title: 'Two-wire rotations', items: (['RXX', 'RYY', 'RZZ', 'CRX', 'CRY', 'CRZ'] as const).map(gateItem) },
];

/** Every palette item by id. */
export const PALETTE_ITEMS: ReadonlyMap<string, PaletteItem> = new Map(PALETTE_GROUPS.flatMap((g) => g.items.map((item) => [item.id, item] as const)));

/** The palette item a key places on the keyboard: `H X Y Z S T`, `R` (RY), `C` (CNOT). */
export const KEY_ITEMS: Readonly<Record<string, string>> = { h: 'H', x: 'X', y: 'Y', z: 'Z', s: 'S', t: 'T', r: 'RY', c: 'CNOT' };

/** The gate `item` makes on `wire` of `experiment`'s register, or a refusal in words. */
export function gateFor(item: PaletteItem, experiment: Experiment, wire: number): GateSpec | string {
  const { model } = experiment;
  const kind = GATE_KINDS[item.gate];
  let wires = [wire];
  if (kind.arity === 2) {
    const partner = partnerWire(wire, model.dataQubits + model.hiddenQubits);
    if (partner === null) return `${item.name} acts on two wires and the register has one: add a qubit first.`;
    wires = [wire, partner];
  }
  if (item.id === INPUT_ITEM.id) return { gate: 'RY', wires, angle: { input: true, transform: 'arccos' } };
  if (!kind.parametrised) return { gate: item.gate, wires };
  return { gate: item.gate, wires, angle: { param: freshParamName(experiment.params) } };
}
