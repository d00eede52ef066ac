/**
 * Python exports of a QLSTM (docs/spec.md §7): self-contained scripts that build the six
 * circuits with their trained angles, run the whole LSTM and its heads over the first
 * sequence, and print `yhat_<t>` per step (one value per output) and `loss`, as the QRNN's
 * scripts do (python.ts), with the lab's own numbers in the header. The model block, the
 * LSTM (pythonQlstmCommon.ts) and the heads and loss (pythonCommon.ts) are shared; the
 * targets differ in `vqc(k, u)` (pythonQlstmTargets.ts). Every target is exact.
 */
import { headsOf, outputCount } from '../model/outputs';
import type { QlstmExperiment, Sequence } from '../model/types';
import { headComment } from './describe';
import { commentText, exportSequence, formatNumber } from './exportInput';
import { PY_HEAD_AND_LOSS } from './pythonCommon';
import { py } from './pythonModel';
import { PY_QLSTM, PY_QLSTM_MAIN } from './pythonQlstmCommon';
import { QLSTM_NUMPY, QLSTM_PENNYLANE, QLSTM_QISKIT, type QlstmTarget } from './pythonQlstmTargets';
import { checkLabRun, qubitsOf, type QlstmExportOptions, type QlstmLabRun } from './qlstmExport';

function script(target: QlstmTarget, e: QlstmExperiment, options: QlstmExportOptions): string {
  const sequence = exportSequence(e, options.sequence);
  checkLabRun(e.model, sequence, options.lab);
  const parts = [header(target, e, options.lab), target.imports, modelBlock(e, sequence), PY_HEAD_AND_LOSS, PY_QLSTM, target.simulator, PY_QLSTM_MAIN];
  return `${parts.join('\n\n\n')}\n`;
}

/** A script for PennyLane (`pip install pennylane`). */
export function toQlstmPennyLane(e: QlstmExperiment, options: QlstmExportOptions): string {
  return script(QLSTM_PENNYLANE, e, options);
}

/** A script for Qiskit (`pip install qiskit`). */
export function toQlstmQiskit(e: QlstmExperiment, options: QlstmExportOptions): string {
  return script(QLSTM_QISKIT, e, options);
}

/** A script that needs only numpy: its outputs match the lab's to 1e-9. */
export function toQlstmNumpy(e: QlstmExperiment, options: QlstmExportOptions): string {
  return script(QLSTM_NUMPY, e, options);
}

/** The model and the sequence as Python assignments. */
function modelBlock(e: QlstmExperiment, sequence: Sequence): string {
  const { model } = e;
  const heads = headsOf(model).map((h, j) => `    (${py(h.weights)}, ${py(h.bias)}),  # yhat_t${outputCount(model) > 1 ? `,${j}` : ''}`);
  return [
    `NAME = ${py(e.name)}`,
    `INPUT_SIZE = ${model.inputSize}`,
    `HIDDEN_SIZE = ${model.hiddenSize}`,
    `LAYERS = ${model.layers}`,
    '# Qubits of every circuit: N = INPUT_SIZE + HIDDEN_SIZE.',
    'N = INPUT_SIZE + HIDDEN_SIZE',
    '# One head per output: (weights, bias), parameter names or fixed numbers, one weight per',
    '# value of VQC_y (e_0..e_{N-1}).',
    'HEADS = [',
    ...heads,
    ']',
    '# The trained parameters: circuit angles "k.l.j.alpha" ("beta", "gamma") of circuit k in',
    '# f i g o h y, layer l and qubit j, and the heads\' weights and biases.',
    `PARAMS = ${py(e.params)}`,
    '# The first sequence: x_t (INPUT_SIZE values per step) and its targets, one value per output (None: not scored).',
    `INPUTS = ${py(sequence.inputs)}`,
    `TARGETS = ${py(sequence.targets)}`,
    `WASHOUT = ${e.loss.washout}`,
  ].join('\n');
}

/** The header comment: what the script is, how to run it, and the lab's own results. */
function header(target: QlstmTarget, e: QlstmExperiment, lab: QlstmLabRun): string {
  const { model } = e;
  const n = qubitsOf(model), outputs = outputCount(model);
  const lines = [
    `QRNN Lab export for ${target.name}: "${e.name}"`,
    'Rebuilds the QLSTM (docs/spec.md §7) with its trained parameters: an LSTM whose gates are the',
    `variational circuits VQC_f, VQC_i, VQC_g, VQC_o, VQC_h, VQC_y on N = ${n} qubits (inputSize ${model.inputSize} +`,
    `hiddenSize ${model.hiddenSize}), ${model.layers} ${model.layers === 1 ? 'layer' : 'layers'}, with classical memory. It runs the whole recurrence over the`,
    outputs === 1
      ? 'first sequence of the experiment and prints yhat_t for every step, one per line, then the loss.'
      : `first sequence of the experiment and prints yhat_t for every step, one line each with its ${outputs} outputs, then the loss.`,
    `Needs ${target.needs}. Run: python3 THIS_FILE.py`,
    '',
    ...target.how,
    'A step evaluates all six circuits (6 T evaluations for T steps); on a device each would be',
    'its own execution, with <Z_j> estimated from shots (export --to qasm3 --circuit k writes one).',
    '',
    `The heads read e_t = VQC_y(m_t), the ${n} values <Z_0>..<Z_${n - 1}>, as their features e_0..e_${n - 1}:`,
    ...headComment(model.head, e.params),
    '',
    "The lab's own outputs on this sequence, for comparison:",
    ...lab.outputs.map((y, t) => `  yhat_${t} ${y.map(formatNumber).join(' ')}`),
    `  loss ${lab.loss === null ? 'none' : formatNumber(lab.loss)}`,
  ];
  return lines.map((l) => (l === '' ? '#' : `# ${commentText(l)}`)).join('\n');
}
