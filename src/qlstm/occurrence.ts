/**
 * Naming one occurrence of a QLSTM (docs/spec.md §7: circuit, layer, qubit, angle, step)
 * and finding it in a run: which circuit evaluation and which entry of its angle vector.
 */
import { QLSTM_ANGLES, QLSTM_CIRCUITS, type QlstmAngle, type QlstmCircuit, type QlstmModel } from '../model/types';
import { angleSlot } from './circuit';
import { shapeOf } from './parameters';
import type { Shift } from './run';

export interface OccurrenceRef {
  circuit: QlstmCircuit;
  layer: number;
  qubit: number;
  angle: QlstmAngle;
  step: number;
}

/** The shift by `delta` of that occurrence alone, refusing one the model or sequence does not have. */
export function shiftOfOccurrence(model: QlstmModel, steps: number, at: OccurrenceRef, delta: number): Shift {
  const shape = shapeOf(model);
  const k = QLSTM_CIRCUITS.indexOf(at.circuit);
  if (k < 0) throw new Error(`circuit must be one of ${QLSTM_CIRCUITS.join(' ')}, got ${at.circuit}`);
  if (!(Number.isInteger(at.layer) && at.layer >= 0 && at.layer < shape.layers)) throw new Error(`layer must be 0..${shape.layers - 1}, got ${at.layer}`);
  if (!(Number.isInteger(at.qubit) && at.qubit >= 0 && at.qubit < shape.n)) throw new Error(`qubit must be 0..${shape.n - 1}, got ${at.qubit}`);
  // Checked here, since an unknown angle would silently land in another angle's slot.
  if (!QLSTM_ANGLES.includes(at.angle)) throw new Error(`angle must be one of ${QLSTM_ANGLES.join(' ')}, got ${at.angle}`);
  if (!(Number.isInteger(at.step) && at.step >= 0 && at.step < steps)) throw new Error(`step must be 0..${steps - 1}, got ${at.step}`);
  return { k, t: at.step, slot: angleSlot(shape, at.layer, at.qubit, at.angle), delta };
}
