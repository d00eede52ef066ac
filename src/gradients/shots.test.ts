import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { parameterShift } from './parameterShift';
import { finiteDifference } from './finiteDifference';
import { spsa } from './spsa';
import { sampleExpectation, sampleFeatures } from './shots';
import { createRng } from '../core/rng';
import type { GradientMethod, GradientOptions, GradientProblem } from './types';
import { sharedGateProblem } from '../testing/testProblems';

const problem = sharedGateProblem();
const exact = adjoint(problem).gradient;

function stats(method: GradientMethod, options: GradientOptions, runs: number, param = 'theta') {
  const xs = Array.from({ length: runs }, (_, seed) => method(problem, { ...options, seed: 1000 + seed }).gradient[param]);
  const mean = xs.reduce((s, x) => s + x, 0) / runs;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (runs - 1);
  return { mean, variance, stderr: Math.sqrt(variance / runs) };
}

describe('sampleExpectation(e, N, rng)', () => {
  it('is the mean of N +-1 samples: unbiased with variance (1 - e^2)/N (400 draws, 4 standard errors)', () => {
    const rng = createRng(5), e = 0.3, N = 200, R = 4000;
    const xs = Array.from({ length: R }, () => sampleExpectation(e, N, rng));
    const mean = xs.reduce((s, x) => s + x, 0) / R;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (R - 1);
    expect(Math.abs(mean - e)).toBeLessThan(4 * Math.sqrt((1 - e * e) / N / R));
    expect(Math.abs(variance / ((1 - e * e) / N) - 1)).toBeLessThan(0.1);
  });
});

describe('gradient estimators with shots, over many seeds (fixed seeds 1000..)', () => {
  it('parameter-shift is unbiased and its variance falls as 1/N (ratio 4 for N = 100 -> 400, within 25%)', () => {
    const n100 = stats(parameterShift, { shots: 100 }, 600);
    const n400 = stats(parameterShift, { shots: 400 }, 600);
    expect(Math.abs(n100.mean - exact.theta)).toBeLessThan(4 * n100.stderr);
    expect(Math.abs(n400.mean - exact.theta)).toBeLessThan(4 * n400.stderr);
    expect(n100.variance / n400.variance).toBeGreaterThan(3);
    expect(n100.variance / n400.variance).toBeLessThan(5.3);
  });

  it('central differences have variance growing as 1/h^2 (ratio 4 for h = 0.2 -> 0.1, within 25%)', () => {
    const h2 = stats(finiteDifference, { shots: 200, h: 0.2 }, 600);
    const h1 = stats(finiteDifference, { shots: 200, h: 0.1 }, 600);
    expect(h1.variance / h2.variance).toBeGreaterThan(3);
    expect(h1.variance / h2.variance).toBeLessThan(5.3);
  });

  it("SPSA's mean over random directions approaches the gradient (exact expectations, c = 0.05)", () => {
    for (const param of ['theta', 'phi']) {
      const s = stats(spsa, { spsa: { c: 0.05 } }, 4000, param);
      // Its bias is O(c^2) (below 1e-3 here); the rest is the directions' cross-talk.
      expect(Math.abs(s.mean - exact[param]), param).toBeLessThan(4 * s.stderr + 1e-3);
    }
  });

  it('each SPSA estimate costs two executions, whatever the number of parameters', () => {
    expect(spsa(problem, { shots: 50 }).cost).toEqual({ circuitExecutions: 2, shots: 100 });
    expect(finiteDifference(problem, { shots: 50 }).cost).toEqual({ circuitExecutions: 4, shots: 200 });
  });
});

describe('the cost of an estimate with no scored step', () => {
  it('is nothing for every method: no step is measured for the loss', async () => {
    const { caseProblem } = await import('../testing/cases');
    const { GRADIENT_REGISTRY } = await import('./registry');
    const problem = caseProblem('shared-gate-every-step');
    const unscored = { ...problem, sequence: { ...problem.sequence, targets: problem.sequence.targets.map(() => null) } };
    for (const method of ['adjoint', 'parameter-shift', 'finite-difference', 'spsa'] as const) {
      const r = GRADIENT_REGISTRY[method](unscored, { shots: 100, seed: 1 });
      expect(r.loss, method).toBeNull();
      expect(r.cost, method).toEqual({ circuitExecutions: 0, shots: 0 });
    }
  });
});

