/**
 * `adjoint` (docs/spec.md §3.1): exact reverse-mode differentiation through the sequence of channels,
 * every occurrence's contribution from one backward pass. Simulator only: a QPU cannot run
 * it, so its cost is the single execution that measures the loss.
 *
 * With shots, the circuit derivatives stay exact and only `dL/dyhat` comes from one sampled
 * execution: the part of the noise no method can avoid, since the loss itself is estimated.
 * A trained head takes its features from a second, independent execution, as in
 * parameter-shift, so its gradient is unbiased.
 */
import { createRng } from '../core/rng';
import { compileCell } from '../simulation/cell';
import { engineKindFor } from '../simulation/engine';
import { unroll } from '../simulation/unroll';
import { densityAngleDerivatives } from './adjointDensity';
import { isometryAngleDerivatives } from './adjointIsometry';
import { assembleGradient, contributionOf, generatorsOf, headGradient, readoutCoefficients, scoreExpectations, separateHeadSample, trainableOf } from './common';
import { CostMeter, executionsFor } from './cost';
import { createSampler } from './shots';
import { angleSlope } from '../simulation/angles';
import { scoredSteps } from '../simulation/head';
import type { Angle } from '../model/types';
import type { GradientMethod, OccurrenceContribution } from './types';

export const adjoint: GradientMethod = (problem, options = {}) => {
  const { model, params, sequence, loss } = problem;
  const shots = options.shots ?? null;
  const rng = options.rng ?? createRng(options.seed ?? 1);
  const cell = compileCell(model);
  const trainable = trainableOf(problem);
  const separateHead = separateHeadSample(model, trainable, shots);
  let scored: ReturnType<typeof scoreExpectations> | null = null;
  let forHead: number[][] = [];
  const { measure } = createSampler(problem, shots, options.sampling, rng);
  const coefficientsOf = (exact: number[][]) => {
    const forLoss = measure(exact);
    forHead = separateHead ? measure(exact) : forLoss;
    scored = scoreExpectations(model, params, sequence, loss, forLoss);
    return readoutCoefficients(model, params, scored.dLdy);
  };
  const { dLda } = engineKindFor(cell) === 'isometry'
    ? isometryAngleDerivatives(cell, params, sequence.inputs, coefficientsOf, undefined, options.onStep)
    : densityAngleDerivatives(cell, params, sequence.inputs, coefficientsOf, generatorsOf(model), options.onStep);
  const score = scored as unknown as ReturnType<typeof scoreExpectations>;

  // Frozen parameters have no occurrences in any method's report (docs/spec.md §3).
  const occurrences: OccurrenceContribution[] = unroll(model, sequence.inputs.length).filter((o) => trainable.includes(o.param)).map((o) => {
    const slope = angleSlope(model.cell[o.gate].angle as Angle, params, sequence.inputs[o.step], o.param);
    return contributionOf(o, dLda[o.step][o.gate] * slope);
  });
  const meter = new CostMeter(shots);
  meter.add(executionsFor(model, scoredSteps(sequence.targets, loss)) * (separateHead ? 2 : 1));
  return {
    method: 'adjoint',
    loss: score.loss,
    outputs: score.outputs,
    gradient: assembleGradient(trainable, occurrences, headGradient(model, score.dLdy, forHead)),
    occurrences,
    cost: meter.cost,
  };
};
