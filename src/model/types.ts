/**
 * The experiment file of docs/spec.md §2 as TypeScript types. These describe a *parsed, valid*
 * experiment (see `parse.ts`); they hold no computed values (results live in
 * `SimulationResult` and the gradient and training reports). Fields a file carries that the
 * SPEC does not name are kept as extra keys so that loading and saving loses nothing.
 */
import type { GateName, Pauli } from '../core/gates';

export const EXPERIMENT_FORMAT = 'qrnn-lab.experiment';
export const CURRENT_VERSION = 1;

/** Largest register the lab simulates; the editor explains the limit above it. */
export const MAX_QUBITS = 12;

/**
 * Most qubits of a QLSTM (`inputSize + hiddenSize`, docs/spec.md §7): the lab's register limit.
 * Its circuits are pure states (`2^n` amplitudes, 64 KiB at 12 qubits), far below a QRNN's
 * density matrix of as many qubits, so the limit is the register's, not the memory's.
 */
export const MAX_QLSTM_QUBITS = MAX_QUBITS;

/**
 * The limits of docs/spec.md §2 ("Limits") that the parser enforces, naming the field. They
 * keep a file from freezing the page (gates), running for minutes (shots) or computing
 * numbers that mean nothing (magnitudes, the finite-difference step).
 */
export const LIMITS = {
  /** Most gates in `model.cell`: a 5,000-gate cell froze the page for 6 s. */
  gates: 300,
  /**
   * Largest `|value|` of a fixed angle, an angle's `factor` or `offset`, a fixed head weight
   * or bias, and a parameter's value. Half of it is within the range where the simulator's
   * sine and cosine are accurate (src/core/detmath.ts).
   */
  magnitude: 1e6,
  /** Most shots per expectation (`training.gradient.shots`, `--shots`). */
  shots: 1e9,
  /** Smallest finite-difference step (`training.gradient.h`, `--h`): below it `p + h` rounds to `p` for `|p|` near the magnitude limit. */
  minStep: 1e-9,
  /** Most steps of an inline sequence (the same bound as every generated series, src/data). */
  steps: 100_000,
  /** Components of each input a generator gives: every generator's series is scalar (src/data/README.md). */
  generatorInputWidth: 1,
  /** Most epochs of a run (`training.epochs`): a thousand-fold more than any preset needs. */
  epochs: 100_000,
  /** Largest learning rate (`training.optimizer.learningRate`): far past every optimizer's useful range. */
  learningRate: 100,
  /** Largest batch size (`training.batchSize`): a batch holds at most every training window. */
  batchSize: 100_000,
  /** Most outputs (heads in `model.head`, docs/spec.md §5.3): the outputs chart tells 16 apart, by colour and dash. */
  outputs: 16,
  /** Most layers of a QLSTM's circuits (`model.layers`, docs/spec.md §7): the paper used 2, its code 4. */
  qlstmLayers: 100,
} as const;

export type Recurrence = 'measure-reset' | 'coherent';
export const RECURRENCES: readonly Recurrence[] = ['measure-reset', 'coherent'];

export type Transform = 'linear' | 'arccos' | 'arctan';
export const TRANSFORMS: readonly Transform[] = ['linear', 'arccos', 'arctan'];

/**
 * docs/spec.md §1.3 and §5.1: the angle `offset + factor * theta[param] * u(x_t[input]) + theta[bias]`;
 * an absent `param` or `input` contributes 1 to the product, the product is absent when both
 * are, and at least one of `param`, `input`, `bias` is present.
 */
export interface AngleExpression {
  param?: string;
  /** `true` means component 0 of the input vector. */
  input?: true | number;
  factor?: number;
  offset?: number;
  transform?: Transform;
  /** docs/spec.md §5.1: a parameter added to the angle (`d angle / d theta[bias] = 1`). */
  bias?: string;
  [extra: string]: unknown;
}

/** A fixed angle in radians, or an expression. */
export type Angle = number | AngleExpression;

export interface GateSpec {
  gate: GateName;
  /** One wire, or `[control_or_first, second]`. */
  wires: number[];
  /** Present exactly for parametrised gates. */
  angle?: Angle;
  [extra: string]: unknown;
}

/** `e = Tr[P_wire rho]`: one feature. */
export interface PauliReadout {
  observable: Pauli;
  wire: number;
  [extra: string]: unknown;
}

/** Most wires of one probabilities readout (docs/spec.md §5.2): `2^4 = 16` features. */
export const MAX_PROBABILITY_WIRES = 4;

/**
 * docs/spec.md §5.2: the `2^k` outcome probabilities of `k` wires measured together, in
 * increasing order of `b = sum_j b_j 2^j` (`wires[0]` is the least significant bit).
 */
