/**
 * `explainExperiment` and `compareExperiment` on the shipped presets, in-thread: the shared
 * gate's walkthrough (two shifted runs, the angle's terms, the chain rule, the sum over four
 * occurrences equal to the adjoint value, the mistake off by a lot), a controlled rotation of
 * the sine preset (four shifted runs, the four-term weights), refusals that name the field,
 * and a small comparison with its progress reports; then the same calls through the service.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabService } from './labService';
import { compareExperiment, explainExperiment } from './teaching';
import type { CompareReply, ExplainReply } from './teachingProtocol';

const preset = (name: string) => readFileSync(new URL(`../../public/experiments/${name}.json`, import.meta.url), 'utf8');
const sharedGate = preset('shared-gate');
const sine = preset('sine');

function ok<T extends ExplainReply | CompareReply>(reply: T): Extract<T, { ok: true }> {
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return reply as Extract<T, { ok: true }>;
}

describe('explainExperiment(text, { gate, step, withMistake })', () => {
  it('walks RY(theta) at step 1 of the shared-gate preset, and its four occurrences sum to the adjoint value (1e-12)', () => {
    const x = ok(explainExperiment(sharedGate, { gate: 2, step: 1, withMistake: true }, 'in-thread'));
    expect([x.param, x.gateName, x.rule, x.step, x.steps]).toEqual(['theta', 'RY', 'two-term', 1, 4]);
    expect(x.wires).toEqual([1]);
    expect(x.shifted.map((r) => [r.shift, r.weight])).toEqual([[Math.PI / 2, 0.5], [-Math.PI / 2, -0.5]]);
    expect(x.angle).toEqual({ product: true, bias: null, offset: 0, factor: 1, theta: 0.4, input: null, value: 0.4 });
    expect(x.slope).toBe(1);
    expect(x.stepAngles).toEqual([-0.2, null, 0.4, null, -0.3]);
    expect(x.shifted[0].outputs[0]).toBe(x.outputs[0]);
    x.dyda.forEach(([d], s) => expect(d).toBeCloseTo(s < 1 ? 0 : 0.5 * (x.shifted[0].outputs[s][0] - x.shifted[1].outputs[s][0]), 15));
    expect(x.dLda).toBeCloseTo(x.dyda.reduce((acc, [d], s) => acc + d * x.dLdy[s][0], 0), 15);
    expect(x.contribution).toBe(x.dLda * x.slope);
    expect(x.occurrences.map((o) => o.step)).toEqual([0, 1, 2, 3]);
    expect(x.occurrences[1].contribution).toBeCloseTo(x.contribution, 14);
    expect(Math.abs(x.sum - x.adjoint)).toBeLessThan(1e-12);
    expect(x.headPart).toBe(0);
    expect(x.total).toBe(x.sum);
    expect(Math.abs((x.mistake as number) - x.adjoint)).toBeGreaterThan(0.1);
  });

  it('walks the sine preset\u2019s CRY(c) with the four-term rule and an input-free angle, without the mistake unless asked', () => {
    const x = ok(explainExperiment(sine, { gate: 4, step: 3 }, 'in-thread'));
    expect([x.param, x.gateName, x.rule]).toEqual(['c', 'CRY', 'four-term']);
    expect(x.shifted).toHaveLength(4);
    expect(x.shifted.map((r) => r.shift)).toEqual([Math.PI / 2, -Math.PI / 2, 3 * Math.PI / 2, -3 * Math.PI / 2]);
    expect(x.shifted[0].weight).toBeCloseTo((Math.SQRT2 + 1) / (4 * Math.SQRT2), 15);
    expect(x.mistake).toBeNull();
    expect(x.stepAngles.slice(1)).toEqual([0.4, -0.3, null, 0.8, 0.5, 0.2, null]);
    expect(x.angle).toEqual({ product: true, bias: null, offset: 0, factor: 1, theta: 0.8, input: null, value: 0.8 });
    expect(x.occurrences).toHaveLength(12);
    expect(Math.abs(x.sum + x.headPart - x.adjoint)).toBeLessThan(1e-12);
  });

  it('names the terms of an input-scaled angle a = c + f·θ·u(x_t)', () => {
    const text = sharedGate.replace('"param": "phi"', '"param": "phi", "input": true, "factor": 2, "offset": 0.25');
    const x = ok(explainExperiment(text, { gate: 4, step: 2 }, 'in-thread'));
    expect(x.angle.input).toEqual({ index: 0, value: 0.9, transform: 'linear', transformed: 0.9 });
    expect(x.angle.value).toBeCloseTo(0.25 + 2 * -0.3 * 0.9, 15);
    expect(x.slope).toBeCloseTo(1.8, 15);
  });

  it('refuses a gate without a parameter, a step out of range and a bad file, naming the field', () => {
    const fixed = explainExperiment(sharedGate, { gate: 1, step: 0 }, 'in-thread');
    expect(fixed.ok ? [] : fixed.errors.map((e) => e.path)).toEqual(['gate']);
    const late = explainExperiment(sharedGate, { gate: 2, step: 4 }, 'in-thread');
    expect(late.ok ? [] : late.errors.map((e) => e.path)).toEqual(['step']);
    const missing = explainExperiment(sharedGate, { gate: 9, step: 0 }, 'in-thread');
    expect(missing.ok ? [] : missing.errors.map((e) => e.path)).toEqual(['gate']);
    expect(explainExperiment('{', { gate: 2, step: 0 }, 'in-thread').ok).toBe(false);
  });
});

describe('compareExperiment(text, options, realm, onProgress)', () => {
  it('gives each configuration its estimates and cost, reporting progress after each', () => {
    const progress: string[] = [];
    const c = ok(compareExperiment(sharedGate, { param: 'theta', shots: [100, 1000], steps: [0.1], repeats: 6 }, 'in-thread', (d, t) => progress.push(`${d}/${t}`)));
    expect(progress).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(c.points.map((p) => `${p.method}:${p.h}:${p.shots}`)).toEqual([
      'parameter-shift:null:100', 'finite-difference:0.1:100', 'spsa:null:100',
      'parameter-shift:null:1000', 'finite-difference:0.1:1000', 'spsa:null:1000',
    ]);
    for (const p of c.points) {
      expect(p.estimates).toHaveLength(6);
      expect(p.totalShots).toBe(p.circuitExecutions * p.shots);
    }
    expect(c.points[0].circuitExecutions).toBe(1 + 4 * 2);
    expect(c.points[1].circuitExecutions).toBe(2);
    expect(Math.abs(c.exact - ok(explainExperiment(sharedGate, { gate: 2, step: 0 }, 'in-thread')).adjoint)).toBeLessThan(1e-15);
  });

  it('refuses an unknown parameter, bad shots, steps or repeats, naming the field', () => {
    const paths = (options: Parameters<typeof compareExperiment>[1]) => {
      const r = compareExperiment(sharedGate, options, 'in-thread');
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    const base = { param: 'theta', shots: [100], steps: [0.1], repeats: 4 };
    expect(paths({ ...base, param: 'nope' })).toEqual(['param']);
    expect(paths({ ...base, shots: [0] })).toEqual(['shots']);
    expect(paths({ ...base, shots: [] })).toEqual(['shots']);
    expect(paths({ ...base, steps: [-0.1] })).toEqual(['steps']);
    expect(paths({ ...base, repeats: 1 })).toEqual(['repeats']);
    expect(paths({ ...base, repeats: 201 })).toEqual(['repeats']);
  });
});

describe('the lab service', () => {
  it('answers explain and compare in-thread', async () => {
    const service = createLabService();
    const x = await service.explain(sharedGate, { gate: 2, step: 0 });
    expect(x.ok && x.computedIn).toBe('in-thread');
    const c = await service.compare(sharedGate, { param: 'phi', shots: [100], steps: [], repeats: 2 });
    expect(c.ok && c.points.map((p) => p.method)).toEqual(['parameter-shift', 'spsa']);
  });
});
