import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { simulate } from '../simulation/simulate';
import { sharedGateProblem } from '../testing/testProblems';
import { estimateLoss } from './lossEstimate';

const problem = sharedGateProblem();
const exact = simulate(problem.model, problem.params, problem.sequence, problem.loss, { bloch: false });

describe('estimateLoss(problem, shots, rng)', () => {
  it('is the simulated loss without shots, billed as one execution and no shots', () => {
    expect(estimateLoss(problem, null, createRng(1))).toEqual({ loss: exact.loss, cost: { circuitExecutions: 1, shots: 0 } });
  });

  it('with N shots bills N shots and draws from the generator it is given (same seed, same estimate)', () => {
    const a = estimateLoss(problem, 50, createRng(4)), b = estimateLoss(problem, 50, createRng(4));
    expect(a).toEqual(b);
    expect(a.cost).toEqual({ circuitExecutions: 1, shots: 50 });
    expect(a.loss).not.toBe(exact.loss);
  });

  it('averages to the exact loss plus the variance the shots add: mean over t of w^2 (1 - e_t^2) / N (4000 draws, 4 standard errors)', () => {
    // Head weight 1, bias 0, every step scored: yhat_t = e_t, and an N-shot mean of +-1 samples
    // has variance (1 - e_t^2) / N, so E[loss estimate] = loss + mean_t (1 - e_t^2) / N.
    const N = 40, R = 4000, rng = createRng(11);
    const xs = Array.from({ length: R }, () => estimateLoss(problem, N, rng).loss as number);
    const mean = xs.reduce((s, x) => s + x, 0) / R;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) * (x - mean), 0) / (R - 1));
    const e = exact.expectations.map((row) => row[0]);
    const expected = (exact.loss as number) + e.reduce((s, et) => s + (1 - et * et) / N, 0) / e.length;
    expect(Math.abs(mean - expected)).toBeLessThan(4 * sd / Math.sqrt(R));
    expect(Math.abs(mean - (exact.loss as number))).toBeGreaterThan(4 * sd / Math.sqrt(R));
  });
});
