/**
 * `adjoint` for a QLSTM (docs/spec.md §3.1, §7): exact back-propagation through the LSTM and,
 * inside each circuit evaluation, the statevector adjoint method (Jones & Gacon 2020). For
 * `dL/da_k(t) = abar`, the observable `sum_j abar_j Z_j` is applied to the final state and
 * carried back gate by gate with the state; a rotation `exp(-i a P / 2)` whose state after it
 * is `psi` and whose carried observable there is `lambda` has `dL/da = Im <lambda|P|psi>`.
 * The encoding angles' derivatives, times `1/(1+u^2)` and `2u/(1+u^4)`, are `dL/du`.
 *
 * Cost in simulation: the forward pass, which keeps every circuit evaluation's final state
 * while they fit in {@link KEPT_STATES_BYTES} (else each is recomputed, one more forward run,
 * so memory stays `O(2^n)` for any length), then a backward sweep over two vectors: about
 * three forward passes (four when recomputing). On hardware it cannot run,
 * so its cost is the run that measures the loss (`6 T` executions); with shots the circuit
 * results of that run are sampled and feed the recurrence, and the circuits' derivatives at
 * those inputs are exact.
 */
import { f64 } from '../core/arena';
import { createRng } from '../core/rng';
import { headGradient, trainableOf } from '../gradients/common';
import { CostMeter } from '../gradients/cost';
import type { GradientOptions } from '../gradients/types';
import { scoredSteps } from '../simulation/head';
import type { Rng } from '../core/rng';
import { applyGate, circuitAngles, expectZ, inputGradient, runCircuit, type Shape, type State } from './circuit';
import type { Evaluate } from './lstm';
import { Contributions, gradientOf } from './contributions';
import { backward, type Pullback } from './lstm';
import { circuitsOf, evaluatorOf, featureCotangents, measured, runExecutions, runWith, type Circuits } from './run';
import type { QlstmGradientMethod } from './types';

export const qlstmAdjoint: QlstmGradientMethod = (problem, options: GradientOptions = {}) => adjointKeeping(KEPT_STATES_BYTES)(problem, options);

/** The adjoint keeping final states up to `budgetBytes` (0: recompute every one; the same bits either way). */
export const adjointKeeping = (budgetBytes: number): QlstmGradientMethod => (problem, options: GradientOptions = {}) => {
  const { model, params, sequence, loss } = problem;
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const trainable = trainableOf(problem);
  const circuits = circuitsOf(model, params);
  const T = sequence.inputs.length;
  const states = 6 * T * (16 << circuits.shape.n) <= budgetBytes ? new Map<number, State>() : null;
  const run = runWith(model, params, sequence, loss, states ? keepingStates(circuits, shots, rng, states, T) : evaluatorOf(circuits, shots, rng));
  const table = new Contributions(model, T, new Set(trainable));
  if (table.anyTrained()) {
    backward(model, run.tape, featureCotangents(model, params, run.dLdy), adjointPullback(circuits, table, states ?? undefined, T));
  }
  const occurrences = table.list();
  const meter = new CostMeter(shots);
  meter.add(runExecutions(sequence.inputs.length, scoredSteps(sequence.targets, loss).length));
  return {
    method: 'adjoint',
    loss: run.loss,
    outputs: run.outputs,
    gradient: gradientOf(trainable, occurrences, headGradient(model, run.dLdy, run.tape.features)),
    occurrences,
    cost: meter.cost,
  };
};

/** The most memory the adjoint keeps final states in (bytes): 6 T states of `2^n` complex entries. */
export const KEPT_STATES_BYTES = 64 * 1024 * 1024;

/** `evaluatorOf`'s exact results, keeping each evaluation's final state at `k * T + t` for the backward sweep. */
function keepingStates(circuits: Circuits, shots: number | null, rng: Rng, states: Map<number, State>, T: number): Evaluate {
  return (k, t, u) => {
    const state = runCircuit(circuits.shape, circuits.gates, circuitAngles(circuits.shape, u, circuits.thetas[k]));
    states.set(k * T + t, state);
    return measured(expectZ(state, circuits.shape.n), shots, rng);
  };
}

/**
 * The adjoint's pullback of one circuit evaluation, recording its trained angles' contributions
 * into `table`; from the final state kept in `states` (taken out: the sweep overwrites it) when
 * there is one, else recomputed.
 */
export function adjointPullback(circuits: Circuits, table: Contributions, states?: Map<number, State>, T = 0): Pullback {
  const { shape } = circuits;
  const { n } = shape;
  return (k, t, u, abar, firstInput) => {
    const angles = circuitAngles(shape, u, circuits.thetas[k]);
    const kept = states?.get(k * T + t);
    states?.delete(k * T + t);
    const d = angleDerivatives(shape, circuits, angles, abar, kept);
    for (let s = 0; s < d.length - 2 * n; s++) if (table.trained(k, s)) table.set(k, t, s, d[2 * n + s]);
    return firstInput >= n ? null : inputGradient(u, d, n, firstInput);
  };
}

/** `d (sum_j abar_j <Z_j>) / d angle` for every slot of the angle vector, by one adjoint sweep. */
function angleDerivatives(shape: Shape, circuits: Circuits, angles: Float64Array, abar: readonly number[], kept?: State): Float64Array {
  const { n } = shape;
  const psi = kept ?? runCircuit(shape, circuits.gates, angles);
  const size = psi.re.length;
  const lambda = { re: f64(size), im: f64(size) };
  for (let x = 0; x < size; x++) {
    let w = 0;
    for (let j = 0; j < n; j++) w += (x >> j) & 1 ? -abar[j] : abar[j];
    lambda.re[x] = w * psi.re[x];
    lambda.im[x] = w * psi.im[x];
  }
  const d = f64(angles.length);
  for (let g = circuits.gates.length - 1; g >= 0; g--) {
    const gate = circuits.gates[g];
    if (gate.kind === 'RY' || gate.kind === 'RZ') {
      d[gate.slot] = gate.kind === 'RZ' ? imZ(lambda, psi, gate.qubit) : imY(lambda, psi, gate.qubit);
      applyGate(psi, gate, angles[gate.slot], -1);
      applyGate(lambda, gate, angles[gate.slot], -1);
    } else {
      // H and CNOT are their own inverses.
      applyGate(psi, gate, 0);
      applyGate(lambda, gate, 0);
    }
  }
  return d;
}

type Vec = { re: Float64Array; im: Float64Array };

/** `Im <lambda| Z_q |psi>`. */
function imZ(lambda: Vec, psi: Vec, q: number): number {
  let sum = 0;
  for (let x = 0; x < psi.re.length; x++) {
    const v = lambda.re[x] * psi.im[x] - lambda.im[x] * psi.re[x];
    sum += (x >> q) & 1 ? -v : v;
  }
  return sum;
}

/** `Im <lambda| Y_q |psi>`: `Y|0> = i|1>`, `Y|1> = -i|0>`. */
function imY(lambda: Vec, psi: Vec, q: number): number {
  const bit = 1 << q;
  let sum = 0;
  for (let x = 0; x < psi.re.length; x++) {
    if ((x & bit) !== 0) continue;
    const y = x | bit;
    sum += lambda.re[y] * psi.re[x] + lambda.im[y] * psi.im[x] - (lambda.re[x] * psi.re[y] + lambda.im[x] * psi.im[y]);
  }
  return sum;
}
