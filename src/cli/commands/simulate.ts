/**
 * `qrnn simulate FILE [--json]`: the outputs, expectations, loss and hidden-wire Bloch vectors
 * of the file's inline data (or its generator's first window), docs/spec.md §4; for a QLSTM
 * (§7) the expectations are `VQC_y`'s `n` values per step and there are no Bloch vectors.
 */
import { printedOutputs } from '../../model/outputs';
import { simulateModel } from '../../training/engines';
import { loadAnyExperiment, primarySequence } from '../load';
import { fileOperand } from '../main';
import { formatTable } from '../format';

export function runSimulate(operands: string[], options: Record<string, unknown>): void {
  const file = fileOperand(operands, 'simulate');
  const experiment = loadAnyExperiment(file);
  const sequence = primarySequence(file, experiment);
  const result = simulateModel(experiment.model, experiment.params, sequence, experiment.loss);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ outputs: printedOutputs(result.outputs), expectations: result.expectations, loss: result.loss, bloch: result.bloch })}\n`);
    return;
  }
  const rows = result.outputs.map((y, t) => [String(t), sequence.inputs[t].map(fmt).join(','), sequence.targets[t]?.map(fmt).join(',') ?? '-', y.map(fmt).join(',')]);
  process.stdout.write(`${experiment.name}\n${formatTable(['step', 'x_t', 'target', 'output'], rows)}loss ${result.loss === null ? 'none (no scored step)' : fmt(result.loss)}\n`);
}

const fmt = (v: number) => v.toFixed(6);
