/**
 * The losses against hand numbers: MSE over the scored steps only (`t >= washout`, target not
 * null), `null` when nothing is scored, and the batch loss as the mean of the sequences that
 * have a loss.
 */
import { describe, expect, it } from 'vitest';
import { meanLoss, sequenceLoss } from './loss';

const mse = { kind: 'mse', washout: 0 } as const;

describe('sequenceLoss(outputs, sequence, loss)', () => {
  it('is the mean of squared residuals over every step with no washout', () => {
    // residuals 0.5, -1, 2: (0.25 + 1 + 4) / 3 = 1.75
    expect(sequenceLoss([[1.5], [0], [2]], { inputs: [[0], [0], [0]], targets: [[1], [1], [0]] }, mse)).toBe(1.75);
  });

  it('skips the washout and null targets, dividing by the scored steps only', () => {
    // washout 1 drops t = 0 (residual 9); t = 2 has no target; scored t = 1 (1 - 0)^2 = 1 and t = 3 (3 - 1)^2 = 4: 5 / 2
    const seq = { inputs: [[0], [0], [0], [0]], targets: [[0], [0], null, [1]] };
    expect(sequenceLoss([[9], [1], [2], [3]], seq, { kind: 'mse', washout: 1 })).toBe(2.5);
    // without the washout, t = 0 counts too: (81 + 1 + 4) / 3
    expect(sequenceLoss([[9], [1], [2], [3]], seq, mse)).toBeCloseTo(86 / 3, 14);
  });

  it('is null when no step is scored (all washout, or all targets null)', () => {
    expect(sequenceLoss([[1], [2]], { inputs: [[0], [0]], targets: [[1], [2]] }, { kind: 'mse', washout: 2 })).toBeNull();
    expect(sequenceLoss([[1], [2]], { inputs: [[0], [0]], targets: [null, null] }, mse)).toBeNull();
  });

  it('is zero for a perfect fit, whatever the unscored outputs', () => {
    expect(sequenceLoss([[100], [0.25], [-7]], { inputs: [[0], [0], [0]], targets: [[0], [0.25], null] }, { kind: 'mse', washout: 1 })).toBe(0);
  });
});

describe('sequenceLoss with several outputs (docs/spec.md §5.3)', () => {
  it('is the mean over scored steps and outputs', () => {
    // residuals (1, -1) at t = 0 and (0, 2) at t = 2; t = 1 unscored: (1 + 1 + 0 + 4) / 4
    const seq = { inputs: [[0], [0], [0]], targets: [[1, 1], null, [0, 0]] };
    expect(sequenceLoss([[2, 0], [5, 5], [0, 2]], seq, mse)).toBe(1.5);
  });
});

describe('meanLoss(losses)', () => {
  it('is the mean over the sequences of a batch', () => {
    expect(meanLoss([0.5, 0.25, 0.75, 1.5])).toBe(0.75);
  });

  it('leaves out sequences with no scored step instead of counting them as zero', () => {
    expect(meanLoss([0.5, null, 0.25])).toBe(0.375);
  });

  it('is null when no sequence has a loss, or the batch is empty', () => {
    expect(meanLoss([null, null])).toBeNull();
    expect(meanLoss([])).toBeNull();
  });

  it('passes a non-finite loss through, so the trainer can see divergence', () => {
    expect(meanLoss([0.5, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(meanLoss([Number.NaN, 1])).toBeNaN();
  });
});
