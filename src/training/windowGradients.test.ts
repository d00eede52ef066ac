import { describe, expect, it } from 'vitest';
import { presetExperiment } from '../testing/presetExperiments';
import type { Experiment } from '../model/types';
import { createTrainer, type BatchRequest } from './trainer';
import { shareableGradients } from '../model/shareable';
import { balancedCuts, createWindowGradients } from './windowGradients';

function trainer(e: Experiment) {
  const r = createTrainer(e);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.trainer;
}

/** A fulfilment that computes each window on its own "thread" (its own WindowGradients), last window first. */
function elsewhere(e: Experiment) {
  const created = createWindowGradients(e);
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  const asked: number[] = [];
  const fulfil = async (request: BatchRequest) => {
    asked.push(request.windows.length);
    const reversed = [...request.windows].reverse().map((w) => created.gradients.compute(request.params, [w])[0]);
    return reversed.reverse();
  };
  return { fulfil, asked };
}

const withMethod = (name: string, method: 'adjoint' | 'parameter-shift' | 'finite-difference') =>
  presetExperiment(name, (e) => { e.training.epochs = 3; e.training.gradient = { method, shots: null }; });

describe('an epoch whose batches are computed elsewhere (stepWith)', () => {
  for (const [name, method] of [['sine', 'parameter-shift'], ['sine', 'adjoint'], ['sine', 'finite-difference'], ['hybrid-lorenz', 'adjoint']] as const) {
    it(`gives the history, parameters and contributions one thread gives, bit for bit: ${name} by ${method}`, async () => {
      const e = withMethod(name, method);
      expect(shareableGradients(e)).toBe(true);
      const here = trainer(e);
      const there = trainer(e);
      const { fulfil, asked } = elsewhere(e);
      for (let epoch = 0; epoch < 3; epoch++) {
        const a = here.step();
        const b = await there.stepWith(fulfil);
        expect(b).toEqual(a);
      }
      expect(there.history).toEqual(here.history);
      expect(asked.length).toBeGreaterThan(3);
    });
  }

  it('computes here, not elsewhere, when the estimate draws random numbers (shots), and still matches step()', async () => {
    const e = presetExperiment('sine', (x) => { x.training.epochs = 2; x.training.gradient = { method: 'parameter-shift', shots: 200 }; });
    expect(shareableGradients(e)).toBe(false);
    expect(createWindowGradients(e).ok).toBe(false);
    const here = trainer(e);
    const there = trainer(e);
    let asked = 0;
    const a = [here.step(), here.step()];
    const b = [await there.stepWith(async () => { asked++; return []; }), await there.stepWith(async () => { asked++; return []; })];
    expect(b).toEqual(a);
    expect(asked).toBe(0);
  });

  it('refuses a second epoch while one is waiting', async () => {
    const e = withMethod('sine', 'adjoint');
    const t = trainer(e);
    const { fulfil } = elsewhere(e);
    const first = t.stepWith(fulfil);
    expect(() => t.step()).toThrow(/already running/);
    await first;
    expect(t.epoch).toBe(1);
  });

  it('is not offered for SPSA, L-BFGS or ridge', () => {
    expect(shareableGradients(presetExperiment('spsa'))).toBe(false);
    expect(shareableGradients(presetExperiment('bfgs-finite-difference'))).toBe(false);
    expect(shareableGradients(presetExperiment('reservoir'))).toBe(false);
  });
});

describe('WindowGradients: a batch planned into pieces and joined', () => {
  it('balancedCuts cuts weights into contiguous runs of about equal weight', () => {
    expect(balancedCuts([1, 1, 1, 1], 2)).toEqual([2, 4]);
    expect(balancedCuts([4, 3, 2, 1], 2)).toEqual([2, 4]);
    expect(balancedCuts([5], 3)).toEqual([1]);
    expect(balancedCuts([1, 1, 1], 1)).toEqual([3]);
    expect(balancedCuts([3, 3, 3, 3, 3, 3], 3)).toEqual([2, 4, 6]);
  });

  for (const method of ['parameter-shift', 'adjoint'] as const) {
    it(`${method}: pieces computed apart and joined give the whole windows' results bit for bit, for any number of parts`, () => {
      const e = withMethod('sine', method);
      const created = createWindowGradients(e);
      if (!created.ok) throw new Error('not shareable');
      const g = created.gradients;
      const windows = [3, 0, 5, 1];
      const params = { ...e.params, a: 0.7 };
      const whole = g.compute(params, windows);
      for (const parts of [1, 2, 3, 5]) {
        const plan = g.plan(windows, parts);
        expect(plan.length).toBeLessThanOrEqual(parts);
        const flat = plan.flat();
        // Every step of every window exactly once, in batch order.
        for (const w of windows) {
          const own = flat.filter((p) => p.window === w);
          expect(own[0].from).toBe(0);
          own.slice(1).forEach((p, i) => expect(p.from).toBe(own[i].to));
        }
        const results = plan.flatMap((pieces) => g.computePieces(params, pieces));
        expect(g.join(params, windows, results)).toEqual(whole);
        if (method === 'parameter-shift' && parts % 2 === 1 && parts > 1) expect(results.some((r) => r.kind === 'steps')).toBe(true);
        if (method === 'adjoint') expect(results.every((r) => r.kind === 'window')).toBe(true);
      }
    });
  }

  it('parameter-shift: the plan balances the work (a shift from step t costs T - t steps)', () => {
    const e = withMethod('sine', 'parameter-shift');
    const created = createWindowGradients(e);
    if (!created.ok) throw new Error('not shareable');
    const plan = created.gradients.plan([0, 1, 2], 2);
    const T = 12;
    const work = plan.map((pieces) => pieces.reduce((sum, p) => sum + Array.from({ length: p.to - p.from }, (_, i) => T - (p.from + i)).reduce((a, b) => a + b, 0), 0));
    expect(plan).toHaveLength(2);
    expect(Math.abs(work[0] - work[1]) / (work[0] + work[1])).toBeLessThan(0.1);
  });
});
