/**
 * `simulate` for a QLSTM (docs/spec.md §4, §7): the outputs, the `n` values of `VQC_y` per
 * step as `expectations`, the loss, and no Bloch vectors (the memory is classical). The same
 * shape as the QRNN's `SimulationResult`, so callers print either alike.
 */
import type { LossSpec, Params, QlstmModel, Sequence } from '../model/types';
import type { SimulationResult } from '../simulation/simulate';
import { runSequence } from './run';

export function simulateQlstm(model: QlstmModel, params: Params, sequence: Sequence, loss: LossSpec): SimulationResult {
  const run = runSequence(model, params, sequence, loss);
  return { outputs: run.outputs, expectations: run.tape.features, loss: run.loss, bloch: [] };
}
