/**
 * The teaching half of the worker protocol: what `explain` returns for one occurrence (every
 * number of the parameter-shift walkthrough, and the gradient the common mistake gives) and
 * what `compare` returns for one parameter (repeated estimates by parameter-shift, finite
 * differences and SPSA at several shot counts, with their spread and hardware cost). Plain
 * data, so the same service runs in the worker and in-thread. Types, plus the one constant
 * both sides check (the comparison's limits: the form before asking, the worker on receipt).
 *
 * `explain` also takes a QLSTM occurrence (`kind: 'qlstm'`, docs/spec.md §7) and, as a
 * separate and heavier request, the bias of its parameter-shift estimate under shots
 * (`kind: 'qlstm-bias'`); their replies carry the same `kind`, the QRNN's none.
 */
import type { FieldError, QlstmAngle, QlstmCircuit } from '../model/types';

/** Options of `explain`: the occurrence, and which sequence and parameter values to use. */
export interface ExplainOptions {
  /** A QRNN occurrence has no kind (a QLSTM request says its own). */
  kind?: undefined;
  /** Index into `model.cell` of a gate that binds a parameter. */
  gate: number;
  /** 0-based step of the sequence. */
  step: number;
  /**
   * Which parameter of the angle to explain when it binds two (`param` and `bias`,
   * docs/spec.md §5.1); default the first, its `param`.
   */
  param?: string;
  /** Which training sequence (window); default 0. The worker clamps it. */
  sequence?: number;
  /** Parameter values to use instead of the file's (e.g. a training run's latest). */
  params?: Record<string, number>;
  /** Also compute the gradient from shifting every occurrence at once (the common mistake). */
  withMistake?: boolean;
}

/** The pieces of `a = c + f * theta * u(x_t) + theta_bias` at the occurrence, with their values. */
export interface AngleTerms {
  /** Whether the product term `f * theta * u(x_t)` is present (absent for `{"bias": b}`, docs/spec.md §5.1). */
  product: boolean;
  /** The bias parameter and its value; `null` when the angle has none. */
  bias: { name: string; value: number } | null;
  /** `c`, the offset (0 when absent). */
  offset: number;
  /** `f`, the factor (1 when absent). */
  factor: number;
  /** `theta`, the parameter's value. */
  theta: number;
  /** The input read, `x_t[k]`, and `k`; `null` when the angle reads no input. */
  input: { index: number; value: number; transform: 'linear' | 'arccos' | 'arctan'; transformed: number } | null;
  /** `a`, the angle in radians. */
  value: number;
}

/** One shifted execution of the whole sequence: the shift, its weight in the rule, `yhat_{s,j}` per step and output. */
export interface ShiftedRun {
  shift: number;
  weight: number;
  outputs: number[][];
}

/** One occurrence of the parameter with its exact parameter-shift contribution. */
export interface ExplainedOccurrence {
  gate: number;
  step: number;
  contribution: number;
}

/** Every number the Explain panel shows for one occurrence. */
export interface ExplainSuccess {
  ok: true;
  /** Never set: a QLSTM reply says its `kind`, so `kind === undefined` tells a QRNN one apart. */
  kind?: undefined;
  param: string;
  gate: number;
  /** The gate's kind (`RY`, `CRX`, ...) and wires. */
  gateName: string;
  wires: number[];
  step: number;
  /** Steps `T` of the sequence, and which sequence it is. */
  steps: number;
  sequence: number;
  rule: 'two-term' | 'four-term';
  angle: AngleTerms;
  /** `d a / d theta`: `f * u(x_t)` for the angle's `param`, 1 for its `bias` (docs/spec.md §5.1). */
  slope: number;
  /** Every gate's angle at this step, in radians; `null` for a gate without an angle. */
  stepAngles: (number | null)[];
  /** The unshifted execution: `yhat_s`, the loss and `dL/dyhat_s` (0 where `s` is not scored). */
  outputs: number[][];
  targets: (number[] | null)[];
  loss: number | null;
  dLdy: number[][];
  /** Two executions (two-term rule) or four (four-term rule). */
  shifted: ShiftedRun[];
  /** `d yhat_{s,j} / d a` for every step and output (0 before the occurrence). */
  dyda: number[][];
  /** `dL/da = sum_s dL/dyhat_s * d yhat_s / d a`. */
  dLda: number;
  /** `dL/da * d a / d theta`. */
  contribution: number;
  /** Every occurrence of the parameter in the sequence, step by step. */
  occurrences: ExplainedOccurrence[];
  /** Their sum, the head's part (a head weight or bias read by the same name), the total and the exact adjoint value. */
  sum: number;
  headPart: number;
  total: number;
  adjoint: number;
  /** The gradient from one +-pi/2 shift of the parameter itself (every occurrence at once); `null` unless asked for. */
  mistake: number | null;
  computedIn: 'worker' | 'in-thread';
}

