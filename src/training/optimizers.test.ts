/**
 * The optimizers against hand computations: every expected number below was worked out
 * outside this code (30-digit arithmetic) from the formulas in optimizers.ts' doc comment,
 * never by calling the code under test.
 */
import { describe, expect, it } from 'vitest';
import { initialOptimizerState, OPTIMIZER_DEFAULTS, optimizerSettings, optimizerStep, spsaGain, type OptimizerSettings } from './optimizers';
import { spsa, SPSA_DEFAULTS } from '../gradients/spsa';
import type { GradientProblem } from '../gradients/types';

describe('optimizerSettings(spec, plannedIterations)', () => {
  it('fills the documented defaults and takes A as 10% of the planned iterations, rounded', () => {
    expect(optimizerSettings({ kind: 'adam', learningRate: 0.1 }, 24)).toEqual({
      learningRate: 0.1, memory: 10, momentum: 0, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, alpha: 0.602, stability: 2,
    });
    // L-BFGS has no learning rate (its line search picks the step) and keeps `memory` pairs.
    const lbfgs = optimizerSettings({ kind: 'lbfgs', memory: 4 }, 24);
    expect([lbfgs.learningRate, lbfgs.memory]).toEqual([Number.NaN, 4]);
    expect(OPTIMIZER_DEFAULTS).toEqual({ momentum: 0, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, alpha: 0.602 });
    expect(optimizerSettings({ kind: 'spsa', learningRate: 0.3 }, 25).stability).toBe(3);
  });

  it('takes finite numbers from the file and ignores anything else', () => {
    const s = optimizerSettings({ kind: 'sgd', learningRate: 0.5, momentum: 0.8, beta1: 'x', A: 7, alpha: Number.NaN }, 100);
    expect([s.momentum, s.beta1, s.stability, s.alpha]).toEqual([0.8, 0.9, 7, 0.602]);
  });
});

describe('optimizerStep: adam', () => {
  const settings = optimizerSettings({ kind: 'adam', learningRate: 0.1 }, 10);

  it('matches Kingma & Ba with bias correction, step by step (beta1 0.9, beta2 0.999, eps 1e-8, lr 0.1)', () => {
    // theta0 = 1; gradients 0.5, -1, 2.
    // step 1: m = 0.1*0.5 = 0.05          v = 0.001*0.25 = 0.00025
    //         mHat = 0.05/(1-0.9) = 0.5   vHat = 0.00025/(1-0.999) = 0.25
    //         theta = 1 - 0.1*0.5/(0.5 + 1e-8) = 0.90000000199999996
    // step 2: m = 0.9*0.05 + 0.1*(-1) = -0.055      v = 0.999*0.00025 + 0.001*1 = 0.00124975
    //         mHat = -0.055/0.19 = -0.28947368421052632   vHat = 0.00124975/0.001999 = 0.62518759379689845
    //         theta = 0.93661035424056560
    // step 3: m = 0.9*(-0.055) + 0.1*2 = 0.1505     v = 0.999*0.00124975 + 0.001*4 = 0.00524850025
    //         mHat = 0.1505/0.271 = 0.55535055350553506   vHat = 0.00524850025/0.002997001 = 1.7512507503334166
    //         theta = 0.89464479271810477
    const expected = [
      { m: 0.05, v: 0.00025, theta: 0.900000002 },
      { m: -0.055, v: 0.00124975, theta: 0.9366103542405656 },
      { m: 0.1505, v: 0.00524850025, theta: 0.8946447927181048 },
    ];
    let state = initialOptimizerState('adam');
    let params: Record<string, number> = { w: 1, frozen: 3 };
    [0.5, -1, 2].forEach((g, i) => {
      ({ params, state } = optimizerStep(state, settings, params, { w: g }));
      expect(state.iteration).toBe(i + 1);
      expect(state.m.w).toBeCloseTo(expected[i].m, 15);
      expect(state.v.w).toBeCloseTo(expected[i].v, 15);
      expect(params.w).toBeCloseTo(expected[i].theta, 14);
      expect(params.frozen).toBe(3);
    });
  });

  it('moves a first step by almost exactly the learning rate, whatever the gradient scale (the point of bias correction)', () => {
    for (const g of [1e-2, 3, -250]) {
      const { params } = optimizerStep(initialOptimizerState('adam'), settings, { w: 0 }, { w: g });
      expect(Math.abs(params.w)).toBeCloseTo(0.1, 5);
      expect(Math.sign(params.w)).toBe(-Math.sign(g));
    }
  });

  it('does not mutate its inputs', () => {
    const state = initialOptimizerState('adam');
    const params = { w: 1 };
    optimizerStep(state, settings, params, { w: 0.5 });
    expect(state).toEqual({ kind: 'adam', iteration: 0, m: {}, v: {} });
    expect(params).toEqual({ w: 1 });
  });
});

