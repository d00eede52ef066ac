/**
 * OpenQASM 3 export of an experiment (docs/spec.md §4, `export --to qasm3`): the cell unrolled over
 * the steps of the first sequence, with each gate's angle evaluated for that step.
 *
 * - `measure-reset`: after each step's gates the data register is measured into its own
 *   register (`bit[D] c<t> = measure q[0:D-1];`, bit `k` is wire `k`) and reset, so the
 *   program is the recurrence itself, runnable on hardware with mid-circuit measurement.
 * - `coherent`: nothing is measured between steps (docs/spec.md §1.2). The program runs every step and
 *   measures the readout wires once, at the end: it estimates the last step's readouts only.
 *   Step `t`'s readouts need their own execution of steps `0..t` (`options.steps = t + 1`).
 *
 * Readouts in X or Y are measured after a `basis_x` or `basis_y` rotation; a probabilities
 * readout (docs/spec.md §5.2) is measured in Z as it is, and the header says which bits make
 * its outcome `b` (`wires[0]` the least significant). Angles are numbers in radians
 * (`inputs: 'constants'`), or, with `inputs: 'input'`, expressions of run-time
 * `input float[64] x_<t>` values (`x_<t>_<k>` for component `k` of a vector input) with the
 * trained parameters, an angle's bias (§5.1) included, as numbers. Noise is a property of a
 * device, not of a program: it is only named in a comment. Comments carry the experiment's
 * name, each step's input, targets and the lab's own outputs (a list when the model has
 * several, §5.3), the readouts with their feature numbers, and the heads.
 */
import { evaluateAngle } from '../simulation/angles';
import { featureOffsets } from '../model/outputs';
import type { Angle, Experiment, Model, Params, Readout, Sequence } from '../model/types';
import { commentText, exportSequence, formatNumber, labResult, type ExportOptions } from './exportInput';
import { QASM_DEFINITIONS, QASM_GATE, basisGate, measurementPlan, readoutWires, servedBy, type MeasuredWire } from './qasm3Gates';
import { headComment, readoutText } from './describe';

/** How step inputs appear in the program. */
export type QasmInputs = 'constants' | 'input';

export interface Qasm3Options extends ExportOptions {
  /** `constants` (default): angles as numbers; `input`: `input float[64]` declarations and expressions. */
  inputs?: QasmInputs;
  /** How many steps to export, from step 0 (default: the whole sequence). */
  steps?: number;
}

/** The OpenQASM 3 program of `e` unrolled over its first sequence (see the module comment). */
export function toQasm3(e: Experiment, options: Qasm3Options = {}): string {
  const sequence = exportSequence(e, options.sequence);
  const steps = options.steps ?? sequence.inputs.length;
  if (!Number.isInteger(steps) || steps < 1 || steps > sequence.inputs.length) {
    throw new RangeError(`steps must be a whole number from 1 to ${sequence.inputs.length}, got ${steps}`);
  }
  const mode = options.inputs ?? 'constants';
  const { model } = e;
  const D = model.dataQubits;
  const coherent = model.recurrence === 'coherent';
  const plan = measurementPlan(model.readout, coherent ? readoutWires(model.readout) : range(D));
  const lab = labResult(e, sequence);
  const out = [...header(e, sequence, steps, mode, plan), 'OPENQASM 3.0;', 'include "stdgates.inc";', ''];
  const defined = definitionsUsed(model, plan);
  if (defined.length > 0) out.push('// Gates stdgates.inc lacks: exp(-i theta/2 P(x)P) and the readout basis changes.', ...defined.map((g) => QASM_DEFINITIONS[g]), '');
  if (mode === 'input') out.push(...inputDeclarations(model, sequence, steps), '');
  out.push(`qubit[${D + model.hiddenQubits}] q;`);
  for (let t = 0; t < steps; t++) {
    const x = sequence.inputs[t];
    const target = sequence.targets[t];
    out.push('', `// step ${t}: x_${t} = ${vectorText(x)}, target ${target === null ? 'none' : vectorText(target)}, lab output yhat_${t} = ${vectorText(lab.outputs[t])}`);
    for (const g of model.cell) {
      const wires = g.wires.map((w) => `q[${w}]`).join(', ');
      const angle = g.angle === undefined ? '' : `(${angleText(g.angle, e.params, x, t, mode, sequence)})`;
      out.push(`${QASM_GATE[g.gate]}${angle} ${wires};`);
    }
    if (!coherent) out.push(...basisChanges(plan), `bit[${D}] c${t} = measure q[0:${D - 1}];`, ...range(D).map((k) => `reset q[${k}];`));
  }
  if (coherent) out.push('', `// readouts after step ${steps - 1}`, ...basisChanges(plan), `bit[${plan.length}] c;`, ...plan.map((m, k) => `c[${k}] = measure q[${m.wire}];`));
  return `${out.join('\n')}\n`;
}

