import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { CASE_NAMES as names, caseExpected, caseProblem } from '../testing/cases';


describe('adjoint(problem) on the reference cases', () => {
  for (const name of names) {
    it(`reproduces the gradient and every occurrence of ${name} to 1e-9`, () => {
      const expected = caseExpected(name);
      const r = adjoint(caseProblem(name));
      expect(Math.abs((r.loss as number) - (expected.loss as number))).toBeLessThan(1e-9);
      for (const [p, g] of Object.entries(expected.gradient)) expect(Math.abs(r.gradient[p] - g), p).toBeLessThan(1e-9);
      expect(r.occurrences.length).toBe(expected.occurrences.length);
      expected.occurrences.forEach((o, i) => {
        const got = r.occurrences[i];
        expect([got.param, got.gate, got.step]).toEqual([o.param, o.gate, o.step]);
        expect(Math.abs(got.contribution - o.contribution), `${o.param} gate ${o.gate} step ${o.step}`).toBeLessThan(1e-9);
      });
    });
  }
});
