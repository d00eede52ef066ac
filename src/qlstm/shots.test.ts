/**
 * Shots for every QLSTM method (docs/spec.md §3.6, §7): each execution's `n` results are
 * sampled from the seeded generator, so a seed gives the same bits and another seed other
 * ones; the estimates approach the exact values as the shots grow.
 */
import { describe, expect, it } from 'vitest';
import { randomQlstmProblem } from '../testing/randomQlstm';
import { QLSTM_GRADIENT_REGISTRY } from './registry';

const problem = randomQlstmProblem(8, { inputSize: 1, hiddenSize: 1, layers: 1, steps: 4 });
const methods = Object.entries(QLSTM_GRADIENT_REGISTRY);

describe('QLSTM gradients with shots', () => {
  it.each(methods)('%s: the same seed gives the same bits, another seed other ones', (_, method) => {
    const a = method(problem, { shots: 50, seed: 3 });
    expect(method(problem, { shots: 50, seed: 3 })).toEqual(a);
    expect(method(problem, { shots: 50, seed: 4 }).gradient).not.toEqual(a.gradient);
  });

  // SPSA draws its direction from the generator even without shots, so it is left out here.
  it.each(methods.filter(([name]) => name !== 'spsa'))('%s: with exact expectations the seed changes nothing', (_, method) => {
    expect(method(problem)).toEqual(method(problem, { seed: 99 }));
  });

  it('parameter-shift and adjoint approach the exact gradient as the shots grow', () => {
    const exact = QLSTM_GRADIENT_REGISTRY.adjoint(problem).gradient;
    const error = (shots: number) => Math.max(...Object.entries(exact).map(([p, g]) => Math.abs(QLSTM_GRADIENT_REGISTRY['parameter-shift'](problem, { shots, seed: 1 }).gradient[p] - g)));
    const coarse = error(100), fine = error(1_000_000);
    expect(fine).toBeLessThan(0.01);
    expect(fine).toBeLessThan(coarse / 10);
    const adjoint = QLSTM_GRADIENT_REGISTRY.adjoint(problem, { shots: 1_000_000, seed: 2 });
    for (const [p, g] of Object.entries(exact)) expect(Math.abs(adjoint.gradient[p] - g), p).toBeLessThan(0.01);
  });

  it('samples the run that feeds the recurrence: the reported loss is an estimate', () => {
    const exact = QLSTM_GRADIENT_REGISTRY.adjoint(problem).loss as number;
    const sampled = QLSTM_GRADIENT_REGISTRY['parameter-shift'](problem, { shots: 100, seed: 1 }).loss as number;
    expect(sampled).not.toBe(exact);
    expect(Math.abs(sampled - exact)).toBeLessThan(0.5);
  });
});
