/**
 * Edits of the register: the numbers of data and hidden qubits, the recurrence, and
 * emptying the cell. Wires are numbered data first (`0..D-1`), then hidden (`D..D+H-1`), so
 * adding or removing a data qubit renumbers every hidden wire; gates and readouts follow
 * their wires. "Remove" takes the last wire of its register away and **deletes the gates
 * on it** (the commit can be undone), and drops a readout on it with its head weight; it is
 * refused when that readout is the model's only one. A register above `MAX_QUBITS` is
 * refused with the memory it would need (`limits.ts`).
 */
import { MAX_QUBITS, type Experiment, type Readout, type Recurrence } from '../../model/types';
import { featureOffsets, featuresOf, headsOf, isProbabilities, readoutWires } from '../../model/outputs';
import { formatReadout } from '../../text/format';
import { refuse, withCell, type EditResult } from './editResult';
import { qubitLimitMessage } from './limits';
import { syncParams } from './params';

/** Old wire -> new wire (or `null` when removed), for a register resized to `data + hidden`. */
function wireMap(oldData: number, oldHidden: number, data: number, hidden: number): (number | null)[] {
  const map: (number | null)[] = [];
  for (let w = 0; w < oldData; w++) map.push(w < data ? w : null);
  for (let h = 0; h < oldHidden; h++) map.push(h < hidden ? data + h : null);
  return map;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Resizes the register to `dataQubits + hiddenQubits`, renumbering wires as described above. */
export function setQubits(experiment: Experiment, dataQubits: number, hiddenQubits: number): EditResult {
  const { model } = experiment;
  if (!Number.isInteger(dataQubits) || !Number.isInteger(hiddenQubits) || dataQubits < 0 || hiddenQubits < 0) {
    return refuse('The numbers of data and hidden qubits are whole numbers of at least 0.');
  }
  if (dataQubits + hiddenQubits > MAX_QUBITS) return refuse(qubitLimitMessage(dataQubits + hiddenQubits));
  const map = wireMap(model.dataQubits, model.hiddenQubits, dataQubits, hiddenQubits);
  const cell = model.cell.filter((g) => g.wires.every((w) => map[w] !== null)).map((g) => ({ ...g, wires: g.wires.map((w) => map[w] as number) }));
  // A readout stays when every wire it measures stays; its features keep their weights.
  const offsets = featureOffsets(model.readout);
  const kept = model.readout.map((r, i) => ({ r, i })).filter(({ r }) => readoutWires(r).every((w) => map[w] !== null));
  if (kept.length === 0) {
    const names = model.readout.map((r) => formatReadout(r, model.dataQubits)).join(', ');
    return refuse(`That would remove the model's only readout (${names}): add a readout on another wire first.`);
  }
  const readout = kept.map(({ r }): Readout => (isProbabilities(r) ? { ...r, wires: r.wires.map((w) => map[w] as number) } : { ...r, wire: map[r.wire] as number }));
  const features = kept.flatMap(({ r, i }) => Array.from({ length: featuresOf(r) }, (_, k) => offsets[i] + k));
  const heads = headsOf(model).map((h) => ({ ...h, weights: features.map((f) => h.weights[f]) }));
  const head = Array.isArray(model.head) ? heads : heads[0];
  const resized: Experiment = { ...experiment, model: { ...model, dataQubits, hiddenQubits, readout, head } };
  const removedGates = model.cell.length - cell.length;
  const removedReadouts = model.readout.length - readout.length;
  const notes = [removedGates && `${plural(removedGates, 'gate')}`, removedReadouts && `${plural(removedReadouts, 'readout')}`].filter(Boolean);
  const note = notes.length > 0 ? `Removed ${notes.join(' and ')} on the removed wire (Undo brings them back).` : undefined;
  return { ok: true, experiment: syncParams(experiment, { ...resized, model: { ...resized.model, cell } }), focus: null, note };
}

/** Switches the recurrence (docs/spec.md §1.1, 1.2); the parser says if the model does not fit it. */
export function setRecurrence(experiment: Experiment, recurrence: Recurrence): EditResult {
  return { ok: true, experiment: { ...experiment, model: { ...experiment.model, recurrence } }, focus: null };
}

/** Empties the cell, keeping the register, readouts, head and data. */
export function clearCell(experiment: Experiment): EditResult {
  return { ok: true, experiment: withCell(experiment, []), focus: null };
}
