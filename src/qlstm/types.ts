/**
 * The QLSTM's gradient problem and report: the QRNN's (src/gradients/types.ts) with a QLSTM
 * model, and occurrences named by circuit, layer, qubit and angle (docs/spec.md §7) instead
 * of a cell index. The options are the QRNN's own.
 */
import type { GradientOptions, GradientResult } from '../gradients/types';
import type { LossSpec, Params, QlstmAngle, QlstmCircuit, QlstmModel, Sequence } from '../model/types';

export interface QlstmProblem {
  model: QlstmModel;
  params: Params;
  sequence: Sequence;
  loss: LossSpec;
  /** Parameters to differentiate; default every parameter in `params`. */
  trainable?: readonly string[];
}

/** One occurrence: the angle `angle` of qubit `qubit` in layer `layer` of circuit `circuit`, at step `step`. */
export interface QlstmOccurrence {
  param: string;
  circuit: QlstmCircuit;
  layer: number;
  qubit: number;
  angle: QlstmAngle;
  step: number;
  contribution: number;
}

export interface QlstmGradientResult extends Omit<GradientResult, 'occurrences'> {
  /** Step by step, then circuit, layer, qubit and angle (the order of `qlstmParamNames`). */
  occurrences: QlstmOccurrence[];
}

export type QlstmGradientMethod = (problem: QlstmProblem, options?: GradientOptions) => QlstmGradientResult;
