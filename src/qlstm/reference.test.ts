/**
 * The QLSTM reference cases (src/testing/fixtures/qlstm/): outputs and loss from `simulate`,
 * and the gradient and the per-"param|step" sums of contributions from `adjoint` and
 * `parameter-shift`, against an independent implementation, to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { inlineSequence } from '../model/sequence';
import { parseAnyExperimentText } from '../model/parse';
import { isQlstmExperiment, type InlineData, type QlstmExperiment } from '../model/types';
import { QLSTM_CASE_NAMES, caseExpected, caseText, sumsByParamAndStep } from '../testing/cases';
import { simulateQlstm } from './simulate';
import { qlstmAdjoint } from './adjoint';
import { qlstmParameterShift } from './parameterShift';
import type { QlstmProblem } from './types';

function caseOf(name: string): { experiment: QlstmExperiment; problem: QlstmProblem } {
  const parsed = parseAnyExperimentText(caseText(name));
  if (!parsed.ok || !isQlstmExperiment(parsed.experiment)) throw new Error(`${name} is not a valid QLSTM file: ${JSON.stringify(parsed)}`);
  const experiment = parsed.experiment;
  return { experiment, problem: { model: experiment.model, params: experiment.params, sequence: inlineSequence(experiment.data as InlineData), loss: experiment.loss } };
}

describe('QLSTM reference cases', () => {
  it('has the QLSTM case among the fixtures', () => {
    expect(QLSTM_CASE_NAMES).toContain('qlstm/qlstm-input1-hidden2');
  });

  describe.each(QLSTM_CASE_NAMES)('%s', (name) => {
    const expected = caseExpected(name);
    const { problem } = caseOf(name);

    it('simulate reproduces the outputs and the loss to 1e-9', () => {
      const result = simulateQlstm(problem.model, problem.params, problem.sequence, problem.loss);
      expect(result.outputs.length).toBe(expected.outputs.length);
      result.outputs.forEach((y, t) => expect(Math.abs(y[0] - (expected.outputs[t] as number)), `step ${t}`).toBeLessThan(1e-9));
      expect(Math.abs((result.loss as number) - (expected.loss as number))).toBeLessThan(1e-9);
      expect(result.bloch).toEqual([]);
      expect(result.expectations[0].length).toBe(problem.model.inputSize + problem.model.hiddenSize);
    });

    it.each([['adjoint', qlstmAdjoint], ['parameter-shift', qlstmParameterShift]] as const)('%s reproduces the gradient and every "param|step" sum to 1e-9', (_, method) => {
      const result = method(problem);
      expect(Math.abs((result.loss as number) - (expected.loss as number))).toBeLessThan(1e-9);
      expect(Object.keys(result.gradient).sort()).toEqual(Object.keys(expected.gradient).sort());
      for (const [p, g] of Object.entries(expected.gradient)) expect(Math.abs(result.gradient[p] - g), p).toBeLessThan(1e-9);
      const sums = sumsByParamAndStep(result.occurrences);
      expect(Object.keys(sums).sort()).toEqual(Object.keys(expected.occurrenceSums ?? {}).sort());
      for (const [key, v] of Object.entries(expected.occurrenceSums ?? {})) expect(Math.abs(sums[key] - v), key).toBeLessThan(1e-9);
    });
  });
});
