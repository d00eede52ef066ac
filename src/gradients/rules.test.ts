import { describe, expect, it } from 'vitest';
import { SHIFT_RULES } from './rules';
import { adjoint } from './adjoint';
import { parameterShift } from './parameterShift';
import { finiteDifference } from './finiteDifference';
import { randomProblem } from '../testing/randomCells';
import { createRunner } from './runner';
import { outputsOf } from '../simulation/head';
import type { GradientProblem } from './types';
import { sharedGateProblem } from '../testing/testProblems';

/** A 1+1 measure-reset cell with one controlled rotation of kind `gate` sharing parameter `a`. */
function controlledCase(gate: 'CRX' | 'CRY' | 'CRZ'): GradientProblem {
  return {
    model: {
      recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 1,
      cell: [
        { gate: 'RY', wires: [0], angle: { input: true } },
        { gate: 'H', wires: [1] },
        { gate, wires: [0, 1], angle: { param: 'a' } },
        { gate: 'RX', wires: [1], angle: 0.4 },
        { gate: 'CRY', wires: [1, 0], angle: 1.1 },
        { gate: 'H', wires: [0] },
      ],
      readout: [{ observable: 'Z', wire: 0 }],
      head: { weights: [1], bias: 0 },
    },
    params: { a: 0.9 },
    sequence: { inputs: [[0.3], [1.2], [-0.7]], targets: [[0.5], [-0.1], [0.2]] },
    loss: { kind: 'mse', washout: 0 },
  };
}

/** dL/da of occurrence (gate 2, step 1) by an arbitrary shift recipe. */
function byRecipe(problem: GradientProblem, recipe: { shifts: readonly number[]; weights: readonly number[] }, dLdy: number[]): number {
  const runner = createRunner(problem);
  const runs = runner.shiftedAtStep(1, [{ gate: 2, deltas: recipe.shifts }]).get(2) as number[][][];
  return runs.reduce((acc, later, k) => acc + recipe.weights[k] * later.reduce((s, e, i) => s + dLdy[1 + i] * outputsOf(problem.model, problem.params, e)[0], 0), 0);
}

describe('shift rules', () => {
  it('the four-term rule is exact for CRX, CRY and CRZ, and the two-term rule is not', () => {
    for (const gate of ['CRX', 'CRY', 'CRZ'] as const) {
      const problem = controlledCase(gate);
      const exact = adjoint(problem);
      const occurrence = exact.occurrences.find((o) => o.step === 1) as { contribution: number };
      const outputs = exact.outputs;
      const dLdy = outputs.map((y, t) => (2 * (y[0] - (problem.sequence.targets[t] as number[])[0])) / 3);
      const four = byRecipe(problem, SHIFT_RULES['four-term'], dLdy);
      const two = byRecipe(problem, SHIFT_RULES['two-term'], dLdy);
      expect(Math.abs(four - occurrence.contribution), gate).toBeLessThan(1e-12);
      // A controlled rotation has frequencies 1/2 and 1: the two-term rule misses the second.
      expect(Math.abs(two - occurrence.contribution), gate).toBeGreaterThan(1e-3);
    }
  });

  it('the four-term weights are c1 = (sqrt2 + 1)/(4 sqrt2) and c2 = (sqrt2 - 1)/(4 sqrt2)', () => {
    const [c1, , c2n] = SHIFT_RULES['four-term'].weights;
    expect(c1).toBeCloseTo((Math.SQRT2 + 1) / (4 * Math.SQRT2), 15);
    expect(-c2n).toBeCloseTo((Math.SQRT2 - 1) / (4 * Math.SQRT2), 15);
  });
});

describe('finite differences', () => {
  it('central differences converge to the exact gradient as h^2 (error ratio ~4 per halving)', () => {
    const problem = randomProblem(3, { recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 2, steps: 4 });
    const exact = adjoint(problem).gradient;
    const errorAt = (h: number) => Math.max(...Object.keys(exact).map((p) => Math.abs(finiteDifference(problem, { h }).gradient[p] - exact[p])));
    const e1 = errorAt(0.08), e2 = errorAt(0.04), e3 = errorAt(0.02);
    expect(e1 / e2).toBeGreaterThan(3.6);
    expect(e1 / e2).toBeLessThan(4.4);
    expect(e2 / e3).toBeGreaterThan(3.6);
    expect(e2 / e3).toBeLessThan(4.4);
  });

  it('forward differences converge as h (ratio ~2), and per-occurrence differences approach each contribution', () => {
    const problem = randomProblem(4, { recurrence: 'coherent', dataQubits: 1, hiddenQubits: 1, steps: 3 });
    const exact = adjoint(problem);
    const err = (h: number) => Math.abs(finiteDifference(problem, { h, variant: 'forward' }).gradient.e - exact.gradient.e);
    expect(err(0.02) / err(0.01)).toBeGreaterThan(1.7);
    expect(err(0.02) / err(0.01)).toBeLessThan(2.3);
    const per = finiteDifference(problem, { h: 1e-4, perOccurrence: true });
    per.occurrences.forEach((o, i) => expect(Math.abs(o.contribution - exact.occurrences[i].contribution)).toBeLessThan(1e-6));
  });
});

describe('shifting every occurrence at once (the common mistake)', () => {
  it('gives a wrong gradient for a parameter shared across the steps of a recurrent cell', () => {
    const problem = sharedGateProblem();
    const right = parameterShift(problem).gradient.theta;
    const wrong = parameterShift(problem, { shiftAllAtOnce: true }).gradient.theta;
    expect(Math.abs(right - adjoint(problem).gradient.theta)).toBeLessThan(1e-12);
    expect(Math.abs(wrong - right)).toBeGreaterThan(0.05);
  });
});
