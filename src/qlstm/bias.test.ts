/**
 * The bias of parameter-shift under shots (bias.ts): the measurement is deterministic and
 * its statistics are those of the engine's own estimates; with few shots the bias stands out
 * of the seeds' noise with the sign and size the delta method predicts from the exact
 * curvatures (an independent route: no sampling), and with many shots it sinks into the noise.
 */
import { describe, expect, it } from 'vitest';
import { randomQlstmProblem } from '../testing/randomQlstm';
import { biasStatistics, deltaMethodBias, estimateExecutions, measureQlstmBias } from './bias';
import { explainQlstmOccurrence } from './explain';
import type { OccurrenceRef } from './occurrence';
import { qlstmParameterShift } from './parameterShift';

/** A case whose estimates with 30 shots are biased by most of the exact value (found by scanning random models). */
const problem = randomQlstmProblem(6, { inputSize: 1, hiddenSize: 1, layers: 1, steps: 3 });
const at: OccurrenceRef = { circuit: 'i', layer: 0, qubit: 1, angle: 'beta', step: 1 };

describe('measureQlstmBias', () => {
  it('is deterministic: the same seeds give the same bits, other seeds other estimates', () => {
    const a = measureQlstmBias(problem, at, { shots: 50, seeds: 6, seed: 11 });
    expect(measureQlstmBias(problem, at, { shots: 50, seeds: 6, seed: 11 })).toEqual(a);
    const b = measureQlstmBias(problem, at, { shots: 50, seeds: 6, seed: 12 });
    expect(b.occurrence.estimates.slice(0, 5)).toEqual(a.occurrence.estimates.slice(1));
    expect(b.occurrence.estimates[5]).not.toBe(a.occurrence.estimates[5]);
  });

  it('takes estimate r from parameter-shift with seed + r, and its statistics from them', () => {
    const m = measureQlstmBias(problem, at, { shots: 20, seeds: 5, seed: 3 });
    expect(m.param).toBe('i.0.1.beta');
    m.occurrence.estimates.forEach((e, r) => {
      const run = qlstmParameterShift({ ...problem, trainable: [m.param] }, { shots: 20, seed: 3 + r });
      expect(e).toBe(run.occurrences[at.step].contribution);
      expect(m.parameter.estimates[r]).toBe(run.gradient[m.param]);
    });
    expect(m.executionsPerEstimate).toBe(estimateExecutions(problem));
    const x = explainQlstmOccurrence(problem, at);
    expect(m.occurrence.exact).toBe(x.contribution);
    expect(Math.abs(m.parameter.exact - x.adjoint)).toBeLessThan(1e-12);
    const s = m.occurrence;
    expect(s.mean).toBeCloseTo(s.estimates.reduce((a, b) => a + b, 0) / 5, 15);
    expect(s.std).toBeCloseTo(Math.sqrt(s.estimates.reduce((a, e) => a + (e - s.mean) * (e - s.mean), 0) / 4), 15);
    expect(s.standardError).toBeCloseTo(s.std / Math.sqrt(5), 15);
    expect(s.bias).toBe(s.mean - s.exact);
  });

  it('with 30 shots measures a bias beyond the noise, of the sign and size the delta method predicts', () => {
    const m = measureQlstmBias(problem, at, { shots: 30, seeds: 3000 });
    const predicted = deltaMethodBias(problem, at, 30);
    for (const key of ['occurrence', 'parameter'] as const) {
      const s = m[key];
      expect(s.beyondNoise, key).toBe(true);
      expect(Math.sign(s.bias), key).toBe(Math.sign(predicted[key]));
      // The delta method drops terms of order 1/S^2: a quarter of the prediction at 30 shots, besides the noise.
      expect(Math.abs(s.bias - predicted[key]), key).toBeLessThan(3 * s.standardError + 0.25 * Math.abs(predicted[key]));
      // Most of the exact value: the estimate's mean is far off, not just noisy.
      expect(Math.abs(s.bias), key).toBeGreaterThan(0.3 * Math.abs(s.exact));
    }
  });

  it('with a million shots the bias sinks into the noise', () => {
    const m = measureQlstmBias(problem, at, { shots: 1_000_000, seeds: 40 });
    expect(m.occurrence.beyondNoise).toBe(false);
    expect(m.parameter.beyondNoise).toBe(false);
    expect(Math.abs(deltaMethodBias(problem, at, 1_000_000).occurrence)).toBeLessThan(1e-8);
  });

  it('refuses fewer than two seeds, bad shots and an occurrence the model lacks', () => {
    expect(() => measureQlstmBias(problem, at, { shots: 10, seeds: 1 })).toThrow(/^seeds must be/);
    expect(() => measureQlstmBias(problem, at, { shots: 0.5, seeds: 4 })).toThrow(/^shots must be/);
    expect(() => measureQlstmBias(problem, { ...at, step: 3 }, { shots: 10, seeds: 4 })).toThrow(/^step must be 0..2/);
  });
});

describe('biasStatistics', () => {
  it('says beyond noise only past three standard errors', () => {
    // Mean 2.5, sample variance 5/3, standard error sqrt(5/3)/2.
    const se = Math.sqrt(5 / 3) / 2;
    const s = biasStatistics([1, 2, 3, 4], 2.5 - 3 * se - 1e-9);
    expect(s.standardError).toBeCloseTo(se, 15);
    expect(s.beyondNoise).toBe(true);
    expect(biasStatistics([1, 2, 3, 4], 2.5 - 3 * se + 1e-9).beyondNoise).toBe(false);
  });
});
