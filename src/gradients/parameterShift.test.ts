import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { parameterShift } from './parameterShift';
import { CASE_NAMES as names, caseExpected, caseProblem, expectCaseOccurrences } from '../testing/cases';


describe('parameterShift(problem) on the reference cases', () => {
  for (const name of names) {
    it(`reproduces the gradient and every occurrence of ${name} to 1e-9`, () => {
      const expected = caseExpected(name);
      const r = parameterShift(caseProblem(name));
      for (const [p, g] of Object.entries(expected.gradient)) expect(Math.abs(r.gradient[p] - g), p).toBeLessThan(1e-9);
      expectCaseOccurrences(r.occurrences, expected);
    });
  }
});

describe('the cost of parameter-shift', () => {
  it('counts one execution plus two per two-term and four per four-term occurrence (measure-reset)', () => {
    const problem = caseProblem('controlled-rotations-and-head');
    const r = parameterShift(problem);
    // per step: RY(w) 2, CRX 4, CRY 4, RZZ 2, CRZ 4, RX 2 = 18; the last scored step is 5 of 6
    expect(r.cost.circuitExecutions).toBe(1 + 6 * 18);
    expect(r.cost.shots).toBe(0);
    const withShots = parameterShift(problem, { shots: 100, seed: 3 });
    expect(withShots.cost.circuitExecutions).toBe(2 + 6 * 18);
    expect(withShots.cost.shots).toBe(100 * (2 + 6 * 18));
  });

  it('with shots, bills the second unshifted execution only when a head parameter is trained', () => {
    const problem = caseProblem('controlled-rotations-and-head');
    const circuitOnly = [...new Set(adjoint(problem).occurrences.map((o) => o.param))];
    const r = parameterShift({ ...problem, trainable: circuitOnly }, { shots: 100, seed: 3 });
    expect(r.cost.circuitExecutions).toBe(1 + 6 * 18);
    expect(r.cost.shots).toBe(100 * (1 + 6 * 18));
  });

  it('agrees with adjoint, which costs one execution', () => {
    const r = adjoint(caseProblem('shared-gate-every-step'));
    expect(r.cost).toEqual({ circuitExecutions: 1, shots: 0 });
  });
});