export interface ProbabilitiesReadout {
  observable: 'probabilities';
  wires: number[];
  [extra: string]: unknown;
}

export type Readout = PauliReadout | ProbabilitiesReadout;

/**
 * One output `yhat_t = sum_i w_i e_{i,t} + b` over every feature of every readout; a string
 * names a parameter, a number is fixed.
 */
export interface Head {
  weights: (string | number)[];
  bias: string | number;
  [extra: string]: unknown;
}

/** docs/spec.md §1.4; every field defaults to 0. */
export interface Noise {
  p1: number;
  p2: number;
  gamma: number;
  q: number;
  [extra: string]: unknown;
}

export interface Model {
  recurrence: Recurrence;
  dataQubits: number;
  hiddenQubits: number;
  cell: GateSpec[];
  readout: Readout[];
  /** One head, or one per output (docs/spec.md §5.3). */
  head: Head | Head[];
  noise?: Noise;
  [extra: string]: unknown;
}

/**
 * One sequence, with `null` for a step whose output is not scored. With several outputs a
 * target is `[y_0, .., y_{m-1}]` (docs/spec.md §5.3); with one, a number or a one-element list.
 */
export interface InlineData {
  kind: 'inline';
  /** `x_t`: a number, or a vector of numbers. */
  inputs: (number | number[])[];
  targets: (number | number[] | null)[];
  [extra: string]: unknown;
}

export type GeneratorKind = 'sine' | 'sequence' | 'mackey-glass' | 'lorenz' | 'kuramoto-sivashinsky' | 'csv';
export const DATA_KINDS: readonly (GeneratorKind | 'inline')[] = ['inline', 'sine', 'sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky', 'csv'];

/** A generated dataset; its own parameters are documented in `src/data/`. */
export interface GeneratedData {
  kind: GeneratorKind;
  seed?: number;
  window?: number;
  horizon?: number;
  split?: number;
  normalize?: 'minmax' | 'minmax01' | 'zscore' | 'none';
  [extra: string]: unknown;
}

export type DataSpec = InlineData | GeneratedData;

export interface LossSpec {
  kind: 'mse';
  /** Steps `t < washout` are not scored. */
  washout: number;
  [extra: string]: unknown;
}

export type GradientMethodName = 'adjoint' | 'parameter-shift' | 'finite-difference' | 'spsa';
export const GRADIENT_METHODS: readonly GradientMethodName[] = ['adjoint', 'parameter-shift', 'finite-difference', 'spsa'];

/**
 * How shots are drawn (docs/spec.md §6): `independent` per step and readout (§3.6), or
 * `trajectory`, one run of the whole sequence per shot, as a QPU takes them.
 */
export type Sampling = 'independent' | 'trajectory';
export const SAMPLINGS: readonly Sampling[] = ['independent', 'trajectory'];

export interface GradientSpec {
  method: GradientMethodName;
  /** `null` for exact expectations. */
  shots: number | null;
  /** Absent means `independent`; a file without it saves without it. */
  sampling?: Sampling;
  [extra: string]: unknown;
}

export type OptimizerKind = 'sgd' | 'adam' | 'spsa' | 'ridge' | 'lbfgs';
export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['sgd', 'adam', 'spsa', 'ridge', 'lbfgs'];

export type OptimizerSpec = SteppedOptimizerSpec | LbfgsOptimizerSpec;

/** The optimizers that step by a learning rate (and ridge, which keeps one from the file's defaults). */
export interface SteppedOptimizerSpec {
  kind: Exclude<OptimizerKind, 'lbfgs'>;
  learningRate: number;
  [extra: string]: unknown;
}

/** docs/spec.md §5.4: the line search chooses the step, so there is no learning rate to carry. */
export interface LbfgsOptimizerSpec {
  kind: 'lbfgs';
  /** Curvature pairs kept, 1 to 100 (default 10). */
  memory: number;
  /** Kept as written when a file carries one; L-BFGS does not use it. */
  learningRate?: number;
  [extra: string]: unknown;
}

export interface TrainingSpec {
  gradient: GradientSpec;
  optimizer: OptimizerSpec;
  epochs: number;
  batchSize: number;
  seed: number;
  [extra: string]: unknown;
}

/** docs/spec.md §8: a classical baseline of a study, trained on the same windows as the QRNN. */
export type BaselineSpec =
  | { kind: 'lstm' | 'gru'; hidden: number; learningRate?: number }
  | { kind: 'esn'; units: number; spectralRadius: number; inputScale?: number; alpha?: number }
  | { kind: 'linear'; lags: number; learningRate?: number };

