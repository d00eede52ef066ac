/**
 * The one place that picks the engine for a model's kind: the QRNN's (src/simulation,
 * src/gradients) or the QLSTM's (src/qlstm, docs/spec.md §7). The command line and the
 * trainer simulate, differentiate and measure losses through these three functions, so
 * neither has a path per kind.
 */
import type { Rng } from '../core/rng';
import { estimateLoss } from '../gradients/lossEstimate';
import { GRADIENT_REGISTRY } from '../gradients/registry';
import type { Cost, GradientOptions, GradientResult } from '../gradients/types';
import { isQlstmModel, type AnyModel, type GradientMethodName, type LossSpec, type Params, type Sampling, type Sequence } from '../model/types';
import { QLSTM_GRADIENT_REGISTRY } from '../qlstm/registry';
import { measuredLoss } from '../qlstm/run';
import { simulateQlstm } from '../qlstm/simulate';
import type { QlstmGradientResult } from '../qlstm/types';
import { simulate, type SimulateOptions, type SimulationResult } from '../simulation/simulate';

/** A gradient problem of either kind (src/gradients/types.ts, src/qlstm/types.ts). */
export interface AnyGradientProblem {
  model: AnyModel;
  params: Params;
  sequence: Sequence;
  loss: LossSpec;
  trainable?: readonly string[];
}

/** `simulate` for either kind; `options` (Bloch vectors, fusion) concern the QRNN only. */
export function simulateModel(model: AnyModel, params: Params, sequence: Sequence, loss: LossSpec, options: SimulateOptions = {}): SimulationResult {
  return isQlstmModel(model) ? simulateQlstm(model, params, sequence, loss) : simulate(model, params, sequence, loss, options);
}

/** The gradient by `method` for either kind; a QLSTM's occurrences name circuit, layer, qubit and angle. */
export function gradientOf(method: GradientMethodName, problem: AnyGradientProblem, options: GradientOptions = {}): GradientResult | QlstmGradientResult {
  const { model } = problem;
  return isQlstmModel(model) ? QLSTM_GRADIENT_REGISTRY[method]({ ...problem, model }, options) : GRADIENT_REGISTRY[method]({ ...problem, model }, options);
}

/** The loss at one point as hardware would measure it (L-BFGS's trial points), for either kind. */
export function estimateLossOf(problem: AnyGradientProblem, shots: number | null, rng: Rng, sampling?: Sampling): { loss: number | null; cost: Cost } {
  const { model } = problem;
  return isQlstmModel(model) ? measuredLoss({ ...problem, model }, shots, rng) : estimateLoss({ ...problem, model }, shots, rng, sampling);
}
