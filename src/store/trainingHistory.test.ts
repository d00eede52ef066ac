/**
 * The run's history grows in place: a chunk appends to the same arrays, `NaN` becomes
 * `null`, a chunk that overlaps replaces what follows its start, and one with a gap is refused.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryChunk } from '../worker/protocol';
import { appendHistory, emptyHistory } from './trainingHistory';

const chunk = (from: number, train: number[], test: number[] = train): HistoryChunk => ({
  from,
  trainLoss: Float64Array.from(train),
  testLoss: Float64Array.from(test),
  circuitExecutions: Float64Array.from(train, () => 10),
  shots: Float64Array.from(train, () => 0),
});

describe('appendHistory(history, chunk)', () => {
  it('appends to the same arrays, with NaN read as null', () => {
    const h = emptyHistory();
    const arrays = Object.values(h);
    expect(appendHistory(h, chunk(0, [0.4, 0.3], [0.5, NaN]))).toBe(true);
    expect(appendHistory(h, chunk(2, [0.2]))).toBe(true);
    expect(h.trainLoss).toEqual([0.4, 0.3, 0.2]);
    expect(h.testLoss).toEqual([0.5, null, 0.2]);
    expect(h.circuitExecutions).toEqual([10, 10, 10]);
    expect(Object.values(h).every((a, i) => a === arrays[i])).toBe(true);
  });

  it('replaces from an overlapping start and refuses a gap', () => {
    const h = emptyHistory();
    appendHistory(h, chunk(0, [0.4, 0.3, 0.2]));
    expect(appendHistory(h, chunk(1, [0.35]))).toBe(true);
    expect(h.trainLoss).toEqual([0.4, 0.35]);
    expect(h.shots).toHaveLength(2);
    expect(appendHistory(h, chunk(5, [0.1]))).toBe(false);
    expect(h.trainLoss).toEqual([0.4, 0.35]);
  });
});
