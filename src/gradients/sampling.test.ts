import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { finiteDifference } from './finiteDifference';
import { parameterShift } from './parameterShift';
import { spsa } from './spsa';
import { createSampler } from './shots';
import { createRunner } from './runner';
import { createRng } from '../core/rng';
import type { GradientMethod, GradientOptions, GradientProblem } from './types';
import { sharedGateProblem } from '../testing/testProblems';

/** Mean and standard error of a sample. */
function summary(xs: readonly number[]) {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, stderr: Math.sqrt(variance / xs.length) };
}

describe('trajectory sampling correlates the steps of one execution (docs/spec.md §6)', () => {
  // The data wire copies the hidden wire (CNOT 1 -> 0), turns by the input, and is copied
  // back (CNOT 0 -> 1): after step 0 the hidden wire holds o_0, so step 1 starts from |o_0>.
  // By hand, with c_t = cos(x_t / 2), s_t = sin(x_t / 2):
  //   P(o_0 = 0) = c_0^2;  P(o_1 = 1 | o_0 = 0) = s_1^2,  P(o_1 = 1 | o_0 = 1) = c_1^2,
  // so for z = 1 - 2 o: E[z_0 z_1] = cos x_1 and cov(z_0, z_1) = cos x_1 sin^2 x_0.
  const x0 = 1.6, x1 = 0.6;
  const memory: GradientProblem = {
    model: {
      recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 1,
      cell: [
        { gate: 'CNOT', wires: [1, 0] },
        { gate: 'RY', wires: [0], angle: { input: true } },
        { gate: 'CNOT', wires: [0, 1] },
      ],
      readout: [{ observable: 'Z', wire: 0 }],
      head: { weights: [1], bias: 0 },
    },
    params: {},
    sequence: { inputs: [[x0], [x1]], targets: [[0], [0]] },
    loss: { kind: 'mse', washout: 0 },
  };
  const c0 = Math.cos(x0 / 2) ** 2, s0 = 1 - c0, c1 = Math.cos(x1 / 2) ** 2, s1 = 1 - c1;
  const joint = [[c0 * c1, c0 * s1], [s0 * s1, s0 * c1]]; // joint[o_0][o_1]
  const exactCovariance = Math.cos(x1) * Math.sin(x0) ** 2;
  const exact = createRunner(memory).expectations;
  const R = 4000;

  /** One-shot estimates of steps 0 and 1 over R seeds. */
  function draws(sampling: 'independent' | 'trajectory') {
    return Array.from({ length: R }, (_, seed) => createSampler(memory, 1, sampling, createRng(1 + seed)).measure(exact).map((row) => row[0]));
  }
  const covarianceOf = (pairs: number[][]) => {
    const m0 = summary(pairs.map((p) => p[0])).mean, m1 = summary(pairs.map((p) => p[1])).mean;
    return summary(pairs.map(([a, b]) => (a - m0) * (b - m1)));
  };

  it('the exact model agrees with the hand calculation for the means', () => {
    expect(exact[0][0]).toBeCloseTo(Math.cos(x0), 12);
    expect(exact[1][0]).toBeCloseTo(Math.cos(x1) * Math.cos(x0), 12);
  });

  it('with one shot per execution, the joint distribution of the step-0 and step-1 outcomes is the exact one (4 standard errors)', () => {
    const pairs = draws('trajectory');
    for (const o0 of [0, 1]) for (const o1 of [0, 1]) {
      const p = joint[o0][o1];
      const seen = pairs.filter(([a, b]) => a === 1 - 2 * o0 && b === 1 - 2 * o1).length / R;
      expect(Math.abs(seen - p), `P(${o0}, ${o1})`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / R));
    }
    const cov = covarianceOf(pairs);
    expect(Math.abs(cov.mean - exactCovariance)).toBeLessThan(4 * cov.stderr);
  });

  it('independent sampling has no covariance there, far from the exact one', () => {
    const cov = covarianceOf(draws('independent'));
    expect(Math.abs(cov.mean)).toBeLessThan(4 * cov.stderr);
    expect(Math.abs(exactCovariance)).toBeGreaterThan(0.8);
    expect(Math.abs(exactCovariance - cov.mean)).toBeGreaterThan(20 * cov.stderr);
  });
});

