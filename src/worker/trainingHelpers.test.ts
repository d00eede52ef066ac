import { describe, expect, it } from 'vitest';
import { presetExperiment } from '../testing/presetExperiments';
import { createTrainer } from '../training/trainer';
import { createWindowGradients } from '../training/windowGradients';
import { fakeThread } from './fakeHelperThread.test-helper';
import { createTrainingHelpers } from './trainingHelpers';

async function train(threads: ReturnType<typeof fakeThread>[] | null, epochs = 2) {
  const e = presetExperiment('sine', (x) => { x.training.epochs = epochs; });
  const created = createTrainer(e);
  const local = createWindowGradients(e);
  if (!created.ok || !local.ok) throw new Error('not trainable');
  const trainer = created.trainer;
  if (!threads) {
    for (let i = 0; i < epochs; i++) trainer.step();
    return trainer.history;
  }
  let next = 0;
  const helpers = createTrainingHelpers(threads.length, () => threads[next++].thread);
  const key = helpers.load(e, threads.length);
  for (let i = 0; i < epochs; i++) await trainer.stepWith((request) => helpers.share(key, request, local.gradients));
  return trainer.history;
}

describe('createTrainingHelpers', () => {
  it('shares batches out over its helpers and gives the one-thread history bit for bit', async () => {
    const one = await train(null);
    const threads = [fakeThread(), fakeThread()];
    expect(await train(threads)).toEqual(one);
    for (const t of threads) {
      expect(t.received[0].qrnnHelper).toBe('load');
      expect(t.received.filter((m) => m.qrnnHelper === 'share').length).toBeGreaterThanOrEqual(4);
    }
  });

  it('computes a failed or dead helper\'s share itself, the same bits, and stops asking it', async () => {
    const one = await train(null);
    for (const behaviour of ['fails', 'dies'] as const) {
      const bad = fakeThread(behaviour);
      expect(await train([bad, fakeThread()])).toEqual(one);
      expect(bad.received.filter((m) => m.qrnnHelper === 'share')).toHaveLength(1);
      expect(bad.isTerminated()).toBe(true);
    }
  });

  it('starts no helper until a run asks for some, and at most its capacity', () => {
    let started = 0;
    const helpers = createTrainingHelpers(2, () => { started++; return fakeThread().thread; });
    expect(started).toBe(0);
    helpers.load(presetExperiment('sine'), 5);
    expect(started).toBe(2);
    helpers.load(presetExperiment('sine'), 1);
    expect(started).toBe(2);
  });

  it('answers a share of an older run from this thread', async () => {
    const e = presetExperiment('sine');
    const local = createWindowGradients(e);
    if (!local.ok) throw new Error('not trainable');
    const thread = fakeThread();
    const helpers = createTrainingHelpers(1, () => thread.thread);
    const old = helpers.load(e, 1);
    helpers.load(e, 1);
    const shares = thread.received.filter((m) => m.qrnnHelper === 'share').length;
    const results = await helpers.share(old, { params: e.params, windows: [0, 1] }, local.gradients);
    expect(results).toEqual(local.gradients.compute(e.params, [0, 1]));
    expect(thread.received.filter((m) => m.qrnnHelper === 'share').length).toBe(shares);
  });
});