/** A refusal: bad file, bad data, or an occurrence that does not exist; each error names the field. */
export interface TeachingRefusal {
  ok: false;
  errors: FieldError[];
}

export type ExplainReply = ExplainSuccess | TeachingRefusal;

/** Options of `compare`. */
export interface CompareOptions {
  /** The parameter whose gradient is estimated. */
  param: string;
  /** Shots per expectation, one configuration set per count (each a positive integer). */
  shots: number[];
  /** Finite-difference steps `h` (each positive). */
  steps: number[];
  /** Estimates per configuration (1 to {@link COMPARE_LIMITS}.repeats). */
  repeats: number;
  /** Estimate `r` of a configuration uses seed `seed + r`; default 1. */
  seed?: number;
  sequence?: number;
  params?: Record<string, number>;
}

/** The bounds `compare` enforces, so one request cannot hold the worker for minutes. */
export const COMPARE_LIMITS = { repeats: 200, shots: 1_000_000, configurations: 60 } as const;

/** One configuration's estimates and spread. */
export interface ComparePoint {
  method: 'parameter-shift' | 'finite-difference' | 'spsa';
  /** The finite-difference step; `null` for the other methods. */
  h: number | null;
  shots: number;
  estimates: number[];
  mean: number;
  std: number;
  /** `mean - exact`. */
  bias: number;
  rmse: number;
  /** The hardware cost of one estimate. */
  circuitExecutions: number;
  totalShots: number;
}

/** The comparison of one parameter's gradient estimates. */
export interface CompareSuccess {
  ok: true;
  param: string;
  /** The exact (adjoint) gradient. */
  exact: number;
  repeats: number;
  points: ComparePoint[];
  computedIn: 'worker' | 'in-thread';
}

export type CompareReply = CompareSuccess | TeachingRefusal;

/** Progress of a comparison: configurations done, of how many. */
/** After each configuration: how many are done, of how many, the one just finished and the exact gradient. */
export type CompareProgressCallback = (done: number, total: number, point?: ComparePoint, exact?: number) => void;

/** A QLSTM occurrence (docs/spec.md §7): the angle `angle` of qubit `qubit` in layer `layer` of circuit `circuit`, at step `step`. */
export interface QlstmExplainTarget {
  circuit: QlstmCircuit;
  layer: number;
  qubit: number;
  angle: QlstmAngle;
  /** 0-based step of the sequence. */
  step: number;
}

/** Options of `explain` for a QLSTM occurrence. */
export interface QlstmExplainOptions extends QlstmExplainTarget {
  kind: 'qlstm';
  /** Which training sequence (window); default 0. The worker clamps it. */
  sequence?: number;
  /** Parameter values to use instead of the file's (e.g. a training run's latest). */
  params?: Record<string, number>;
  /** Also shift the occurrence and re-run the whole sequence (the common mistake). */
  withMistake?: boolean;
}

/** Options of the bias measurement: `seeds` parameter-shift estimates with `shots` shots per execution. */
export interface QlstmBiasOptions extends QlstmExplainTarget {
  kind: 'qlstm-bias';
  shots: number;
  seeds: number;
  /** Estimate `r` uses seed `seed + r`; default 1. */
  seed?: number;
  sequence?: number;
  params?: Record<string, number>;
}

