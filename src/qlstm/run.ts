/**
 * Running a QLSTM over one sequence: the circuit evaluations (exact, or sampled with shots),
 * the recurrence (lstm.ts), the head and the loss. Every method that re-runs the sequence
 * (finite differences, SPSA, the whole-sequence shift) goes through {@link runSequence}, so
 * a run always costs the same: one execution per circuit evaluation, `6 T` in all
 * (docs/spec.md §7: the memory is classical, so each circuit is its own execution).
 */
import type { Rng } from '../core/rng';
import { sampleExpectation } from '../gradients/shots';
import { CostMeter } from '../gradients/cost';
import type { Cost } from '../gradients/types';
import { headWeights, mse, mseGradient, outputsOf, scoredSteps } from '../simulation/head';
import type { LossSpec, Params, QlstmModel, Sequence } from '../model/types';
import { circuitAngles, circuitGates, evaluateCircuit, type Gate, type Shape } from './circuit';
import { forward, type Evaluate, type Forward } from './lstm';
import { shapeOf, thetas } from './parameters';
import type { QlstmProblem } from './types';

/** One angle of one circuit evaluation moved by `delta`: circuit `k` (index) at step `t`, angle-vector slot `slot`. */
export interface Shift {
  k: number;
  t: number;
  slot: number;
  delta: number;
}

/** The six circuits of a model at given parameters, ready to evaluate. */
export interface Circuits {
  shape: Shape;
  gates: Gate[];
  /** `theta` of each circuit, f i g o h y. */
  thetas: number[][];
}

export function circuitsOf(model: QlstmModel, params: Params): Circuits {
  const shape = shapeOf(model);
  return { shape, gates: circuitGates(shape), thetas: thetas(model, params) };
}

/** `n` results of one execution: exact, or each `<Z_j>` the mean of `shots` samples of +-1. */
export function measured(exact: number[], shots: number | null, rng: Rng | undefined): number[] {
  if (shots === null) return exact;
  return exact.map((e) => sampleExpectation(e, shots, rng as Rng));
}

/** Evaluates circuit `k` at step `t` on `u`, with `shift` applied when it names this evaluation. */
export function evaluatorOf(circuits: Circuits, shots: number | null, rng?: Rng, shift?: Shift): Evaluate {
  return (k, t, u) => {
    const angles = circuitAngles(circuits.shape, u, circuits.thetas[k]);
    if (shift && shift.k === k && shift.t === t) angles[shift.slot] += shift.delta;
    return measured(evaluateCircuit(circuits.shape, circuits.gates, angles), shots, rng);
  };
}

export interface SequenceRun {
  tape: Forward;
  /** `yhat_{t,j}`. */
  outputs: number[][];
  loss: number | null;
  /** `dL/dyhat_{t,j}`. */
  dLdy: number[][];
}

/** The recurrence, head and loss over `sequence`, every circuit through `evaluate`. */
export function runWith(model: QlstmModel, params: Params, sequence: Sequence, loss: LossSpec, evaluate: Evaluate): SequenceRun {
  const tape = forward(model, sequence.inputs, evaluate);
  const outputs = tape.features.map((e) => outputsOf(model, params, e));
  return { tape, outputs, loss: mse(outputs, sequence.targets, loss), dLdy: mseGradient(outputs, sequence.targets, loss) };
}

/** One run of the sequence at `params`, exact (`shots` null) or sampled, with an optional one-angle shift. */
export function runSequence(model: QlstmModel, params: Params, sequence: Sequence, loss: LossSpec, shots: number | null = null, rng?: Rng, shift?: Shift): SequenceRun {
  return runWith(model, params, sequence, loss, evaluatorOf(circuitsOf(model, params), shots, rng, shift));
}

/** Executions of one run of a `T`-step sequence: every circuit at every step, or none when no step is scored (nothing to measure). */
export function runExecutions(steps: number, scored: number): number {
  return scored === 0 ? 0 : 6 * steps;
}

/** `dL/de_{t,i} = sum_j dL/dyhat_{t,j} w_{j,i}`: what the head sends back into `VQC_y`. */
export function featureCotangents(model: QlstmModel, params: Params, dLdy: readonly (readonly number[])[]): number[][] {
  const w = headWeights(model, params);
  return dLdy.map((g) => w[0].map((_, i) => w.reduce((sum, row, j) => sum + g[j] * row[i], 0)));
}

/** The loss at `params` from one run, sampled with `shots` (null: exact), and that run's cost (L-BFGS's trial points). */
export function measuredLoss(problem: QlstmProblem, shots: number | null, rng: Rng): { loss: number | null; cost: Cost } {
  const { model, params, sequence, loss } = problem;
  const meter = new CostMeter(shots);
  meter.add(runExecutions(sequence.inputs.length, scoredSteps(sequence.targets, loss).length));
  return { loss: runSequence(model, params, sequence, loss, shots, rng).loss, cost: meter.cost };
}
