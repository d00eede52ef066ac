import { describe, expect, it } from 'vitest';
import { explainOccurrence } from './explain';
import { compareMethods } from './compare';
import { memoryProfile } from './memory';
import { adjoint } from './adjoint';
import type { GradientProblem } from './types';
import { sharedGateProblem } from '../testing/testProblems';

/** The shared-gate case with a trainable head weight and an input-scaled controlled rotation. */
const base = sharedGateProblem();
const shared: GradientProblem = {
  ...base,
  model: {
    ...base.model,
    cell: [...base.model.cell.slice(0, 4), { gate: 'CRX', wires: [1, 0], angle: { param: 'phi', input: true, factor: 0.5 } }],
    head: { weights: ['w'], bias: 0 },
  },
  params: { ...base.params, w: 0.9 },
};

describe('explainOccurrence(problem, { gate, step })', () => {
  it('walks a two-term occurrence: shifted outputs, weighted difference, chain rule, and the sum equal to the adjoint', () => {
    const x = explainOccurrence(shared, { gate: 2, step: 1 }, { withMistake: true });
    expect(x.rule).toBe('two-term');
    expect(x.shifted.map((s) => s.shift)).toEqual([Math.PI / 2, -Math.PI / 2]);
    expect(x.shifted[0].outputs[0]).toBe(x.outputs[0]); // steps before the occurrence are unchanged
    expect(x.dyda[0]).toEqual([0]);
    const exact = adjoint(shared);
    const occurrence = exact.occurrences.find((o) => o.gate === 2 && o.step === 1) as { contribution: number };
    expect(Math.abs(x.contribution - occurrence.contribution)).toBeLessThan(1e-12);
    expect(x.parameter.occurrences).toHaveLength(4);
    expect(Math.abs(x.parameter.sum - x.parameter.adjoint)).toBeLessThan(1e-12);
    expect(Math.abs((x.mistake as number) - x.parameter.adjoint)).toBeGreaterThan(1e-3);
  });

  it('walks a four-term occurrence of a controlled rotation with an input-scaled angle', () => {
    const x = explainOccurrence(shared, { gate: 4, step: 2 });
    expect(x.rule).toBe('four-term');
    expect(x.shifted).toHaveLength(4);
    expect(x.slope).toBeCloseTo(0.5 * 0.9, 15);
    const exact = adjoint(shared).occurrences.find((o) => o.gate === 4 && o.step === 2) as { contribution: number };
    expect(Math.abs(x.contribution - exact.contribution)).toBeLessThan(1e-12);
  });
});

describe('compareMethods(problem, spec)', () => {
  it('gives every configuration its spread and cost; parameter-shift is unbiased and its spread falls with shots', () => {
    const c = compareMethods(shared, { param: 'theta', shots: [100, 10000], steps: [0.5], repeats: 40, seed: 3 });
    expect(c.points.map((p) => `${p.method}@${p.shots}`)).toEqual(['parameter-shift@100', 'finite-difference@100', 'spsa@100', 'parameter-shift@10000', 'finite-difference@10000', 'spsa@10000']);
    const ps100 = c.points[0], ps10k = c.points[3];
    expect(Math.abs(ps100.bias)).toBeLessThan(4 * ps100.std / Math.sqrt(40));
    expect(ps10k.std).toBeLessThan(ps100.std / 5);
    expect(ps100.cost.circuitExecutions).toBe(1 + 4 * 2); // one unshifted (no head parameter is trained here), two shifts for each of four occurrences
    expect(c.points[1].cost.circuitExecutions).toBe(2);
    // A large h biases finite differences: the bias stays when shot noise shrinks.
    expect(Math.abs(c.points[4].bias)).toBeGreaterThan(4 * c.points[4].std / Math.sqrt(40));
  });
});

describe('memoryProfile(problem)', () => {
  it('bins |d yhat_s / d a| by distance s - t and fits a decay; with no hidden qubit nothing crosses steps', () => {
    const p = memoryProfile(shared);
    expect(p.bins[0].distance).toBe(0);
    expect(p.bins.map((b) => b.distance)).toEqual([0, 1, 2, 3]);
    expect(p.fit).not.toBeNull();
    const memoryless = memoryProfile({ ...shared, model: { ...shared.model, hiddenQubits: 0, cell: [shared.model.cell[0], { gate: 'RY', wires: [0], angle: { param: 'theta' } }] } });
    expect(memoryless.bins.filter((b) => b.distance > 0).every((b) => b.sensitivity === 0)).toBe(true);
  });
});

describe('the long-sequence preset', () => {
  it('shows memory fading with distance: the fitted factor per step is below 0.95', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseExperimentText } = await import('../model/parse');
    const { firstSequence } = await import('../data');
    const parsed = parseExperimentText(readFileSync(new URL('../../public/experiments/long-sequence.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('preset refused');
    const e = parsed.experiment;
    const m = memoryProfile({ model: e.model, params: e.params, sequence: firstSequence(e.data)!, loss: e.loss });
    expect(m.fit!.factorPerStep).toBeLessThan(0.95);
    expect(m.bins[m.bins.length - 1].sensitivity).toBeLessThan(m.bins[0].sensitivity / 10);
  });
});
