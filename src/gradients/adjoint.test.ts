import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { inlineSequence } from '../model/sequence';
import type { Experiment, InlineData } from '../model/types';

const fixtures = new URL('../model/fixtures/', import.meta.url);
const names = readdirSync(fixtures).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).map((f) => f.replace(/\.json$/, ''));

describe('adjoint(problem) on the reference cases', () => {
  for (const name of names) {
    it(`reproduces the gradient and every occurrence of ${name} to 1e-9`, () => {
      const e = JSON.parse(readFileSync(new URL(`${name}.json`, fixtures), 'utf8')) as Experiment;
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, fixtures), 'utf8'));
      const r = adjoint({ model: e.model, params: e.params, sequence: inlineSequence(e.data as InlineData), loss: e.loss });
      expect(Math.abs((r.loss as number) - expected.loss)).toBeLessThan(1e-9);
      for (const [p, g] of Object.entries(expected.gradient as Record<string, number>)) expect(Math.abs(r.gradient[p] - g), p).toBeLessThan(1e-9);
      expect(r.occurrences.length).toBe(expected.occurrences.length);
      expected.occurrences.forEach((o: { param: string; gate: number; step: number; contribution: number }, i: number) => {
        const got = r.occurrences[i];
        expect([got.param, got.gate, got.step]).toEqual([o.param, o.gate, o.step]);
        expect(Math.abs(got.contribution - o.contribution), `${o.param} gate ${o.gate} step ${o.step}`).toBeLessThan(1e-9);
      });
    });
  }
});
