/**
 * A QLSTM's circuits and occurrences in words (docs/spec.md §7): "VQC_f, the forget gate",
 * and an occurrence as "VQC_f (forget gate), layer 0, qubit 1, α, step 3: contribution
 * −0.042", for the timeline's names and read-outs, the gradient bars' labels and the cell
 * view. A parameter `k.l.j.angle` occurs once per step, in circuit `k`.
 */
import { QLSTM_ANGLES, QLSTM_CIRCUITS, type QlstmAngle, type QlstmCircuit } from '../model/types';
import { formatContribution } from './format';

/** What each circuit computes in the LSTM. */
export const CIRCUIT_ROLE: Readonly<Record<QlstmCircuit, string>> = {
  f: 'forget gate',
  i: 'input gate',
  g: 'candidate memory',
  o: 'output gate',
  h: 'hidden map',
  y: 'output map',
};

export const ANGLE_SYMBOL: Readonly<Record<QlstmAngle, string>> = { alpha: 'α', beta: 'β', gamma: 'γ' };

/** One trained angle of a QLSTM, read from its parameter name. */
export interface QlstmSlot {
  circuit: QlstmCircuit;
  layer: number;
  qubit: number;
  angle: QlstmAngle;
}

/** The angle a parameter name `k.l.j.angle` denotes; `null` for a head parameter or any other name. */
export function qlstmSlotOf(name: string): QlstmSlot | null {
  const m = /^([figohy])\.(\d+)\.(\d+)\.(alpha|beta|gamma)$/.exec(name);
  if (!m || !(QLSTM_CIRCUITS as readonly string[]).includes(m[1]) || !(QLSTM_ANGLES as readonly string[]).includes(m[4])) return null;
  return { circuit: m[1] as QlstmCircuit, layer: Number(m[2]), qubit: Number(m[3]), angle: m[4] as QlstmAngle };
}

/** "VQC_f (forget gate)". */
export const circuitLabel = (k: QlstmCircuit) => `VQC_${k} (${CIRCUIT_ROLE[k]})`;

/** "VQC_f (forget gate), layer 0, qubit 1, α". */
export function describeQlstmSlot(slot: QlstmSlot): string {
  return `${circuitLabel(slot.circuit)}, layer ${slot.layer}, qubit ${slot.qubit}, ${ANGLE_SYMBOL[slot.angle]}`;
}

/** The sentence for the occurrence of `param` at `step`; "no contribution yet" before there is a gradient. */
export function describeQlstmOccurrence(param: string, step: number, contribution: number | null): string {
  const slot = qlstmSlotOf(param);
  const value = contribution === null || Number.isNaN(contribution) ? 'no contribution yet' : `contribution ${formatContribution(contribution)}`;
  return `${slot ? describeQlstmSlot(slot) : param}, step ${step}: ${value}`;
}
