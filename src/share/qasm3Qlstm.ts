/**
 * OpenQASM 3 of one evaluation of one QLSTM circuit `VQC_k` (docs/spec.md §7, `export --to
 * qasm3 --circuit k`). A QLSTM's memory is classical: each step evaluates its six circuits
 * as separate executions and the LSTM combines their `<Z_j>` outside any quantum device, so
 * there is no unrolled program to write, only the circuit, which hardware runs once per
 * evaluation.
 *
 * The circuit's `n` inputs are `input float[64] u_j`, and the program computes the encoding
 * angles itself with OpenQASM 3's built-in `arctan`: `h`, `ry(arctan(u_j))`,
 * `rz(arctan(u_j * u_j))` on each qubit (the square as a product, as the lab squares). Then
 * per layer the CNOT rings in the SPEC's order (for `n = 2`, `cx q[0], q[1]` and
 * `cx q[1], q[0]` only) and `rz(alpha) ry(beta) rz(gamma)` on each qubit, the trained angles
 * as numbers that read back as the same doubles, each commented with its parameter's name.
 * All `n` qubits are measured into `c` (bit `j` is `q[j]`). The header says which circuit of
 * which experiment this is, how shots estimate `<Z_j>`, how the LSTM uses it, and the lab's
 * own evaluations of this circuit over the first sequence, to check a run against.
 */
import { QLSTM_ANGLES, QLSTM_CIRCUITS, qlstmParamName, type QlstmCircuit, type QlstmExperiment, type QlstmModel } from '../model/types';
import { headComment } from './describe';
import { commentText, exportSequence, formatNumber } from './exportInput';
import { CIRCUIT_CHOICES, CIRCUIT_ROLE, checkLabRun, inputMeaning, isQlstmCircuit, qubitsOf, type CircuitEvaluation, type QlstmExportOptions } from './qlstmExport';

export interface QlstmQasm3Options extends QlstmExportOptions {
  /** The circuit to write: f, i, g, o, h or y. */
  circuit: QlstmCircuit;
}

/** The OpenQASM 3 program of one evaluation of circuit `options.circuit` (see the module comment). */
export function toQlstmQasm3(e: QlstmExperiment, options: QlstmQasm3Options): string {
  const k = options.circuit;
  if (!isQlstmCircuit(k)) throw new RangeError(`circuit must be one of ${CIRCUIT_CHOICES}, got '${String(k)}'`);
  const sequence = exportSequence(e, options.sequence);
  checkLabRun(e.model, sequence, options.lab);
  const { model } = e;
  const n = qubitsOf(model);
  const evaluations = options.lab.evaluations.map((step) => step[QLSTM_CIRCUITS.indexOf(k)]);
  const out = [...header(e, k, evaluations), 'OPENQASM 3.0;', 'include "stdgates.inc";', ''];
  for (let j = 0; j < n; j++) out.push(`input float[64] u_${j};  // ${inputMeaning(model, k, j)}`);
  out.push('', `qubit[${n}] q;`, '', '// Encoding: H, RY(arctan u_j), RZ(arctan u_j^2) on each qubit');
  for (let j = 0; j < n; j++) out.push(`h q[${j}];`, `ry(arctan(u_${j})) q[${j}];`, `rz(arctan(u_${j} * u_${j})) q[${j}];`);
  for (let l = 0; l < model.layers; l++) {
    out.push('', `// Layer ${l}: the CNOT ring${n > 2 ? 's' : ''}, then RZ(alpha) RY(beta) RZ(gamma) on each qubit`);
    for (const [control, target] of rings(n)) out.push(`cx q[${control}], q[${target}];`);
    for (let j = 0; j < n; j++) {
      for (const angle of QLSTM_ANGLES) {
        const name = qlstmParamName(k, l, j, angle);
        out.push(`${angle === 'beta' ? 'ry' : 'rz'}(${formatNumber(e.params[name])}) q[${j}];  // ${name}`);
      }
    }
  }
  out.push('', `bit[${n}] c = measure q;`);
  return `${out.join('\n')}\n`;
}

/**
 * One layer's CNOTs `[control, target]` in order (docs/spec.md §7): every `j -> j+1 mod n`,
 * then for `n > 2` every `j -> j+2 mod n` (with two qubits `j+2 mod 2` is `j` itself).
 */
function rings(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let j = 0; j < n; j++) out.push([j, (j + 1) % n]);
  if (n > 2) for (let j = 0; j < n; j++) out.push([j, (j + 2) % n]);
  return out;
}

