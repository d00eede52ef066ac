/**
 * The common mistake (docs/spec.md §7, "Gradients"): shifting one occurrence by `+-pi/2`,
 * re-running the whole sequence and applying the two-term rule to the outputs. It gives the
 * right contribution for an occurrence in `VQC_y`, whose result reaches its own step's
 * prediction alone and linearly, and a wrong one where the shifted result passes through
 * the LSTM's non-linear gates and memory.
 */
import { describe, expect, it } from 'vitest';
import { randomQlstmProblem } from '../testing/randomQlstm';
import { qlstmAdjoint } from './adjoint';
import { wholeSequenceShift } from './wholeSequenceShift';
import type { OccurrenceRef } from './occurrence';

describe('the whole-sequence shift of one QLSTM occurrence', () => {
  const problem = randomQlstmProblem(21, { inputSize: 1, hiddenSize: 2, layers: 1, steps: 4 });
  const exact = qlstmAdjoint(problem);
  const right = (at: OccurrenceRef) => exact.occurrences.find((o) => o.circuit === at.circuit && o.layer === at.layer && o.qubit === at.qubit && o.angle === at.angle && o.step === at.step)?.contribution as number;

  it('equals the right contribution for every angle of VQC_y at every step', () => {
    for (const o of exact.occurrences.filter((x) => x.circuit === 'y')) {
      expect(Math.abs(wholeSequenceShift(problem, o).contribution - o.contribution), `${o.param} step ${o.step}`).toBeLessThan(1e-12);
    }
  });

  it.each<OccurrenceRef>([
    { circuit: 'i', layer: 0, qubit: 0, angle: 'beta', step: 0 },
    { circuit: 'f', layer: 0, qubit: 1, angle: 'beta', step: 1 },
    { circuit: 'h', layer: 0, qubit: 1, angle: 'alpha', step: 0 },
  ])('differs from the right contribution for %o, whose result feeds the memory', (at) => {
    const mistaken = wholeSequenceShift(problem, at).contribution;
    const exactValue = right(at);
    expect(Math.abs(exactValue)).toBeGreaterThan(1e-4);
    expect(Math.abs(mistaken - exactValue)).toBeGreaterThan(1e-3 * Math.abs(exactValue));
  });

  it('agrees (both zero) for VQC_f at step 0: the forget gate multiplies c_{-1} = 0', () => {
    const at: OccurrenceRef = { circuit: 'f', layer: 0, qubit: 0, angle: 'beta', step: 0 };
    expect(right(at)).toBe(0);
    expect(Math.abs(wholeSequenceShift(problem, at).contribution)).toBeLessThan(1e-15);
  });

  it('leaves the steps before the occurrence unchanged and refuses an occurrence the model lacks', () => {
    const shift = wholeSequenceShift(problem, { circuit: 'g', layer: 0, qubit: 2, angle: 'alpha', step: 2 });
    expect(shift.dyda[0]).toEqual([0]);
    expect(shift.dyda[1]).toEqual([0]);
    expect(shift.dyda[2][0]).not.toBe(0);
    expect(() => wholeSequenceShift(problem, { circuit: 'g', layer: 1, qubit: 0, angle: 'alpha', step: 0 })).toThrow(/layer must be 0..0/);
    expect(() => wholeSequenceShift(problem, { circuit: 'g', layer: 0, qubit: 0, angle: 'alpha', step: 4 })).toThrow(/step must be 0..3/);
  });
});
