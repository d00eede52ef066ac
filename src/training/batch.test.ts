/**
 * Averaging over a batch: the batch loss is the mean over its sequences that have a loss
 * (loss.ts), so the batch gradient and each occurrence's contribution are the means over the
 * same sequences. Hand numbers throughout.
 */
import { describe, expect, it } from 'vitest';
import { averageContributions, averageGradients } from './batch';
import { meanLoss } from './loss';
import type { GradientResult, OccurrenceContribution } from '../gradients/types';

const result = (loss: number | null, gradient: Record<string, number>, occurrences: OccurrenceContribution[] = []): GradientResult => ({
  method: 'adjoint', loss, outputs: [], gradient, occurrences, cost: { circuitExecutions: 1, shots: 0 },
});
const occ = (param: string, gate: number, step: number, contribution: number): OccurrenceContribution => ({ param, gate, step, contribution });

describe('averageGradients(results)', () => {
  it('is the mean of the sequences\' gradients, parameter by parameter', () => {
    const g = averageGradients([result(0.1, { a: 1, b: -2 }), result(0.2, { a: 3, b: 0.5 }), result(0.3, { a: -1, b: 0.5 })]);
    expect(g.a).toBe(1);
    expect(g.b).toBeCloseTo(-1 / 3, 15);
    expect(Object.keys(g)).toEqual(['a', 'b']);
  });

  it('is the gradient of the batch loss: a sequence with no scored step counts in neither', () => {
    // Two scored sequences, L = (L1 + L2) / 2, so dL/da = (g1 + g2) / 2 = 2; the unscored one
    // (loss null, gradient 0) must not dilute it to 4/3.
    const batch = [result(0.5, { a: 1 }), result(null, { a: 0 }), result(0.25, { a: 3 })];
    expect(meanLoss(batch.map((r) => r.loss))).toBe(0.375);
    expect(averageGradients(batch)).toEqual({ a: 2 });
  });

  it('is empty for an empty batch or one with no scored step', () => {
    expect(averageGradients([])).toEqual({});
    expect(averageGradients([result(null, { a: 0 })])).toEqual({});
  });
});

describe('averageContributions(results)', () => {
  it('averages by (param, gate, step) in first-seen order', () => {
    const out = averageContributions([
      result(0.1, {}, [occ('a', 0, 0, 0.2), occ('a', 0, 1, -0.4), occ('b', 2, 0, 1)]),
      result(0.2, {}, [occ('b', 2, 0, 3), occ('a', 0, 0, 0.6), occ('a', 1, 0, 0.5)]),
    ]);
    expect(out.map((o) => `${o.param}|${o.gate}|${o.step}`)).toEqual(['a|0|0', 'a|0|1', 'b|2|0', 'a|1|0']);
    const values = out.map((o) => o.contribution);
    [0.4, -0.2, 2, 0.25].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 15));
  });

  it('sums back to the averaged gradient when each sequence\'s contributions sum to its gradient', () => {
    const batch = [
      result(0.1, { a: 0.5 }, [occ('a', 0, 0, 0.2), occ('a', 0, 1, 0.3)]),
      result(0.3, { a: -1.5 }, [occ('a', 0, 0, -1), occ('a', 0, 1, -0.5)]),
      result(null, { a: 0 }, [occ('a', 0, 0, 0), occ('a', 0, 1, 0)]),
    ];
    const total = averageContributions(batch).reduce((s, o) => s + o.contribution, 0);
    expect(total).toBeCloseTo(averageGradients(batch).a, 15);
    expect(total).toBeCloseTo(-0.5, 15);
  });

  it('does not mutate the results it reads', () => {
    const first = occ('a', 0, 0, 0.2);
    averageContributions([result(0.1, {}, [first]), result(0.1, {}, [occ('a', 0, 0, 0.4)])]);
    expect(first.contribution).toBe(0.2);
  });
});
