/**
 * A QLSTM's trained angles, circuit by circuit, in the slot order of circuit.ts, and which
 * of them are trained: the link between `params` names (`k.l.j.angle`) and angle vectors.
 */
import { QLSTM_ANGLES, QLSTM_CIRCUITS, qlstmParamName, type Params, type QlstmAngle, type QlstmCircuit, type QlstmModel } from '../model/types';
import type { Shape } from './circuit';

/** One trained angle of a circuit: its place in the circuit's `theta` and its name. */
export interface AngleRef {
  layer: number;
  qubit: number;
  angle: QlstmAngle;
  param: string;
}

export function shapeOf(model: QlstmModel): Shape {
  return { n: model.inputSize + model.hiddenSize, layers: model.layers };
}

/** Circuit `k`'s trained angles in slot order (layer, qubit, alpha beta gamma). */
export function angleRefs(model: QlstmModel, k: QlstmCircuit): AngleRef[] {
  const { n, layers } = shapeOf(model);
  const out: AngleRef[] = [];
  for (let layer = 0; layer < layers; layer++) for (let qubit = 0; qubit < n; qubit++) for (const angle of QLSTM_ANGLES) out.push({ layer, qubit, angle, param: qlstmParamName(k, layer, qubit, angle) });
  return out;
}

/** Every circuit's `theta` (values of its angles in slot order), in f i g o h y order. */
export function thetas(model: QlstmModel, params: Params): number[][] {
  return QLSTM_CIRCUITS.map((k) => angleRefs(model, k).map((a) => params[a.param]));
}
