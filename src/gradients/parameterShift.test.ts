import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { parameterShift } from './parameterShift';
import { inlineSequence } from '../model/sequence';
import type { Experiment, InlineData } from '../model/types';

const fixtures = new URL('../model/fixtures/', import.meta.url);
const names = readdirSync(fixtures).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).map((f) => f.replace(/\.json$/, ''));

describe('parameterShift(problem) on the reference cases', () => {
  for (const name of names) {
    it(`reproduces the gradient and every occurrence of ${name} to 1e-9`, () => {
      const e = JSON.parse(readFileSync(new URL(`${name}.json`, fixtures), 'utf8')) as Experiment;
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, fixtures), 'utf8'));
      const r = parameterShift({ model: e.model, params: e.params, sequence: inlineSequence(e.data as InlineData), loss: e.loss });
      for (const [p, g] of Object.entries(expected.gradient as Record<string, number>)) expect(Math.abs(r.gradient[p] - g), p).toBeLessThan(1e-9);
      expect(r.occurrences.length).toBe(expected.occurrences.length);
      expected.occurrences.forEach((o: { contribution: number; param: string; step: number }, i: number) => {
        expect(Math.abs(r.occurrences[i].contribution - o.contribution), `${o.param} step ${o.step}`).toBeLessThan(1e-9);
      });
    });
  }
});

describe('the cost of parameter-shift', () => {
  it('counts one execution plus two per two-term and four per four-term occurrence (measure-reset)', () => {
    const e = JSON.parse(readFileSync(new URL('controlled-rotations-and-head.json', fixtures), 'utf8')) as Experiment;
    const seq = inlineSequence(e.data as InlineData);
    const r = parameterShift({ model: e.model, params: e.params, sequence: seq, loss: e.loss });
    // per step: RY(w) 2, CRX 4, CRY 4, RZZ 2, CRZ 4, RX 2 = 18; the last scored step is 5 of 6
    expect(r.cost.circuitExecutions).toBe(1 + 6 * 18);
    expect(r.cost.shots).toBe(0);
    const withShots = parameterShift({ model: e.model, params: e.params, sequence: seq, loss: e.loss }, { shots: 100, seed: 3 });
    expect(withShots.cost.circuitExecutions).toBe(2 + 6 * 18);
    expect(withShots.cost.shots).toBe(100 * (2 + 6 * 18));
  });

  it('agrees with adjoint, which costs one execution', () => {
    const e = JSON.parse(readFileSync(new URL('shared-gate-every-step.json', fixtures), 'utf8')) as Experiment;
    const r = adjoint({ model: e.model, params: e.params, sequence: inlineSequence(e.data as InlineData), loss: e.loss });
    expect(r.cost).toEqual({ circuitExecutions: 1, shots: 0 });
  });
});