/** One way of training the file: a name and the dotted paths whose values it replaces. */
export interface StudyVariant {
  name: string;
  set: Record<string, unknown>;
  [extra: string]: unknown;
}

/** docs/spec.md §8: the same problem trained several ways, over seeds, beside classical baselines. */
export interface Study {
  variants: StudyVariant[];
  seeds: number[];
  /** Re-initialise every parameter that is neither frozen nor a head parameter from `U[low, high)` with the run's seed. */
  reinitialize?: { low: number; high: number; [extra: string]: unknown };
  baselines?: BaselineSpec[];
  [extra: string]: unknown;
}

/**
 * docs/spec.md §7: an LSTM whose six gates are variational circuits on `n = inputSize +
 * hiddenSize` qubits, with classical memory. Its circuit parameters are named by
 * {@link qlstmParamName} and listed by {@link qlstmParamNames}; the head is over the `n`
 * values of `VQC_y`.
 */
export interface QlstmModel {
  kind: 'qlstm';
  inputSize: number;
  hiddenSize: number;
  layers: number;
  head: Head | Head[];
  [extra: string]: unknown;
}

/** What every experiment holds besides its model. */
export interface ExperimentBase {
  format: typeof EXPERIMENT_FORMAT;
  version: number;
  name: string;
  /** Every trainable scalar with its current value. */
  params: Record<string, number>;
  /** Names of parameters that training must not change. */
  frozen: string[];
  data: DataSpec;
  loss: LossSpec;
  training: TrainingSpec;
  /** docs/spec.md §8; absent for a single run. */
  study?: Study;
  [extra: string]: unknown;
}

/** A QRNN experiment (docs/spec.md §1, 2): what the page, studies and exports work on. */
export interface Experiment extends ExperimentBase {
  model: Model;
}

/** A QLSTM experiment (docs/spec.md §7): the command line simulates, differentiates and trains it. */
export interface QlstmExperiment extends ExperimentBase {
  model: QlstmModel;
}

/** Either kind of model a file may hold. */
export type AnyModel = Model | QlstmModel;
export type AnyExperiment = Experiment | QlstmExperiment;

export function isQlstmModel(model: AnyModel): model is QlstmModel {
  return model.kind === 'qlstm';
}

export function isQlstmExperiment(experiment: AnyExperiment): experiment is QlstmExperiment {
  return isQlstmModel(experiment.model);
}

/** The six circuits of a QLSTM (docs/spec.md §7): forget, input, update, output, hidden, output head. */
export const QLSTM_CIRCUITS = ['f', 'i', 'g', 'o', 'h', 'y'] as const;
export type QlstmCircuit = (typeof QLSTM_CIRCUITS)[number];
/** The angles of each qubit's rotation in a layer, in the order applied: `RZ(alpha) RY(beta) RZ(gamma)`. */
export const QLSTM_ANGLES = ['alpha', 'beta', 'gamma'] as const;
export type QlstmAngle = (typeof QLSTM_ANGLES)[number];

/** The parameter `k.l.j.angle` of circuit `k`, layer `l`, qubit `j` (docs/spec.md §7). */
export function qlstmParamName(circuit: QlstmCircuit, layer: number, qubit: number, angle: QlstmAngle): string {
  return `${circuit}.${layer}.${qubit}.${angle}`;
}

/** Every circuit parameter of a QLSTM, circuit by circuit, layer by layer, qubit by qubit, angle by angle: `18 L n` names. */
export function qlstmParamNames(model: Pick<QlstmModel, 'inputSize' | 'hiddenSize' | 'layers'>): string[] {
  const n = model.inputSize + model.hiddenSize;
  const out: string[] = [];
  for (const k of QLSTM_CIRCUITS) for (let l = 0; l < model.layers; l++) for (let j = 0; j < n; j++) for (const a of QLSTM_ANGLES) out.push(qlstmParamName(k, l, j, a));
  return out;
}

/** A parameter assignment: name -> value. */
export type Params = Readonly<Record<string, number>>;

/**
 * One sequence ready to simulate: `inputs[t]` is the vector `x_t` and `targets[t]` the
 * vector of the `m` outputs' targets, or `null` when step `t` is not scored.
 */
export interface Sequence {
  inputs: number[][];
  targets: (number[] | null)[];
}

/** A field-level reason a file was refused: `path` is like `model.cell[2].wires[1]`. */
export interface FieldError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; experiment: Experiment; warnings: FieldError[] } | { ok: false; errors: FieldError[] };

/** What `parseAnyExperiment` gives: a QRNN or a QLSTM experiment. */
export type AnyParseResult = { ok: true; experiment: AnyExperiment; warnings: FieldError[] } | { ok: false; errors: FieldError[] };