describe('optimizerStep: sgd', () => {
  it('keeps v <- momentum v + g and theta <- theta - lr v', () => {
    const settings = optimizerSettings({ kind: 'sgd', learningRate: 0.5, momentum: 0.9 }, 10);
    // theta0 = 2; g = 1, 1: v1 = 1, theta1 = 1.5; v2 = 0.9 + 1 = 1.9, theta2 = 1.5 - 0.95 = 0.55
    let state = initialOptimizerState('sgd');
    let params: Record<string, number> = { w: 2 };
    ({ params, state } = optimizerStep(state, settings, params, { w: 1 }));
    expect(params.w).toBe(1.5);
    ({ params, state } = optimizerStep(state, settings, params, { w: 1 }));
    expect(state.m.w).toBeCloseTo(1.9, 15);
    expect(params.w).toBeCloseTo(0.55, 15);
  });
});

describe('SPSA gains', () => {
  const settings: OptimizerSettings = { ...optimizerSettings({ kind: 'spsa', learningRate: 0.3 }, 20) };

  it('a_k = a / (A + k + 1)^alpha with a = 0.3, A = 2 (10% of 20), alpha = 0.602', () => {
    expect(settings.stability).toBe(2);
    // 0.3 / 3^0.602, 0.3 / 4^0.602, 0.3 / 5^0.602
    expect(spsaGain(settings, 0)).toBeCloseTo(0.15484395639348356, 14);
    expect(spsaGain(settings, 1)).toBeCloseTo(0.13022103414015643, 14);
    expect(spsaGain(settings, 2)).toBeCloseTo(0.11385216987201655, 14);
  });

  it('steps theta <- theta - a_k g with k the completed updates', () => {
    let state = initialOptimizerState('spsa');
    let params: Record<string, number> = { w: 1 };
    ({ params, state } = optimizerStep(state, settings, params, { w: 2 }));
    expect(params.w).toBeCloseTo(1 - 2 * 0.15484395639348356, 14);
    ({ params, state } = optimizerStep(state, settings, params, { w: -1 }));
    expect(params.w).toBeCloseTo(1 - 2 * 0.15484395639348356 + 0.13022103414015643, 14);
    expect(state.iteration).toBe(2);
  });

  it('refuses to step ridge', () => {
    expect(() => optimizerStep(initialOptimizerState('ridge'), settings, { w: 0 }, { w: 1 })).toThrow(/closed form/);
  });
});

describe('SPSA estimates at c_k = c / (k + 1)^gamma', () => {
  // One step, RY(theta) on the data qubit from |0>, Z read out, head yhat = e: L(theta) = (cos theta - y)^2.
  const problem = (params: Record<string, number>, twoParams = false): GradientProblem => ({
    model: {
      recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 1,
      cell: [
        { gate: 'RY', wires: [0], angle: { param: 'theta' } },
        ...(twoParams ? [{ gate: 'RY' as const, wires: [1], angle: { param: 'phi' } }] : []),
      ],
      readout: [{ observable: 'Z', wire: 0 }],
      head: { weights: [1], bias: 0 },
    },
    params,
    sequence: { inputs: [[0]], targets: [[0.3]] },
    loss: { kind: 'mse', washout: 0 },
  });

  it('uses the defaults c = 0.2, gamma = 0.101', () => {
    expect(SPSA_DEFAULTS).toEqual({ c: 0.2, gamma: 0.101, k: 0 });
  });

  it('with one parameter, is the central difference [L(theta + c_k) - L(theta - c_k)] / (2 c_k) whatever the sign drawn', () => {
    // c_0 = 0.2, c_1 = 0.2 / 2^0.101 = 0.18647729728736650, c_2 = 0.2 / 3^0.101 = 0.17899493787135264
    // at theta = 0.4, y = 0.3:
    const expected = [-0.4662826050104194, -0.4685420409633527, -0.4697262993927553];
    expected.forEach((g, k) => {
      for (const seed of [1, 2, 3]) {
        const r = spsa(problem({ theta: 0.4 }), { seed, spsa: { k } });
        expect(r.gradient.theta).toBeCloseTo(g, 12);
      }
    });
    // c = 0.5, gamma = 0.5, k = 2: c_k = 0.5 / sqrt(3) = 0.28867513459481288
    expect(spsa(problem({ theta: 0.4 }), { spsa: { c: 0.5, gamma: 0.5, k: 2 } }).gradient.theta).toBeCloseTo(-0.4477425988910073, 12);
  });

  it('perturbs every parameter along one Rademacher direction: two executions, |g_i| equal for all i', () => {
    const one = spsa(problem({ theta: 0.4 }), { seed: 5 });
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const two = spsa(problem({ theta: 0.4, phi: 0.7 }, true), { seed });
      expect(Math.abs(two.gradient.theta)).toBe(Math.abs(two.gradient.phi));
      expect(two.cost.circuitExecutions).toBe(one.cost.circuitExecutions);
    }
    expect(one.cost.circuitExecutions).toBe(2);
  });
});
