/**
 * `qrnn export FILE --to qasm3|url|json|pennylane|qiskit|numpy [--out F]` (docs/spec.md §4): the
 * unrolled circuit as OpenQASM 3, a share link, the normalised experiment file, or a Python
 * script that rebuilds the model. The text goes to standard output, or with `--out F` to the
 * file F. Target options: `--inputs constants|input` and `--steps N` for `qasm3`; `--base URL`,
 * `--hide PANELS`, `--lock cell`, `--lesson NAME` and `--readable` (the `#j=` form) for `url`.
 * A link past the budget of `src/share/budget.ts` is written anyway, with a warning on
 * standard error.
 *
 * A QLSTM file (docs/spec.md §7) takes every target. Its `qasm3` is one evaluation of the
 * circuit `--circuit f|i|g|o|h|y` (required: no circuit is the natural one), and `--inputs`
 * and `--steps`, which unroll a QRNN's cell, are refused for it; `--circuit` is refused for a
 * QRNN. Its scripts run the whole LSTM; the lab's run they print comes from `qlstmLabRun`.
 */
import { serializeExperiment } from '../../model/serialize';
import { QLSTM_CIRCUITS, isQlstmExperiment, type AnyExperiment, type Experiment, type QlstmCircuit, type QlstmExperiment } from '../../model/types';
import { LESSON_NAME, LOCK_TARGETS, PANELS, type ClassroomFlags, type LockTarget, type PanelName } from '../../share/flags';
import { encodeLink, encodeReadableLink, isLinkTooLong, linkBudget, LINK_BUDGET, MAX_FRAGMENT_CHARS } from '../../share/link';
import { toNumpy, toPennyLane, toQiskit } from '../../share/python';
import { toQlstmNumpy, toQlstmPennyLane, toQlstmQiskit } from '../../share/pythonQlstm';
import { toQasm3, type QasmInputs } from '../../share/qasm3';
import { toQlstmQasm3 } from '../../share/qasm3Qlstm';
import { CIRCUIT_CHOICES, isQlstmCircuit } from '../../share/qlstmExport';
import { qlstmLabRun } from '../../worker/exportService';
import { UsageError } from '../args';
import { FileRefusal, loadAnyExperiment, primarySequence } from '../load';
import { checkOutPath, writeOut } from '../output';
import { fileOperand } from '../main';

type Options = Record<string, string | number | boolean>;

/** Each target, and the options that apply to it besides `--to` and `--out`. */
const TARGETS: Readonly<Record<string, readonly string[]>> = {
  qasm3: ['inputs', 'steps', 'circuit'],
  url: ['base', 'hide', 'lock', 'lesson', 'readable'],
  json: [],
  pennylane: [],
  qiskit: [],
  numpy: [],
};

