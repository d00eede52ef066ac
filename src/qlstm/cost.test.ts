/**
 * The hardware cost of each QLSTM method (docs/spec.md §3.5, §7: one execution is one
 * evaluation of one circuit, shifted or not), counted from the model's shape:
 *
 * - a run of `T` steps: `6 T` (each of the six circuits at each step);
 * - adjoint: that run; SPSA: two runs; central differences: two runs per parameter;
 * - parameter-shift: the run, 2 per trained angle per circuit evaluation (`36 L n T` when
 *   every angle is trained), and 2 per encoding gate (`RY`, `RZ`) on each input wire the
 *   recurrence differentiates: the `h` wires of `h_{t-1}` in `VQC_f,i,g,o` from step 1 on
 *   (`16 h (T - 1)`) and the `n` wires of `m_t` in `VQC_h` and `VQC_y` (`8 n T`);
 * - shots: `N` per execution.
 */
import { describe, expect, it } from 'vitest';
import { randomQlstmProblem } from '../testing/randomQlstm';
import { qlstmAdjoint } from './adjoint';
import { qlstmFiniteDifference } from './finiteDifference';
import { qlstmParameterShift } from './parameterShift';
import { qlstmSpsa } from './spsa';

describe('QLSTM cost accounting', () => {
  const shape = { inputSize: 2, hiddenSize: 1, layers: 2, steps: 5 };
  const { layers: L, hiddenSize: h, steps: T } = shape;
  const n = shape.inputSize + shape.hiddenSize;
  const problem = randomQlstmProblem(3, shape);

  it('parameter-shift: 6T unshifted + 36LnT angle shifts + 16h(T-1) + 8nT input shifts', () => {
    const cost = qlstmParameterShift(problem).cost;
    expect(cost.circuitExecutions).toBe(6 * T + 36 * L * n * T + 16 * h * (T - 1) + 8 * n * T);
    expect(cost.circuitExecutions).toBe(30 + 1080 + 64 + 120);
    expect(cost.shots).toBe(0);
  });

  it('parameter-shift shifts only trained angles, and nothing when no circuit angle is trained', () => {
    const oneCircuit = Object.keys(problem.params).filter((p) => p.startsWith('y.') || !/^[figohy]\./.test(p));
    expect(qlstmParameterShift({ ...problem, trainable: oneCircuit }).cost.circuitExecutions).toBe(6 * T + 2 * 3 * L * n * T + 16 * h * (T - 1) + 8 * n * T);
    const headOnly = Object.keys(problem.params).filter((p) => !/^[figohy]\./.test(p));
    expect(qlstmParameterShift({ ...problem, trainable: headOnly }).cost.circuitExecutions).toBe(6 * T);
  });

  it('with shots every execution costs N shots', () => {
    const cost = qlstmParameterShift(problem, { shots: 100 }).cost;
    expect(cost.shots).toBe(100 * cost.circuitExecutions);
    expect(cost.circuitExecutions).toBe(6 * T + 36 * L * n * T + 16 * h * (T - 1) + 8 * n * T);
  });

  it('adjoint bills the one run that measures the loss; SPSA two runs; differences two runs per parameter', () => {
    const P = Object.keys(problem.params).length;
    expect(qlstmAdjoint(problem).cost).toEqual({ circuitExecutions: 6 * T, shots: 0 });
    expect(qlstmAdjoint(problem, { shots: 10 }).cost).toEqual({ circuitExecutions: 6 * T, shots: 60 * T });
    expect(qlstmSpsa(problem).cost.circuitExecutions).toBe(12 * T);
    expect(qlstmFiniteDifference(problem).cost.circuitExecutions).toBe(2 * 6 * T * P);
    expect(qlstmFiniteDifference(problem, { variant: 'forward' }).cost.circuitExecutions).toBe(6 * T * (P + 1));
  });

  it('a sequence with no scored step costs nothing', () => {
    const unscored = { ...problem, sequence: { ...problem.sequence, targets: problem.sequence.targets.map(() => null) } };
    expect(qlstmParameterShift(unscored).cost.circuitExecutions).toBe(0);
    expect(qlstmAdjoint(unscored).cost.circuitExecutions).toBe(0);
    expect(qlstmParameterShift(unscored).loss).toBeNull();
  });
});
