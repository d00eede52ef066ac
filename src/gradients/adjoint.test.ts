import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { parameterShift } from './parameterShift';
import { benchmarkCase } from '../cli/bench/benchModel';
import { CASE_NAMES as names, caseExpected, caseProblem, expectCaseOccurrences } from '../testing/cases';


describe('adjoint(problem) on the reference cases', () => {
  for (const name of names) {
    it(`reproduces the gradient and every occurrence of ${name} to 1e-9`, () => {
      const expected = caseExpected(name);
      const r = adjoint(caseProblem(name));
      expect(Math.abs((r.loss as number) - (expected.loss as number))).toBeLessThan(1e-9);
      for (const [p, g] of Object.entries(expected.gradient)) expect(Math.abs(r.gradient[p] - g), p).toBeLessThan(1e-9);
      expectCaseOccurrences(r.occurrences, expected);
    });
  }
});

describe('adjoint and frozen parameters', () => {
  it('lists no occurrence of a parameter that is not trainable, as parameter-shift does', () => {
    const problem = { ...caseProblem('controlled-rotations-and-head') };
    const names = [...new Set(adjoint(problem).occurrences.map((o) => o.param))];
    expect(names.length).toBeGreaterThan(1);
    const trainable = names.slice(1);
    const exact = adjoint({ ...problem, trainable });
    const shifted = parameterShift({ ...problem, trainable });
    expect(exact.occurrences.some((o) => o.param === names[0])).toBe(false);
    expect(exact.occurrences.map((o) => [o.param, o.gate, o.step])).toEqual(shifted.occurrences.map((o) => [o.param, o.gate, o.step]));
  });
});

describe('adjoint(problem, { onStep })', () => {
  it('reports each step of the forward and the backward pass, 2 T in order, on both engines, and changes nothing', () => {
    const c = benchmarkCase(2, 2, 7);
    const problem = { model: c.model, params: c.params, sequence: c.sequence, loss: c.loss };
    const noisy = { ...problem, model: { ...c.model, noise: { p1: 0.01, p2: 0, gamma: 0, q: 0 } } };
    for (const p of [problem, noisy]) {
      const seen: [number, number][] = [];
      const reported = adjoint(p, { onStep: (done, total) => seen.push([done, total]) });
      expect(seen).toEqual(Array.from({ length: 14 }, (_, k) => [k + 1, 14]));
      expect(reported).toEqual(adjoint(p));
    }
  });
});
