/**
 * `explain` for a QLSTM (teachingQlstm.ts) on the shipped qlstm-sine preset, in-thread: the
 * walkthrough of one occurrence (the two shifted evaluations, the two-term rule, dL/da, the
 * products summing to the contribution, the occurrences summing to the adjoint value, the
 * mistake beside it), the sequence and parameters asked for, the bias measurement, and
 * refusals that name the field; the QRNN reply keeps its shape; then through the service.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabService } from './labService';
import { explainExperiment } from './teaching';
import { QLSTM_BIAS_LIMITS, type AnyExplainReply, type QlstmExplainTarget } from './teachingProtocol';

const preset = (name: string) => readFileSync(new URL(`../../public/experiments/${name}.json`, import.meta.url), 'utf8');
const sine = preset('qlstm-sine');

function ok<T extends AnyExplainReply>(reply: T): Extract<T, { ok: true }> {
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return reply as Extract<T, { ok: true }>;
}

const forget: QlstmExplainTarget = { circuit: 'f', layer: 1, qubit: 2, angle: 'beta', step: 5 };

describe('explainExperiment(text, { kind: "qlstm", circuit, layer, qubit, angle, step })', () => {
  it('walks the forget gate\u2019s f.1.2.beta at step 5: two evaluations of that one circuit, the rule, dL/da, the sum against the adjoint', () => {
    const x = ok(explainExperiment(sine, { kind: 'qlstm', ...forget, withMistake: true }, 'in-thread'));
    expect([x.kind, x.param, x.circuit, x.layer, x.qubit, x.angle, x.step]).toEqual(['qlstm', 'f.1.2.beta', 'f', 1, 2, 'beta', 5]);
    expect([x.inputSize, x.hiddenSize, x.layers, x.steps, x.sequence, x.computedIn]).toEqual([1, 3, 2, 12, 0, 'in-thread']);
    expect(x.value).toBe(JSON.parse(sine).params['f.1.2.beta']);
    expect(x.shifted.map((e) => e.shift)).toEqual([Math.PI / 2, -Math.PI / 2]);
    for (const e of [x.outputs, x.input, x.encoding.ry, x.encoding.rz, x.dadangle, x.dLda, x.products, ...x.shifted.map((s) => s.outputs)]) expect(e).toHaveLength(4);
    x.dadangle.forEach((d, j) => expect(d).toBe((x.shifted[0].outputs[j] - x.shifted[1].outputs[j]) / 2));
    x.products.forEach((p, j) => expect(p).toBe(x.dLda[j] * x.dadangle[j]));
    expect(x.products.reduce((a, b) => a + b, 0)).toBe(x.contribution);
    expect(x.occurrences.map((o) => o.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(x.occurrences[5].contribution).toBe(x.contribution);
    expect(x.occurrences[0].contribution).toBe(0);
    expect(Math.abs(x.sum - x.adjoint)).toBeLessThan(1e-9);
    expect(x.mistake?.difference).toBe((x.mistake?.contribution ?? 0) - x.contribution);
    expect(Math.abs(x.mistake?.difference ?? 0)).toBeGreaterThan(1e-6);
    expect(x.biasCost.fixed).toBeGreaterThan(0);
  });

  it('uses the sequence and parameter values asked for, and leaves the mistake out unless asked', () => {
    const x = ok(explainExperiment(sine, { kind: 'qlstm', ...forget, sequence: 2, params: { 'f.1.2.beta': 0.3 } }, 'in-thread'));
    expect([x.sequence, x.value, x.mistake]).toEqual([2, 0.3, null]);
    expect(ok(explainExperiment(sine, { kind: 'qlstm', ...forget, sequence: 999 }, 'in-thread')).sequence).toBeGreaterThan(2);
  });

  it('keeps the QRNN reply as it was: no kind', () => {
    const x = ok(explainExperiment(preset('shared-gate'), { gate: 2, step: 1 }, 'in-thread'));
    expect('kind' in x).toBe(false);
    expect(x.gateName).toBe('RY');
  });

  it('refuses, naming the field: a QRNN file, and a circuit, layer, qubit, angle or step the model or sequence lacks', () => {
    const paths = (text: string, at: Partial<QlstmExplainTarget>) => {
      const r = explainExperiment(text, { kind: 'qlstm', ...forget, ...at } as never, 'in-thread') as AnyExplainReply;
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    expect(paths(preset('shared-gate'), {})).toEqual(['model.kind']);
    expect(paths(sine, { circuit: 'q' as never })).toEqual(['circuit']);
    expect(paths(sine, { layer: 2 })).toEqual(['layer']);
    expect(paths(sine, { qubit: 4 })).toEqual(['qubit']);
    expect(paths(sine, { qubit: 1.5 })).toEqual(['qubit']);
    expect(paths(sine, { angle: 'delta' as never })).toEqual(['angle']);
    expect(paths(sine, { step: 12 })).toEqual(['step']);
    expect(explainExperiment('{', { kind: 'qlstm', ...forget }, 'in-thread').ok).toBe(false);
    const qrnnAsk = explainExperiment(sine, { gate: 0, step: 0 }, 'in-thread');
    expect(qrnnAsk.ok ? [] : qrnnAsk.errors.map((e) => e.path)).toEqual(['model.kind']);
  });
});

describe('explainExperiment(text, { kind: "qlstm-bias", ..., shots, seeds })', () => {
  it('measures the estimates over the seeds against the exact contribution, the same bits each time', () => {
    const ask = { kind: 'qlstm-bias' as const, ...forget, shots: 100, seeds: 4, seed: 7 };
    const b = ok(explainExperiment(sine, ask, 'in-thread'));
    expect([b.kind, b.param, b.shots, b.seeds, b.firstSeed, b.sequence]).toEqual(['qlstm-bias', 'f.1.2.beta', 100, 4, 7, 0]);
    expect(b.executionsPerEstimate).toBe(6 * 12 + 2 * 12 + 16 * 3 * 11 + 8 * 4 * 12);
    expect(b.occurrence.estimates).toHaveLength(4);
    const x = ok(explainExperiment(sine, { kind: 'qlstm', ...forget }, 'in-thread'));
    expect(b.occurrence.exact).toBe(x.contribution);
    expect(Math.abs(b.parameter.exact - x.adjoint)).toBeLessThan(1e-9);
    expect(explainExperiment(sine, ask, 'in-thread')).toEqual(b);
  });

  it('shows the user guide’s example: the candidate memory’s g.0.1.beta at step 3, off by more than the noise at 10 shots, its mean of the wrong sign', () => {
    const at: QlstmExplainTarget = { circuit: 'g', layer: 0, qubit: 1, angle: 'beta', step: 3 };
    const x = ok(explainExperiment(sine, { kind: 'qlstm', ...at, withMistake: true }, 'in-thread'));
    expect(Math.abs(x.mistake?.difference ?? 0)).toBeGreaterThan(0.1 * Math.abs(x.contribution));
    const b = ok(explainExperiment(sine, { kind: 'qlstm-bias', ...at, shots: 10, seeds: 200 }, 'in-thread'));
    for (const s of [b.occurrence, b.parameter]) {
      expect(s.beyondNoise).toBe(true);
      expect(Math.sign(s.mean)).toBe(-Math.sign(s.exact));
    }
  });

  it('refuses shots, seeds and a first seed out of bounds, naming the field, and more work than the bound allows', () => {
    const paths = (o: { shots: number; seeds: number; seed?: number }) => {
      const r = explainExperiment(sine, { kind: 'qlstm-bias', ...forget, ...o }, 'in-thread');
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    expect(paths({ shots: 0, seeds: 4 })).toEqual(['shots']);
    expect(paths({ shots: QLSTM_BIAS_LIMITS.shots + 1, seeds: 4 })).toEqual(['shots']);
    expect(paths({ shots: 10, seeds: 1 })).toEqual(['seeds']);
    expect(paths({ shots: 10, seeds: QLSTM_BIAS_LIMITS.seeds + 1 })).toEqual(['seeds']);
    expect(paths({ shots: 10, seeds: 4, seed: 0.5 })).toEqual(['seed']);
    const { fixed, perRootShot } = ok(explainExperiment(sine, { kind: 'qlstm', ...forget }, 'in-thread')).biasCost;
    const most = Math.floor(QLSTM_BIAS_LIMITS.work / (fixed + perRootShot * 10));
    expect(most).toBeLessThan(QLSTM_BIAS_LIMITS.seeds);
    const r = explainExperiment(sine, { kind: 'qlstm-bias', ...forget, shots: 100, seeds: most + 1 }, 'in-thread');
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'seeds', message: `At most ${most} seeds at 100 shots on this model and sequence (each estimate runs 1008 circuit evaluations on 4 qubits).` }]);
  });
});

describe('the lab service', () => {
  it('answers a QLSTM explain in-thread', async () => {
    const x = await createLabService().explain(sine, { kind: 'qlstm', ...forget });
    expect(x.ok && x.kind === 'qlstm' && x.computedIn).toBe('in-thread');
  });
});
