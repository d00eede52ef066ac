import { describe, expect, it } from 'vitest';
import type { CompareSuccess } from '../worker/protocol';
import { spreadOf, withSpreads } from './comparisonChartStats';

describe('spreadOf(estimates, exact)', () => {
  it('uses the population std, so that rmse² = bias² + std²', () => {
    const s = spreadOf([1, 2, 3, 6], 2);
    expect(s.mean).toBe(3);
    expect(s.bias).toBe(1);
    expect(s.std).toBeCloseTo(Math.sqrt(3.5), 12);
    const rmse = Math.sqrt([1, 2, 3, 6].reduce((a, x) => a + (x - 2) ** 2, 0) / 4);
    expect(s.rmse).toBeCloseTo(rmse, 12);
    expect(s.rmse ** 2).toBeCloseTo(s.bias ** 2 + s.std ** 2, 12);
  });
});

describe('withSpreads(data)', () => {
  it('replaces a sample (n − 1) std from the reply with the population std the table defines', () => {
    const estimates = [0.1, 0.3, 0.2];
    const data: CompareSuccess = {
      ok: true, param: 'a', exact: 0, repeats: 3, computedIn: 'in-thread',
      points: [{ method: 'spsa', h: null, shots: 100, estimates, mean: 0.2, std: 0.1, bias: 0.2, rmse: Math.sqrt(0.14 / 3), circuitExecutions: 2, totalShots: 200 }],
    };
    const [p] = withSpreads(data).points;
    expect(p.std).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
    expect(p.rmse ** 2).toBeCloseTo(p.bias ** 2 + p.std ** 2, 12);
    expect(p.rmse).toBeCloseTo(Math.sqrt(0.14 / 3), 12);
  });
});
