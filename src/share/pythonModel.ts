/**
 * The parts every Python export shares: the model as Python data (the cell, readouts, head,
 * noise, trained parameters, and the first sequence's inputs and targets), the SPEC's
 * classical arithmetic (angles of docs/spec.md §1.3, the head and the MSE loss with washout, in the
 * same order of operations as `src/model`), the printing of `yhat_t` and the loss, and the
 * header with the lab's own outputs for comparison.
 */
import { headsOf } from '../model/outputs';
import type { SimulationResult } from '../simulation/simulate';
import type { Angle, Experiment, Sequence } from '../model/types';
import { commentText, formatNumber } from './exportInput';
import { headText, readoutText } from './describe';

/** A Python literal for a JSON-like value: strings as JSON strings (valid Python), numbers as floats. */
function py(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${py(v)}`).join(', ')}}`;
}

/** An angle as Python: `None` (fixed gate), a number, or a dict of the docs/spec.md §1.3 fields present. */
function pyAngle(angle: Angle | undefined): string {
  if (angle === undefined || typeof angle === 'number') return py(angle);
  const fields: string[] = [];
  if (angle.param !== undefined) fields.push(`"param": ${py(angle.param)}`);
  if (angle.input !== undefined) fields.push(`"input": ${angle.input === true ? 0 : angle.input}`);
  if (angle.factor !== undefined) fields.push(`"factor": ${py(angle.factor)}`);
  if (angle.offset !== undefined) fields.push(`"offset": ${py(angle.offset)}`);
  if (angle.transform !== undefined) fields.push(`"transform": ${py(angle.transform)}`);
  return `{${fields.join(', ')}}`;
}

/** The model and the sequence as Python assignments. */
export function pythonModelBlock(e: Experiment, sequence: Sequence): string {
  const { model } = e;
  const noise = { p1: 0, p2: 0, gamma: 0, q: 0, ...model.noise };
  const cell = model.cell.map((g) => `    (${py(g.gate)}, [${g.wires.join(', ')}], ${pyAngle(g.angle)}),`);
  return [
    `NAME = ${py(e.name)}`,
    `RECURRENCE = ${py(model.recurrence)}`,
    `DATA_QUBITS = ${model.dataQubits}`,
    `HIDDEN_QUBITS = ${model.hiddenQubits}`,
    '# Each gate: (name, wires, angle). Two-wire gates list [control_or_first, second]. The angle',
    '# is None for a fixed gate, a number of radians, or a dict of the docs/spec.md §1.3 fields:',
    '# offset + factor * PARAMS[param] * u(x_t[input]), an absent param or input contributing 1.',
    'CELL = [',
    ...cell,
    ']',
    `READOUT = [${model.readout.map((r) => `(${py(r.observable)}, ${r.wire})`).join(', ')}]  # (Pauli, wire)`,
    `HEAD_WEIGHTS = ${py(headsOf(model)[0].weights)}  # parameter names or fixed numbers, one per readout`,
    `HEAD_BIAS = ${py(headsOf(model)[0].bias)}`,
    `NOISE = ${py({ p1: noise.p1, p2: noise.p2, gamma: noise.gamma, q: noise.q })}`,
    `PARAMS = ${py(e.params)}`,
    '# The first sequence: x_t (a vector per step) and its targets (None: not scored).',
    `INPUTS = ${py(sequence.inputs)}`,
    `TARGETS = ${py(sequence.targets)}`,
    `WASHOUT = ${e.loss.washout}`,
  ].join('\n');
}

/** Angles, head, loss and printing (docs/spec.md §1.1, 1.3, 2), in the lab's order of operations. */
export const PY_COMMON = `def transform(kind, x):
    if kind == "arccos":
        return math.acos(min(1.0, max(-1.0, x)))
    if kind == "arctan":
        return math.atan(x)
    return x


def angle_at(angle, x):
    """The angle of a gate at the step with input vector x (docs/spec.md §1.3)."""
    if not isinstance(angle, dict):
        return angle
    factor = angle.get("factor", 1.0)
    offset = angle.get("offset", 0.0)
    u = 1.0 if "input" not in angle else transform(angle.get("transform", "linear"), x[angle["input"]])
    if "param" not in angle:
        return offset + factor * u
    return offset + factor * PARAMS[angle["param"]] * u


def coefficient(w):
    return PARAMS[w] if isinstance(w, str) else w


def head(expectations):
    """yhat_t = sum_i w_i e_{i,t} + b."""
    y = coefficient(HEAD_BIAS)
    for w, e in zip(HEAD_WEIGHTS, expectations):
        y += coefficient(w) * e
    return y


def mse(outputs):
    """Mean squared error over the scored steps t >= WASHOUT with a target; None if none."""
    scored = [t for t in range(WASHOUT, len(TARGETS)) if TARGETS[t] is not None]
    if not scored:
        return None
    return sum((outputs[t] - TARGETS[t]) ** 2 for t in scored) / len(scored)


def report(expectations):
    """Prints yhat_t for every step, one per line, then the loss."""
    outputs = [head(e) for e in expectations]
    for t, y in enumerate(outputs):
        print(f"yhat_{t} {y!r}")
    loss = mse(outputs)
    print("loss none" if loss is None else f"loss {loss!r}")`;

/** The header comment: what the script is, how to run it, and the lab's own results. */
export function pythonHeader(target: string, needs: string, how: readonly string[], e: Experiment, lab: SimulationResult): string {
  const lines = [
    `QRNN Lab export for ${target}: "${e.name}"`,
    'Rebuilds the model (docs/spec.md §1) with its trained parameters, runs the first sequence of the',
    'experiment, and prints yhat_t for every step, one per line, then the loss.',
    `Needs ${needs}. Run: python3 THIS_FILE.py`,
    '',
    ...how,
    '',
    `Readouts: ${e.model.readout.map(readoutText).join('; ')}.`,
    `Head: ${headText(e.model.head, e.params)}.`,
    '',
    "The lab's own outputs on this sequence, for comparison:",
    ...lab.outputs.map((y, t) => `  yhat_${t} ${y.map(formatNumber).join(' ')}`),
    `  loss ${lab.loss === null ? 'none' : formatNumber(lab.loss)}`,
  ];
  return lines.map((l) => (l === '' ? '#' : `# ${commentText(l)}`)).join('\n');
}