function header(e: Experiment, sequence: Sequence, steps: number, mode: QasmInputs, plan: readonly MeasuredWire[]): string[] {
  const { model } = e;
  const D = model.dataQubits, n = D + model.hiddenQubits;
  const coherent = model.recurrence === 'coherent';
  const offsets = featureOffsets(model.readout);
  const lines = [
    `QRNN Lab export: "${e.name}"`,
    `The cell unrolled over ${steps} of the ${sequence.inputs.length} steps of the first sequence, as OpenQASM 3.`,
    `Wires: ${wireRange(0, D, 'data')}${model.hiddenQubits > 0 ? `, ${wireRange(D, n, 'hidden (the memory)')}` : ' (no hidden register)'}.`,
    coherent
      ? 'Recurrence coherent: nothing is measured between steps, so this program only estimates the readouts of its last step; step t\'s readouts need their own execution of steps 0..t.'
      : 'Recurrence measure-reset: after each step the data register is measured into c<t> (bit k is q[k]) and reset.',
    mode === 'constants'
      ? 'Angles are numbers in radians: the trained parameters applied to each step\'s input.'
      : 'Angles are expressions of the run-time inputs x_<t> with the trained parameters as numbers.',
    ...model.readout.map((r, i) => `Readout ${readoutText(r, offsets[i])}: ${whereMeasured(plan, r, i, coherent)}.`),
    ...headComment(model.head, e.params),
  ];
  if (mode === 'input' && model.cell.some((g) => typeof g.angle === 'object' && g.angle.transform === 'arccos')) {
    lines.push('arccos does not clamp here: give inputs in [-1, 1] (the lab clamps them).');
  }
  const noise = model.noise;
  if (noise && (noise.p1 || noise.p2 || noise.gamma || noise.q)) {
    lines.push(`The lab's noise (p1 = ${noise.p1}, p2 = ${noise.p2}, gamma = ${noise.gamma}, q = ${noise.q}) belongs to a device, not to this program.`);
  }
  return [...lines.map((l) => `// ${commentText(l)}`), ''];
}

/**
 * Which bits give readout `i`: a Pauli's one bit (+1 for 0, -1 for 1), or for a probabilities
 * readout the bit of each of its wires, `wires[0]` first (the least significant bit of `b`).
 */
function whereMeasured(plan: readonly MeasuredWire[], r: Readout, i: number, coherent: boolean): string {
  if (!servedBy(plan, r, i)) return 'needs its own execution: another readout sets the basis of its wire';
  const bit = (w: number) => (coherent ? `c[${plan.findIndex((m) => m.wire === w)}]` : `c<t>[${w}]`);
  if (r.observable !== 'probabilities') return `bit ${bit(r.wire)}; +1 for bit 0, -1 for bit 1`;
  const b = r.wires.map((w, j) => (j === 0 ? bit(w) : `${1 << j} ${bit(w)}`)).join(' + ');
  return `measured in Z (no basis change), b = ${b}`;
}

function definitionsUsed(model: Model, plan: readonly MeasuredWire[]): string[] {
  const used = new Set<string>(model.cell.map((g) => QASM_GATE[g.gate]));
  for (const m of plan) { const b = basisGate(m.observable); if (b) used.add(b); }
  return Object.keys(QASM_DEFINITIONS).filter((g) => used.has(g));
}

function basisChanges(plan: readonly MeasuredWire[]): string[] {
  return plan.flatMap((m) => { const b = basisGate(m.observable); return b ? [`${b} q[${m.wire}];`] : []; });
}

/** The name of component `k` of step `t`'s input. */
export function inputName(t: number, k: number, width: number): string {
  return width === 1 ? `x_${t}` : `x_${t}_${k}`;
}

/** The input components the cell's angles read. */
function componentsRead(model: Model): number[] {
  const ks = model.cell.flatMap((g) => (typeof g.angle === 'object' && g.angle.input !== undefined ? [g.angle.input === true ? 0 : g.angle.input] : []));
  return [...new Set(ks)].sort((a, b) => a - b);
}

function inputDeclarations(model: Model, sequence: Sequence, steps: number): string[] {
  const width = sequence.inputs[0].length;
  const ks = componentsRead(model);
  const out: string[] = [];
  for (let t = 0; t < steps; t++) for (const k of ks) out.push(`input float[64] ${inputName(t, k, width)};  // ${formatNumber(sequence.inputs[t][k])} in the first sequence`);
  return out;
}

/**
 * A gate's angle at step `t`: its value, or in `input` mode an expression of the inputs. The
 * expression keeps evaluateAngle's operations in its order, `(offset + (factor * theta) * u) +
 * theta[bias]` (left to right, as OpenQASM reads it), so a reader gets the lab's angle to the
 * last bits; an angle that reads no input is a number in either mode.
 */
function angleText(angle: Angle, params: Params, x: readonly number[], t: number, mode: QasmInputs, sequence: Sequence): string {
  if (mode === 'constants' || typeof angle === 'number' || angle.input === undefined) return formatNumber(evaluateAngle(angle, params, x).value);
  const k = angle.input === true ? 0 : angle.input;
  const name = inputName(t, k, sequence.inputs[0].length);
  const transform = angle.transform ?? 'linear';
  const u = transform === 'linear' ? name : `${transform}(${name})`;
  const scale = [angle.factor, angle.param === undefined ? undefined : params[angle.param]].filter((v): v is number => v !== undefined);
  const product = [...scale.map(formatNumber), u].join(' * ');
  const terms = [...(angle.offset === undefined ? [] : [formatNumber(angle.offset)]), product, ...(angle.bias === undefined ? [] : [formatNumber(params[angle.bias])])];
  return terms.join(' + ');
}

function vectorText(x: readonly number[]): string {
  return x.length === 1 ? formatNumber(x[0]) : `[${x.map(formatNumber).join(', ')}]`;
}

function wireRange(from: number, to: number, what: string): string {
  return to - from === 1 ? `q[${from}] ${what}` : `q[${from}..${to - 1}] ${what}`;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
