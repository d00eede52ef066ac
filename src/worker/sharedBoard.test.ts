import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkerThread } from '../cli/workerThread';
import { presetExperiment } from '../testing/presetExperiments';
import { createWindowGradients } from '../training/windowGradients';
import { boardTrainer, createBoard, MAX_CHUNKS } from './sharedBoard';

const HELPER = new URL('./boardHelper.test-worker.ts', import.meta.url).href;
const started: Worker[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.terminate()));
});

/** A board for the sine preset with helpers on worker threads, each serving it before this resolves. */
async function boardWith(behaviours: ('works' | 'fails' | 'dies')[]) {
  const experiment = presetExperiment('sine');
  const created = createWindowGradients(experiment);
  if (!created.ok) throw new Error('not shareable');
  const buffer = createBoard(behaviours.length);
  const alive = behaviours.map(() => true);
  await Promise.all(behaviours.map((behaviour, index) => new Promise<void>((resolve, reject) => {
    const worker = startWorkerThread(HELPER, { workerData: { experiment, buffer, index, behaviour } });
    started.push(worker);
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', () => { alive[index] = false; });
  })));
  return { experiment, local: created.gradients, trainer: boardTrainer(buffer, behaviours.length), alive: (i: number) => alive[i] };
}

describe('a shared board', () => {
  it('gives the one-thread results, bit for bit, with helpers taking chunks as they come', async () => {
    const { experiment, local, trainer, alive } = await boardWith(['works', 'works']);
    const windows = [0, 1, 2, 3];
    const expected = local.compute(experiment.params, windows);
    for (let job = 0; job < 6; job++) {
      const chunks = local.plan(windows, 12);
      const results = await trainer.share(experiment.params, chunks, local, alive);
      expect(local.join(experiment.params, windows, results.flat())).toStrictEqual(expected);
    }
    // Six jobs of twelve chunks of about half a millisecond each: the helpers, already waiting, took some.
    expect(trainer.takenByHelpers).toBeGreaterThan(0);
    expect(trainer.broken).toBe(false);
  });

  it("computes a helper's failed chunks itself, the same bits", async () => {
    const { experiment, local, trainer, alive } = await boardWith(['fails']);
    const windows = [0, 1, 2];
    const expected = local.compute(experiment.params, windows);
    for (let job = 0; job < 4; job++) {
      const results = await trainer.share(experiment.params, local.plan(windows, 8), local, alive);
      expect(local.join(experiment.params, windows, results.flat())).toStrictEqual(expected);
    }
    expect(trainer.takenByHelpers).toBe(0);
    expect(trainer.broken).toBe(false);
  });

  it('finishes a job whose helper dies in the middle of a chunk, and is broken from then on', async () => {
    const { experiment, local, trainer, alive } = await boardWith(['dies']);
    const windows = [0, 1, 2];
    const expected = local.compute(experiment.params, windows);
    // The helper takes a chunk of the first job it sees and ends its thread in it.
    for (let job = 0; job < 4 && !trainer.broken; job++) {
      const results = await trainer.share(experiment.params, local.plan(windows, 8), local, alive);
      expect(local.join(experiment.params, windows, results.flat())).toStrictEqual(expected);
    }
    expect(trainer.broken).toBe(true);
    await expect(trainer.share(experiment.params, local.plan(windows, 2), local, alive)).rejects.toThrow(/broken/);
  });

  it(`refuses a job of more than ${MAX_CHUNKS} chunks`, async () => {
    const { experiment, local, trainer, alive } = await boardWith([]);
    const chunks = Array.from({ length: MAX_CHUNKS + 1 }, () => [{ window: 0, from: 0, to: 12 }]);
    await expect(trainer.share(experiment.params, chunks, local, alive)).rejects.toThrow(`at most ${MAX_CHUNKS} chunks`);
  });
});