export async function runExport(operands: string[], options: Options): Promise<number> {
  const file = fileOperand(operands, 'export');
  const to = targetOf(options);
  if (typeof options.out === 'string') checkOutPath(options.out);
  const experiment = loadAnyExperiment(file);
  checkKind(file, experiment, to, options);
  const text = await render(to, file, experiment, options);
  if (typeof options.out === 'string') {
    if (!writeOut(options.out, text, `${to} export`)) return 1;
    process.stderr.write(`qrnn: ${to} export of ${file} written to ${options.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

function targetOf(options: Options): string {
  const names = Object.keys(TARGETS).join('|');
  if (options.to === undefined) throw new UsageError(`option '--to' is required: --to ${names}`);
  const to = String(options.to);
  if (!Object.prototype.hasOwnProperty.call(TARGETS, to)) throw new UsageError(`option '--to' must be one of ${names}, got '${to}'`);
  for (const name of Object.keys(options)) {
    const own = Object.values(TARGETS).some((list) => list.includes(name));
    if (own && !TARGETS[to].includes(name)) throw new UsageError(`option '--${name}' does not apply to --to ${to}`);
  }
  if (options.circuit !== undefined && !isQlstmCircuit(options.circuit)) throw new UsageError(`option '--circuit' must be one of ${QLSTM_CIRCUITS.join('|')}, got '${options.circuit}'`);
  return to;
}

/** Refuses the options that do not fit the file's kind of model: `--circuit` for a QRNN; `--inputs` and `--steps`, and no `--circuit`, for a QLSTM's qasm3. */
function checkKind(file: string, e: AnyExperiment, to: string, options: Options): void {
  if (!isQlstmExperiment(e)) {
    if (options.circuit !== undefined) throw new UsageError(`option '--circuit' applies to a QLSTM file only (model.kind "qlstm"); ${file} holds a QRNN, whose qasm3 export unrolls its cell`);
    return;
  }
  if (to !== 'qasm3') return;
  const unrolled = "a QLSTM's OpenQASM 3 is one evaluation of one circuit, whose inputs u_j are input float[64] values, not its sequence unrolled";
  for (const name of ['inputs', 'steps']) if (options[name] !== undefined) throw new UsageError(`option '--${name}' does not apply to a QLSTM file (${file}): ${unrolled}`);
  if (options.circuit === undefined) throw new UsageError(`option '--circuit' is required for a QLSTM file's qasm3 export: --circuit ${QLSTM_CIRCUITS.join('|')}, one of ${CIRCUIT_CHOICES}`);
}

async function render(to: string, file: string, e: AnyExperiment, options: Options): Promise<string> {
  switch (to) {
    case 'json': return serializeExperiment(e);
    case 'url': return `${await link(file, e, options)}\n`;
    default: return isQlstmExperiment(e) ? renderQlstm(to, file, e, options) : renderQrnn(to, file, e, options);
  }
}

/** A QLSTM's program: the circuit of `--circuit` (checked), or a script of the whole LSTM, with the lab's run beside it. */
function renderQlstm(to: string, file: string, e: QlstmExperiment, options: Options): string {
  const sequence = primarySequence(file, e);
  const lab = qlstmLabRun(e, sequence);
  switch (to) {
    case 'qasm3': return toQlstmQasm3(e, { sequence, lab, circuit: options.circuit as QlstmCircuit });
    case 'pennylane': return toQlstmPennyLane(e, { sequence, lab });
    case 'qiskit': return toQlstmQiskit(e, { sequence, lab });
    default: return toQlstmNumpy(e, { sequence, lab });
  }
}

function renderQrnn(to: string, file: string, e: Experiment, options: Options): string {
  switch (to) {
    case 'qasm3': {
      const sequence = primarySequence(file, e);
      const steps = options.steps as number | undefined;
      if (steps !== undefined && (steps < 1 || steps > sequence.inputs.length)) throw new UsageError(`option '--steps' must be from 1 to ${sequence.inputs.length} (the sequence's length), got ${steps}`);
      return toQasm3(e, { sequence, steps, inputs: inputsOf(options) });
    }
    case 'pennylane': return toPennyLane(e, { sequence: primarySequence(file, e) });
    case 'qiskit': return toQiskit(e, { sequence: primarySequence(file, e) });
    default: return toNumpy(e, { sequence: primarySequence(file, e) });
  }
}

function inputsOf(options: Options): QasmInputs {
  const inputs = options.inputs ?? 'constants';
  if (inputs !== 'constants' && inputs !== 'input') throw new UsageError(`option '--inputs' must be constants or input, got '${inputs}'`);
  return inputs;
}

/**
 * The link, with `--base` in front; a warning on standard error past the budget. A link the
 * lab could not read back (over `MAX_FRAGMENT_CHARS`, base included) is refused: share the file.
 */
async function link(file: string, e: AnyExperiment, options: Options): Promise<string> {
  const flags = flagsOf(options);
  let fragment: string;
  try {
    fragment = options.readable ? encodeReadableLink(e, flags) : await encodeLink(e, flags);
  } catch (error) {
    if (isLinkTooLong(error)) throw new FileRefusal(file, [{ path: '', message: `cannot be shared as a link (--to url): ${error.message} (--to json)` }]);
    throw error;
  }
  const text = `${typeof options.base === 'string' ? options.base : ''}${fragment}`;
  if (text.length > MAX_FRAGMENT_CHARS) {
    throw new FileRefusal(file, [{ path: '', message: `cannot be shared as a link (--to url): with --base it would be ${text.length.toLocaleString('en-US')} characters, over the ${MAX_FRAGMENT_CHARS.toLocaleString('en-US')} this lab reads back; share the experiment file instead (--to json)` }]);
  }
  const budget = linkBudget(text.length);
  const size = `${text.length.toLocaleString('en-US')} characters`;
  if (budget === 'long') process.stderr.write(`qrnn: note: the link is ${size}; links under ${LINK_BUDGET.short.toLocaleString('en-US')} fit everywhere\n`);
  if (budget === 'too-long') process.stderr.write(`qrnn: warning: the link is ${size}; some tools cut links over ${LINK_BUDGET.warn.toLocaleString('en-US')}\n`);
  if (budget === 'file-instead') process.stderr.write(`qrnn: warning: the link is ${size}, over ${LINK_BUDGET.file.toLocaleString('en-US')}: share the experiment file instead (--to json)\n`);
  return text;
}

function flagsOf(options: Options): ClassroomFlags {
  const flags: ClassroomFlags = {};
  if (options.hide !== undefined) flags.hide = listOf('hide', options.hide, PANELS) as PanelName[];
  if (options.lock !== undefined) flags.lock = listOf('lock', options.lock, LOCK_TARGETS) as LockTarget[];
  if (options.lesson !== undefined) {
    const lesson = String(options.lesson);
    if (!LESSON_NAME.test(lesson)) throw new UsageError(`option '--lesson' must be 1 to 64 letters, digits, '-' or '_' (starting with a letter or digit), got '${lesson}'`);
    flags.lesson = lesson;
  }
  return flags;
}

function listOf(name: string, value: string | number | boolean, known: readonly string[]): string[] {
  const items = String(value).split(',').filter((s) => s !== '');
  for (const item of items) if (!known.includes(item)) throw new UsageError(`option '--${name}': unknown ${name === 'hide' ? 'panel' : 'lock target'} '${item}' (known: ${known.join(', ')})`);
  return items;
}
