/**
 * The classical baselines of studies (docs/spec.md §8), as the study runner uses them: parse a
 * spec, count its parameters, train it epoch by epoch beside the QRNN.
 */
export { parseBaseline, BASELINE_DEFAULTS, BASELINE_KINDS, BASELINE_RULES, type BaselineKind, type BaselineParse, type BaselineSpec } from '../model/parseBaseline';
export { baselineParameterCount } from './parameterCount';
export { createBaselineTrainer, type BaselineStep, type BaselineTrainer, type BaselineTrainerResult } from './trainer';