/**
 * The bounds a bias measurement keeps, so one request cannot hold the worker for minutes: the
 * form checks shots and seeds before asking, the worker all three on receipt. `work` bounds
 * `seeds` times one estimate's work (`QlstmExplainSuccess.biasCost`), about two seconds.
 */
export const QLSTM_BIAS_LIMITS = { shots: 1_000_000, seeds: 2000, work: 250_000_000 } as const;

/** Whatever `explain` takes: a QRNN occurrence, a QLSTM occurrence, or a QLSTM bias measurement. */
export type ExplainRequest = ExplainOptions | QlstmExplainOptions | QlstmBiasOptions;

/** One evaluation of the occurrence's circuit with the angle moved by `shift`. */
export interface QlstmShiftedEvaluation {
  shift: number;
  /** The shifted angle in radians. */
  angle: number;
  /** `a_j = <Z_j>` of that evaluation, one per qubit. */
  outputs: number[];
}

/** Every number the Explain panel shows for one QLSTM occurrence. */
export interface QlstmExplainSuccess extends QlstmExplainTarget {
  ok: true;
  kind: 'qlstm';
  /** `k.l.j.angle`. */
  param: string;
  /** The model's sizes: `n = inputSize + hiddenSize` qubits per circuit. */
  inputSize: number;
  hiddenSize: number;
  layers: number;
  /** Steps `T` of the sequence, and which sequence it is. */
  steps: number;
  sequence: number;
  /** The angle's value in radians. */
  value: number;
  /** The circuit's input `u` at that step (`[x_t, h_{t-1}]` for f i g o, `m_t` for h and y) and its encoding angles. */
  input: number[];
  encoding: { ry: number[]; rz: number[] };
  /** The unshifted evaluation's `a_j`. */
  outputs: number[];
  /** At `+pi/2`, then `-pi/2`. */
  shifted: QlstmShiftedEvaluation[];
  /** `d a_j / d angle` by the two-term rule. */
  dadangle: number[];
  /** `dL / d a_j`, back-propagated through the classical LSTM. */
  dLda: number[];
  /** `dL/da_j * d a_j / d angle`, and their sum: the occurrence's contribution. */
  products: number[];
  contribution: number;
  /** The parameter's occurrence at every step, their sum and the adjoint gradient. */
  occurrences: { step: number; contribution: number }[];
  sum: number;
  adjoint: number;
  loss: number | null;
  /** The whole-sequence shift of this occurrence and `mistake - contribution`; `null` unless asked for. */
  mistake: { contribution: number; difference: number } | null;
  /**
   * The work of one bias estimate on this sequence at `S` shots, `fixed + perRootShot * sqrt(S)`
   * (`qlstm/bias.ts`): at most `QLSTM_BIAS_LIMITS.work` over all seeds.
   */
  biasCost: { fixed: number; perRootShot: number };
  computedIn: 'worker' | 'in-thread';
}

/** `N` estimates of one quantity against its exact value. */
export interface QlstmBiasStatistics {
  estimates: number[];
  mean: number;
  std: number;
  /** `std / sqrt(N)`. */
  standardError: number;
  exact: number;
  /** `mean - exact`. */
  bias: number;
  /** Whether `|bias|` exceeds three standard errors. */
  beyondNoise: boolean;
}

/** The bias of parameter-shift with shots, for the occurrence's contribution and the parameter's gradient. */
export interface QlstmBiasSuccess extends QlstmExplainTarget {
  ok: true;
  kind: 'qlstm-bias';
  param: string;
  shots: number;
  seeds: number;
  firstSeed: number;
  sequence: number;
  /** Circuit executions of one estimate (each `shots` shots). */
  executionsPerEstimate: number;
  occurrence: QlstmBiasStatistics;
  parameter: QlstmBiasStatistics;
  computedIn: 'worker' | 'in-thread';
}

export type QlstmExplainReply = QlstmExplainSuccess | TeachingRefusal;
export type QlstmBiasReply = QlstmBiasSuccess | TeachingRefusal;

/** Whatever `explain` answers; a QLSTM reply says its `kind`. */
export type AnyExplainReply = ExplainReply | QlstmExplainReply | QlstmBiasReply;