function header(e: QlstmExperiment, k: QlstmCircuit, evaluations: readonly CircuitEvaluation[]): string[] {
  const { model } = e;
  const n = qubitsOf(model), last = n - 1;
  const lines = [
    `QRNN Lab export: "${e.name}"`,
    `One evaluation of the circuit VQC_${k} (${CIRCUIT_ROLE[k]}) of this QLSTM (docs/spec.md §7), as OpenQASM 3: n = ${n} qubits (inputSize ${model.inputSize} + hiddenSize ${model.hiddenSize}), ${model.layers} ${model.layers === 1 ? 'layer' : 'layers'}.`,
    'The QLSTM\'s memory is classical: every step evaluates its six circuits f, i, g, o, h, y as separate executions and combines their results outside the device,',
    '  a_k = VQC_k([x_t, h_{t-1}]) for k in f, i, g, o; c_t = sigmoid(a_f) * c_{t-1} + sigmoid(a_i) * tanh(a_g); m_t = sigmoid(a_o) * tanh(c_t);',
    '  h_t = the first hiddenSize values of VQC_h(m_t); yhat_t = the head over VQC_y(m_t) (element-wise; h_{-1} = 0, c_{-1} = 0).',
    `This program is one such execution. Its inputs: ${inputsText(model, k)}.`,
    `Encoding: on each qubit j, h, ry(arctan(u_j)), rz(arctan(u_j * u_j)), arctan computed by the program (an OpenQASM 3 built-in). Then each layer: ${ringText(n)}, then rz(alpha) ry(beta) rz(gamma) on each qubit, the trained angles ${k}.l.j.alpha|beta|gamma as numbers in radians.`,
    `Result: <Z_j> for every qubit j, estimated by running the program repeatedly with the same inputs: <Z_j> is the mean of +1 for c[j] = 0 and -1 for c[j] = 1 (bit j of c is q[j]), that is 1 - 2 P(c[j] = 1), with a standard error of sqrt((1 - <Z_j>^2) / N) over N shots.`,
    ...useText(e, k),
    `The lab's exact evaluations of VQC_${k} over the first sequence (${evaluations.length} steps): run the program with a row's u = (u_0..u_${last}) and the estimates approach its <Z> = (<Z_0>..<Z_${last}>).`,
    ...evaluations.map((ev, t) => `  step ${t}: u = ${vector(ev.u)}, <Z> = ${vector(ev.z)}`),
  ];
  return [...lines.map((l) => `// ${commentText(l)}`), ''];
}

function inputsText(model: QlstmModel, k: QlstmCircuit): string {
  const n = qubitsOf(model), i = model.inputSize;
  if (k === 'h' || k === 'y') return `u_0..u_${n - 1} are m_t = o * tanh(c_t), the LSTM's ${n} values at step t`;
  const x = i === 1 ? 'u_0 is x_t' : `u_0..u_${i - 1} are x_t`;
  const h = model.hiddenSize === 1 ? `u_${i} is h_{t-1}` : `u_${i}..u_${n - 1} are h_{t-1}`;
  return `${x} and ${h} (v_t = [x_t, h_{t-1}])`;
}

function ringText(n: number): string {
  return n === 2 ? 'cx q[0], q[1] then cx q[1], q[0] (with two qubits there is no j+2 ring)' : 'a cx from every qubit j to j+1 mod n, then from every j to j+2 mod n, in order of j';
}

/** How the LSTM uses this circuit's `<Z_j>`. */
function useText(e: QlstmExperiment, k: QlstmCircuit): string[] {
  const { model } = e;
  const last = qubitsOf(model) - 1;
  const a = `a_${k} = (<Z_0>..<Z_${last}>)`;
  switch (k) {
    case 'f': return [`How the LSTM uses it: ${a}, f = sigmoid(a_f) decides how much of c_{t-1} the memory keeps: c_t = f * c_{t-1} + i * g.`];
    case 'i': return [`How the LSTM uses it: ${a}, i = sigmoid(a_i) decides how much of the update g enters the memory: c_t = f * c_{t-1} + i * g.`];
    case 'g': return [`How the LSTM uses it: ${a}, g = tanh(a_g) is the update written into the memory: c_t = f * c_{t-1} + i * g.`];
    case 'o': return [`How the LSTM uses it: ${a}, o = sigmoid(a_o) decides how much of the memory the step shows: m_t = o * tanh(c_t), the input of VQC_h and VQC_y.`];
    case 'h': {
      const hs = model.hiddenSize;
      const kept = hs === 1 ? '<Z_0>' : `<Z_0>..<Z_${hs - 1}>`;
      return [`How the LSTM uses it: h_t = (${kept}), the first hiddenSize = ${hs} values (the others are not used); h_t enters the four gate circuits at step t+1 as their last ${hs} inputs.`];
    }
    case 'y': return [`How the LSTM uses it: the head reads e_t = (<Z_0>..<Z_${last}>) as its features e_0..e_${last}:`, ...headComment(model.head, e.params).map((l) => `  ${l}`)];
  }
}

function vector(v: readonly number[]): string {
  return `[${v.map(formatNumber).join(', ')}]`;
}
