import { describe, expect, it } from 'vitest';
import type { OccurrenceContribution } from '../gradients/types';
import { presetExperiment } from '../testing/presetExperiments';
import { createWindowGradients } from '../training/windowGradients';
import { packOccurrences, packResults, unpackOccurrences, unpackResults } from './packedResults';

/** Every contribution the same float64, -0 and NaN included. */
function sameBits(a: readonly OccurrenceContribution[], b: readonly OccurrenceContribution[]): void {
  expect(b).toHaveLength(a.length);
  a.forEach((o, i) => {
    expect(Object.keys(b[i])).toEqual(Object.keys(o));
    expect([b[i].param, b[i].gate, b[i].step]).toEqual([o.param, o.gate, o.step]);
    expect(Object.is(b[i].contribution, o.contribution)).toBe(true);
  });
}

describe('packedResults', () => {
  it('packs contributions into columns and gives them back field for field, signed zeros and NaN included', () => {
    const list: OccurrenceContribution[] = [
      { param: 'a', gate: 0, step: 0, contribution: 0.125 },
      { param: 'b', gate: 3, step: 0, contribution: -0 },
      { param: 'a', gate: 0, step: 1, contribution: Number.NaN },
      { param: 'c', gate: 7, step: 49, contribution: -1.5e-300 },
    ];
    const packed = packOccurrences(list);
    if (!packed) throw new Error('not packed');
    expect(packed.names).toEqual(['a', 'b', 'c']);
    sameBits(list, unpackOccurrences(packed));
  });

  it('leaves a list that is not of the plain shape as it is', () => {
    expect(packOccurrences([{ param: 'a', gate: 0.5, step: 0, contribution: 1 }])).toBeNull();
    expect(packOccurrences([{ param: 'a', gate: 0, step: -0, contribution: 1 }])).toBeNull();
    expect(packOccurrences([{ param: 'a', gate: 0, step: 0, contribution: 1, note: 'x' } as OccurrenceContribution])).toBeNull();
    const odd = [{ step: 0, param: 'a', gate: 0, contribution: 1 }];
    const { results, transfer } = packResults([{ kind: 'steps', piece: { from: 0, to: 1, occurrences: odd, circuitExecutions: 1, unshifted: null } }]);
    expect(transfer).toHaveLength(0);
    expect(unpackResults(results)).toEqual([{ kind: 'steps', piece: { from: 0, to: 1, occurrences: odd, circuitExecutions: 1, unshifted: null } }]);
  });

  for (const method of ['parameter-shift', 'adjoint'] as const) {
    it(`a ${method} batch's pieces come back as computed, through a structured clone with their buffers transferred`, () => {
      const e = presetExperiment('sine', (x) => { x.training.gradient = { method, shots: null }; });
      const made = createWindowGradients(e);
      if (!made.ok) throw new Error('not shareable');
      const g = made.gradients;
      const plan = g.plan([2, 0, 5], 2);
      const computed = plan.flatMap((pieces) => g.computePieces(e.params, pieces));
      const { results, transfer } = packResults(computed);
      expect(transfer.length).toBe(2 * computed.length);
      const received = unpackResults(structuredClone(results, { transfer }));
      expect(received).toEqual(computed);
      received.forEach((r, i) => {
        const [got, sent] = [r, computed[i]].map((x) => (x.kind === 'window' ? x.result.occurrences : x.piece.occurrences));
        sameBits(sent, got);
      });
      // Sent, the buffers are the receiver's: the sender keeps none of them.
      expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
    });
  }
});
