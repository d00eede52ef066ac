/**
 * `parameter-shift` for a QLSTM (docs/spec.md §7): local. The outputs of re-run sequences
 * are not degree-1 trigonometric polynomials in one occurrence's angle (the memory is
 * classical and the gates non-linear), so each occurrence is shifted by `+-pi/2` in its one
 * circuit evaluation only, which gives `d a_k(t) / d angle` exactly (two-term rule:
 * `RY` and `RZ` have generator eigenvalues `+-1/2`); back-propagation through the classical
 * LSTM (lstm.ts) supplies `dL/da_k(t)`, and the contribution is their dot product. The
 * back-propagation crosses circuit inputs by the same rule on the encoding gates, times
 * `1/(1+u^2)` (`RY(arctan u)`) and `2u/(1+u^4)` (`RZ(arctan u^2)`).
 *
 * Cost (one execution = one evaluation of one circuit, shifted or not), for `T` steps when
 * some circuit parameter is trained: the `6 T` unshifted evaluations of the run; 2 per
 * trained angle per circuit evaluation (`36 L n T` when every angle is trained); and 2 per
 * encoding gate on every input wire the recurrence differentiates: `h_{t-1}`'s `h` wires in
 * the four gate circuits from step 1 on and `m_t`'s `n` wires in `VQC_h` and `VQC_y`, so
 * `16 h (T - 1) + 8 n T`. Each evaluation costs `shots` shots; with shots the results of
 * every execution are sampled (the unshifted ones also feed the recurrence), which biases
 * the gradient through `sigmoid` and `tanh` (docs/spec.md §7).
 */
import { f64 } from '../core/arena';
import type { Rng } from '../core/rng';
import { createRng } from '../core/rng';
import { headGradient, trainableOf } from '../gradients/common';
import { CostMeter } from '../gradients/cost';
import type { GradientOptions } from '../gradients/types';
import { scoredSteps } from '../simulation/head';
import { circuitAngles, evaluateCircuit, inputGradient } from './circuit';
import { Contributions, gradientOf } from './contributions';
import { backward, type Pullback } from './lstm';
import { circuitsOf, evaluatorOf, featureCotangents, measured, runExecutions, runWith, type Circuits } from './run';
import type { QlstmGradientMethod } from './types';

const HALF_PI = Math.PI / 2;

export const qlstmParameterShift: QlstmGradientMethod = (problem, options: GradientOptions = {}) => {
  const { model, params, sequence, loss } = problem;
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const trainable = trainableOf(problem);
  const circuits = circuitsOf(model, params);
  const meter = new CostMeter(shots);
  const T = sequence.inputs.length;
  const scored = scoredSteps(sequence.targets, loss).length;
  const run = runWith(model, params, sequence, loss, evaluatorOf(circuits, shots, rng));
  meter.add(runExecutions(T, scored));
  const table = new Contributions(model, T, new Set(trainable));
  // With nothing scored there is nothing to measure; with no trained circuit angle, nothing to shift.
  if (scored > 0 && table.anyTrained()) {
    backward(model, run.tape, featureCotangents(model, params, run.dLdy), shiftPullback(circuits, table, shots, rng, meter));
  }
  const occurrences = table.list();
  return {
    method: 'parameter-shift',
    loss: run.loss,
    outputs: run.outputs,
    gradient: gradientOf(trainable, occurrences, headGradient(model, run.dLdy, run.tape.features)),
    occurrences,
    cost: meter.cost,
  };
};

/**
 * The pullback by shifted evaluations: each one an execution, billed to `meter`. Exported so
 * the Explain view (explain.ts) can watch the same back-propagation and read `dL/da_k(t)`
 * where parameter-shift itself uses it.
 */
export function shiftPullback(circuits: Circuits, table: Contributions, shots: number | null, rng: Rng, meter: CostMeter): Pullback {
  const { shape, gates } = circuits;
  const { n } = shape;
  /** `sum_j abar_j d a_j / d angle` for the angle in `slot`, from its two shifted evaluations. */
  const slope = (angles: Float64Array, slot: number, abar: readonly number[]): number => {
    const at = (delta: number) => {
      const shifted = angles.slice();
      shifted[slot] += delta;
      meter.add(1);
      return measured(evaluateCircuit(shape, gates, shifted), shots, rng);
    };
    const plus = at(HALF_PI), minus = at(-HALF_PI);
    let sum = 0;
    for (let j = 0; j < n; j++) sum += (abar[j] * (plus[j] - minus[j])) / 2;
    return sum;
  };
  return (k, t, u, abar, firstInput) => {
    const angles = circuitAngles(shape, u, circuits.thetas[k]);
    for (let s = 0; s < angles.length - 2 * n; s++) if (table.trained(k, s)) table.set(k, t, s, slope(angles, 2 * n + s, abar));
    if (firstInput >= n) return null;
    // The encoding angles' derivatives, by the same rule, on the wires asked for only.
    const d = f64(2 * n);
    for (let j = firstInput; j < n; j++) {
      d[j] = slope(angles, j, abar);
      d[n + j] = slope(angles, n + j, abar);
    }
    return inputGradient(u, d, n, firstInput);
  };
}