/** 1 data + 1 hidden, both recurrences, readouts needing two settings on wire 0. */
function problemWith(recurrence: 'measure-reset' | 'coherent'): GradientProblem {
  const p = sharedGateProblem();
  return { ...p, model: { ...p.model, recurrence, readout: [{ observable: 'Z', wire: 0 }, { observable: 'X', wire: 0 }], head: { weights: [1, 'v'], bias: 'b' } }, params: { ...p.params, v: 0.4, b: 0.1 } };
}

describe('gradients with trajectory sampling are unbiased (mean over 1000 seeds within 4 standard errors of the adjoint)', () => {
  const cases: [string, GradientProblem][] = [
    ['shared gate, measure-reset', sharedGateProblem()],
    ['two settings, trained head, measure-reset', problemWith('measure-reset')],
    ['two settings, trained head, coherent', problemWith('coherent')],
  ];
  const methods: [string, GradientMethod][] = [['parameter-shift', parameterShift], ['adjoint', adjoint]];
  for (const [name, problem] of cases) {
    const exact = adjoint(problem).gradient;
    for (const [methodName, method] of methods) {
      it(`${methodName}: ${name}`, () => {
        const runs = Array.from({ length: 1000 }, (_, seed) => method(problem, { shots: 20, sampling: 'trajectory', seed: 1 + seed }).gradient);
        for (const p of Object.keys(exact)) {
          const { mean, stderr } = summary(runs.map((g) => g[p]));
          expect(stderr, p).toBeGreaterThan(0);
          expect(Math.abs(mean - exact[p]), `${p}: ${mean} against ${exact[p]}`).toBeLessThan(4 * stderr);
        }
      });
    }
  }
});

describe('every method with trajectory sampling', () => {
  const problem = problemWith('measure-reset');
  const methods: [string, GradientMethod, GradientOptions][] = [
    ['parameter-shift', parameterShift, {}],
    ['adjoint', adjoint, {}],
    ['finite-difference', finiteDifference, {}],
    ['finite-difference per occurrence', finiteDifference, { perOccurrence: true }],
    ['spsa', spsa, {}],
  ];
  for (const [name, method, options] of methods) {
    it(`${name}: is deterministic, differs from independent sampling, and costs what independent sampling costs (docs/spec.md §3.5)`, () => {
      const run = (sampling: 'independent' | 'trajectory', seed: number) => method(problem, { ...options, shots: 30, sampling, seed });
      expect(run('trajectory', 4)).toEqual(run('trajectory', 4));
      expect(run('trajectory', 4).gradient).not.toEqual(run('trajectory', 5).gradient);
      expect(run('trajectory', 4).gradient).not.toEqual(run('independent', 4).gradient);
      expect(run('trajectory', 4).cost).toEqual(run('independent', 4).cost);
    });
  }

  it('parameter-shift bills N shots per execution, each of the two settings an execution (measure-reset: whole sequence; coherent: one per scored step from the shifted one)', () => {
    // theta and phi at 4 steps, two shifts each: 16 shifted executions and 2 unshifted (the
    // head is trained), each in 2 settings under measure-reset.
    expect(parameterShift(problemWith('measure-reset'), { shots: 10, sampling: 'trajectory' }).cost).toEqual({ circuitExecutions: 36, shots: 360 });
    // Coherent: an unshifted execution per scored step (4), and a shifted one at step t per scored step >= t (4 - t).
    const shifted = 2 * 2 * (4 + 3 + 2 + 1), unshifted = 2 * 4;
    expect(parameterShift(problemWith('coherent'), { shots: 10, sampling: 'trajectory' }).cost).toEqual({ circuitExecutions: 2 * (shifted + unshifted), shots: 20 * (shifted + unshifted) });
  });
});
