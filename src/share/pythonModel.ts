/**
 * The parts every Python export shares besides the arithmetic of `pythonCommon.ts`: the model
 * as Python data (the cell, readouts, heads, noise, trained parameters, and the first
 * sequence's inputs and targets) and the header with the lab's own outputs for comparison.
 */
import { headsOf, outputCount } from '../model/outputs';
import type { SimulationResult } from '../simulation/simulate';
import type { Angle, Experiment, Readout, Sequence } from '../model/types';
import { commentText, formatNumber } from './exportInput';
import { headComment, readoutTexts } from './describe';

/** A Python literal for a JSON-like value: strings as JSON strings (valid Python), numbers as floats. */
export function py(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${py(v)}`).join(', ')}}`;
}

/** An angle as Python: `None` (fixed gate), a number, or a dict of the docs/spec.md §1.3, 5.1 fields present. */
function pyAngle(angle: Angle | undefined): string {
  if (angle === undefined || typeof angle === 'number') return py(angle);
  const fields: string[] = [];
  if (angle.param !== undefined) fields.push(`"param": ${py(angle.param)}`);
  if (angle.input !== undefined) fields.push(`"input": ${angle.input === true ? 0 : angle.input}`);
  if (angle.factor !== undefined) fields.push(`"factor": ${py(angle.factor)}`);
  if (angle.offset !== undefined) fields.push(`"offset": ${py(angle.offset)}`);
  if (angle.transform !== undefined) fields.push(`"transform": ${py(angle.transform)}`);
  if (angle.bias !== undefined) fields.push(`"bias": ${py(angle.bias)}`);
  return `{${fields.join(', ')}}`;
}

/** A readout as a Python pair: `(Pauli, wire)`, or `("probabilities", wires)`. */
function pyReadout(r: Readout): string {
  return r.observable === 'probabilities' ? `("probabilities", [${r.wires.join(', ')}])` : `(${py(r.observable)}, ${r.wire})`;
}

/** The model and the sequence as Python assignments. */
export function pythonModelBlock(e: Experiment, sequence: Sequence): string {
  const { model } = e;
  const noise = { p1: 0, p2: 0, gamma: 0, q: 0, ...model.noise };
  const cell = model.cell.map((g) => `    (${py(g.gate)}, [${g.wires.join(', ')}], ${pyAngle(g.angle)}),`);
  const heads = headsOf(model).map((h, j) => `    (${py(h.weights)}, ${py(h.bias)}),  # yhat_t${outputCount(model) > 1 ? `,${j}` : ''}`);
  return [
    `NAME = ${py(e.name)}`,
    `RECURRENCE = ${py(model.recurrence)}`,
    `DATA_QUBITS = ${model.dataQubits}`,
    `HIDDEN_QUBITS = ${model.hiddenQubits}`,
    '# Each gate: (name, wires, angle). Two-wire gates list [control_or_first, second]. The angle',
    '# is None for a fixed gate, a number of radians, or a dict of the docs/spec.md §1.3, 5.1 fields:',
    '# offset + factor * PARAMS[param] * u(x_t[input]) + PARAMS[bias], an absent param or input',
    '# contributing 1 (with neither, the product term is absent).',
    'CELL = [',
    ...cell,
    ']',
    '# Each readout: (Pauli, wire), one feature; or ("probabilities", wires), 2^k features P(b)',
    '# in increasing b = sum_j b_j 2^j, b_j the outcome of wires[j]: wires[0] is the least',
    '# significant bit (docs/spec.md §5.2).',
    `READOUT = [${model.readout.map(pyReadout).join(', ')}]`,
    '# One head per output: (weights, bias), parameter names or fixed numbers, one weight per feature.',
    'HEADS = [',
    ...heads,
    ']',
    `NOISE = ${py({ p1: noise.p1, p2: noise.p2, gamma: noise.gamma, q: noise.q })}`,
    `PARAMS = ${py(e.params)}`,
    '# The first sequence: x_t (a vector per step) and its targets, one value per output (None: not scored).',
    `INPUTS = ${py(sequence.inputs)}`,
    `TARGETS = ${py(sequence.targets)}`,
    `WASHOUT = ${e.loss.washout}`,
  ].join('\n');
}

/** The header comment: what the script is, how to run it, and the lab's own results. */
export function pythonHeader(target: string, needs: string, how: readonly string[], e: Experiment, lab: SimulationResult): string {
  const outputs = outputCount(e.model);
  const lines = [
    `QRNN Lab export for ${target}: "${e.name}"`,
    'Rebuilds the model (docs/spec.md §1) with its trained parameters, runs the first sequence of the',
    outputs === 1
      ? 'experiment, and prints yhat_t for every step, one per line, then the loss.'
      : `experiment, and prints yhat_t for every step, one line each with its ${outputs} outputs, then the loss.`,
    `Needs ${needs}. Run: python3 THIS_FILE.py`,
    '',
    ...how,
    '',
    'Readouts (the features e_i, in the order the heads weigh them):',
    ...readoutTexts(e.model.readout).map((text) => `  ${text}`),
    ...headComment(e.model.head, e.params),
    '',
    "The lab's own outputs on this sequence, for comparison:",
    ...lab.outputs.map((y, t) => `  yhat_${t} ${y.map(formatNumber).join(' ')}`),
    `  loss ${lab.loss === null ? 'none' : formatNumber(lab.loss)}`,
  ];
  return lines.map((l) => (l === '' ? '#' : `# ${commentText(l)}`)).join('\n');
}
