/**
 * Hostile experiment files from the issues: each one a change to any valid experiment file
 * (a plain JSON object) that the parser must refuse, naming one field. The parser tests, the
 * link fuzz tests and the command-line tests all try them (docs/cli.md §9).
 */
import { LIMITS } from '../model/types';

// A file under test is untyped JSON.
type File = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface HostileCase {
  what: string;
  /** The field the refusal names. */
  path: string;
  /** Changes `file` (a valid experiment, deep-copied by the caller) in place. */
  apply(file: File): void;
}

/** The first parameter name of the file (every file of the tests has one). */
const someParam = (file: File) => Object.keys(file.params)[0] ?? 'a';

/** Keeps one head of a file with several (docs/spec.md §5.3), for a change that brings one-output data. */
const oneOutput = (file: File) => { if (Array.isArray(file.model.head)) file.model.head = file.model.head[0]; };

/** The first head of a file: its only one, or the first of several. */
const firstHead = (file: File) => (Array.isArray(file.model.head) ? file.model.head[0] : file.model.head);

export const HOSTILE_CASES: readonly HostileCase[] = [
  { what: 'a 5,000-gate cell', path: 'model.cell', apply: (f) => { f.model.cell = Array.from({ length: 5000 }, () => ({ gate: 'H', wires: [0] })); } },
  { what: `${LIMITS.gates + 1} gates`, path: 'model.cell', apply: (f) => { f.model.cell = Array.from({ length: LIMITS.gates + 1 }, () => ({ gate: 'X', wires: [0] })); } },
  { what: 'a 13-qubit register', path: 'model.hiddenQubits', apply: (f) => { f.model.hiddenQubits = 13 - f.model.dataQubits; } },
  {
    what: '"input": 1 on the sine generator', path: 'model.cell[0].angle.input',
    apply: (f) => { f.model.cell = [{ gate: 'RY', wires: [0], angle: { input: 1 } }]; f.data = { kind: 'sine' }; oneOutput(f); },
  },
  {
    what: 'ridge with a trainable circuit parameter', path: 'training.optimizer.kind',
    apply: (f) => { f.model.cell = [{ gate: 'RY', wires: [0], angle: { param: someParam(f) } }]; f.frozen = []; f.training = { optimizer: { kind: 'ridge', learningRate: 1 } }; },
  },
  { what: 'shots of 2^53 - 1', path: 'training.gradient.shots', apply: (f) => { f.training = { gradient: { method: 'spsa', shots: 2 ** 53 - 1 } }; } },
  {
    what: 'a washout as long as the sequence', path: 'loss.washout',
    apply: (f) => { f.data = { kind: 'inline', inputs: [[0, 0, 0], [0.5, 0.5, 0.5], [1, 1, 1]], targets: [0, 1, 0] }; f.loss = { kind: 'mse', washout: 3 }; oneOutput(f); },
  },
  { what: 'a fixed angle of 1e21', path: 'model.cell[0].angle', apply: (f) => { f.model.cell = [{ gate: 'RY', wires: [0], angle: 1e21 }]; } },
  { what: 'a factor of 1e7', path: 'model.cell[0].angle.factor', apply: (f) => { f.model.cell = [{ gate: 'RX', wires: [0], angle: { input: true, factor: 1e7 } }]; } },
  { what: 'an offset of -1e12', path: 'model.cell[0].angle.offset', apply: (f) => { f.model.cell = [{ gate: 'RZ', wires: [0], angle: { input: true, offset: -1e12 } }]; } },
  { what: 'a head bias of 1e308', path: 'model.head.bias', apply: (f) => { firstHead(f).bias = 1e308; } },
  { what: 'a parameter of 1e21', path: 'params.__first', apply: (f) => { f.params[someParam(f)] = 1e21; } },
  {
    what: 'a finite-difference step of 1e-300', path: 'training.gradient.h',
    apply: (f) => { f.training = { gradient: { method: 'finite-difference', shots: null, h: 1e-300 } }; },
  },
  {
    what: `an inline sequence of ${LIMITS.steps + 1} steps`, path: 'data.inputs',
    apply: (f) => { f.data = { kind: 'inline', inputs: new Array(LIMITS.steps + 1).fill(0), targets: new Array(LIMITS.steps + 1).fill(0) }; oneOutput(f); },
  },
];

/**
 * The path a case's refusal names in `file` after `apply` (`params.__first` is the first
 * parameter's path; `model.head.bias` is the first head's, `model.head[0].bias`, in a file
 * with several).
 */
export function hostilePath(c: HostileCase, file: File): string {
  if (c.path === 'model.head.bias') return Array.isArray(file.model.head) ? 'model.head[0].bias' : 'model.head.bias';
  if (c.path !== 'params.__first') return c.path;
  const name = someParam(file);
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `params.${name}` : `params[${JSON.stringify(name)}]`;
}

/** A deep copy of `file` with the case applied. */
export function hostileFile(c: HostileCase, file: File): File {
  const copy = structuredClone(file);
  c.apply(copy);
  return copy;
}
