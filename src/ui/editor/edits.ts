/**
 * The cell editor's operations as pure functions over an `Experiment`: each returns the
 * would-be experiment (never mutating its argument) or refuses in words. They change the
 * structure only; whether the result is a valid experiment is for `parseExperiment` to say
 * when the store commits it (or previews it), so the parser's messages are the editor's.
 * Parameters follow the cell (`params.ts`): a new name is created at 0.1, a name no longer
 * used by anything is removed. The register edits (`setQubits`, `setRecurrence`,
 * `clearCell`) live in `registerEdits.ts` and are re-exported here.
 */
import { GATE_KINDS, type GateName } from '../../model/gateKinds';
import type { Angle, Experiment, GateSpec } from '../../model/types';
import { refuse, withCell, type EditResult } from './editResult';
import { freshParamName } from './params';
import { placeInColumn } from './placement';

export { refuse, type EditResult } from './editResult';
export { clearCell, setQubits, setRecurrence } from './registerEdits';

function gateAt(experiment: Experiment, index: number): GateSpec | undefined {
  return Number.isInteger(index) ? experiment.model.cell[index] : undefined;
}

const noGate = (index: number) => refuse(`There is no gate ${index + 1} in the cell.`);

/** Inserts `gate` in slot column `column` (see `placement.ts`); it becomes the selection. */
export function insertGate(experiment: Experiment, gate: GateSpec, column: number): EditResult {
  const placed = placeInColumn(experiment.model.cell, gate, column);
  return { ok: true, experiment: withCell(experiment, placed.cell), focus: placed.index };
}

/** Moves gate `index` to slot column `column` on `wires` (its own wires when omitted). */
export function moveGate(experiment: Experiment, index: number, column: number, wires?: number[]): EditResult {
  const gate = gateAt(experiment, index);
  if (!gate) return noGate(index);
  const moved: GateSpec = { ...gate, wires: wires ? [...wires] : [...gate.wires] };
  const placed = placeInColumn(experiment.model.cell, moved, column, index);
  return { ok: true, experiment: withCell(experiment, placed.cell), focus: placed.index };
}

/** Removes gate `index`, and any parameter only it used. */
export function deleteGate(experiment: Experiment, index: number): EditResult {
  if (!gateAt(experiment, index)) return noGate(index);
  const cell = experiment.model.cell.filter((_, i) => i !== index);
  return { ok: true, experiment: withCell(experiment, cell), focus: null };
}

/** Puts gate `index` on `wires`, keeping its place in the cell's order. */
export function setWires(experiment: Experiment, index: number, wires: number[]): EditResult {
  const gate = gateAt(experiment, index);
  if (!gate) return noGate(index);
  const cell = experiment.model.cell.map((g, i) => (i === index ? { ...g, wires: [...wires] } : g));
  return { ok: true, experiment: withCell(experiment, cell), focus: index };
}

/** Gives gate `index` the angle `angle` (docs/spec.md §1.3); a new parameter name is created at 0.1. */
export function setAngle(experiment: Experiment, index: number, angle: Angle): EditResult {
  const gate = gateAt(experiment, index);
  if (!gate) return noGate(index);
  if (!GATE_KINDS[gate.gate].parametrised) return refuse(`${gate.gate} takes no angle.`);
  const cell = experiment.model.cell.map((g, i) => (i === index ? { ...g, angle } : g));
  return { ok: true, experiment: withCell(experiment, cell), focus: index };
}

/** The second wire a new two-wire gate on `wire` gets: the next wire, or the one before the last. */
export function partnerWire(wire: number, wireCount: number): number | null {
  if (wireCount < 2) return null;
  return wire + 1 < wireCount ? wire + 1 : wire - 1;
}

/**
 * Turns gate `index` into a `kind` gate: a one-wire gate given a second wire gets the next
 * one; a two-wire gate made one-wire keeps its first; an angle is kept when both kinds take
 * one, created as a new parameter when only the new kind does, dropped otherwise.
 */
export function setGateKind(experiment: Experiment, index: number, kind: GateName): EditResult {
  const gate = gateAt(experiment, index);
  if (!gate) return noGate(index);
  const { arity, parametrised } = GATE_KINDS[kind];
  let wires = gate.wires.slice(0, arity);
  if (wires.length < arity) {
    const partner = partnerWire(wires[0], experiment.model.dataQubits + experiment.model.hiddenQubits);
    if (partner === null) return refuse(`${kind} acts on two wires and the register has one: add a qubit first.`);
    wires = [wires[0], partner];
  }
  const changed: GateSpec = { ...gate, gate: kind, wires };
  delete changed.angle;
  if (parametrised) changed.angle = gate.angle ?? { param: freshParamName(experiment.params) };
  const cell = experiment.model.cell.map((g, i) => (i === index ? changed : g));
  return { ok: true, experiment: withCell(experiment, cell), focus: index };
}