describe('the head weight gradient with shots is unbiased in every method (issue 14: one sample for both factors biased it)', () => {
  // One wire, RY(0.7), head weight w = 1 (trained), target 0.2, 10 shots: the exact
  // dL/dw = 2 (e - 0.2) e with e = cos 0.7 is 0.864; taking dL/dyhat and the feature from one
  // sampled execution gives 2 (E[e^2] - 0.2 e) = 0.864 + 2 (1 - e^2) / 10 = 0.947 on average.
  const oneWire: GradientProblem = {
    model: { recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 0, cell: [{ gate: 'RY', wires: [0], angle: 0.7 }], readout: [{ observable: 'Z', wire: 0 }], head: { weights: ['w'], bias: 0 } },
    params: { w: 1 },
    sequence: { inputs: [[0]], targets: [[0.2]] },
    loss: { kind: 'mse', washout: 0 },
  };
  const e = Math.cos(0.7), exactW = 2 * (e - 0.2) * e;
  const methods: [string, GradientMethod, GradientOptions][] = [
    ['adjoint', adjoint, {}],
    ['parameter-shift', parameterShift, {}],
    ['finite-difference per occurrence', finiteDifference, { perOccurrence: true }],
  ];
  for (const [name, method, options] of methods) {
    it(`${name}: the mean over 5000 seeds is the exact 0.864 within 4 standard errors, and one more execution is billed`, () => {
      const runs = 5000;
      const xs = Array.from({ length: runs }, (_, seed) => method(oneWire, { ...options, shots: 10, seed: 1 + seed }).gradient.w);
      const mean = xs.reduce((s, x) => s + x, 0) / runs;
      const stderr = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (runs - 1) / runs);
      expect(exactW).toBeCloseTo(0.864, 3);
      expect(Math.abs(mean - exactW)).toBeLessThan(4 * stderr);
      expect(4 * stderr).toBeLessThan(0.04); // so the old bias of 0.083 could not pass
      expect(method(oneWire, { ...options, shots: 10, seed: 1 }).cost.circuitExecutions).toBe(2);
    });
  }
});

describe('sampleFeatures(readouts, exact, N, rng): a probabilities readout gives outcome frequencies (docs/spec.md §5.2)', () => {
  const readouts = [{ observable: 'Z' as const, wire: 0 }, { observable: 'probabilities' as const, wires: [0, 1] }];
  const exact = [[0.3, 0.1, 0.2, 0.3, 0.4]];

  it('draws the k wires together: frequencies k_b / N that sum to 1, unbiased, with multinomial (co)variances', () => {
    const rng = createRng(11), N = 50, R = 4000;
    const rows = Array.from({ length: R }, () => sampleFeatures(readouts, exact, N, rng)[0]);
    for (const row of rows) {
      expect(row.slice(1).reduce((s, f) => s + f, 0)).toBeCloseTo(1, 12);
      row.slice(1).forEach((f) => { expect(f).toBeGreaterThanOrEqual(0); expect(Math.abs(f * N - Math.round(f * N))).toBeLessThan(1e-9); });
    }
    const p = exact[0].slice(1);
    p.forEach((pb, b) => {
      const xs = rows.map((r) => r[1 + b]);
      const mean = xs.reduce((s, x) => s + x, 0) / R;
      const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (R - 1);
      expect(Math.abs(mean - pb), `outcome ${b}`).toBeLessThan(4 * Math.sqrt(pb * (1 - pb) / N / R));
      expect(Math.abs(variance / (pb * (1 - pb) / N) - 1), `outcome ${b}`).toBeLessThan(0.12);
    });
    // Outcomes of one draw compete: cov(f_0, f_3) = -p_0 p_3 / N.
    const f0 = rows.map((r) => r[1]), f3 = rows.map((r) => r[4]);
    const m0 = f0.reduce((s, x) => s + x, 0) / R, m3 = f3.reduce((s, x) => s + x, 0) / R;
    const cov = f0.reduce((s, x, i) => s + (x - m0) * (f3[i] - m3), 0) / (R - 1);
    expect(cov).toBeLessThan(0);
    expect(Math.abs(cov / (-p[0] * p[3] / N) - 1)).toBeLessThan(0.2);
  });

  it('samples a Pauli readout as before, drawing from the generator in the same order', () => {
    const a = createRng(3), b = createRng(3);
    expect(sampleFeatures([readouts[0]], [[0.3], [-0.5]], 100, a)).toEqual([[sampleExpectation(0.3, 100, b)], [sampleExpectation(-0.5, 100, b)]]);
  });
});
