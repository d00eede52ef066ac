/**
 * The training slice on a fresh store with a scripted worker API: Play, Pause, Step and
 * Reset call the API and file its reports; reports from a stale run or an older start are
 * dropped; divergence, refusals and a crash reach the message. The last test drives the
 * real service in-thread to the end of a short run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabService } from '../worker/labService';
import type { ProgressCallback, TrainingControlled, TrainingControlReply, TrainingProgress, TrainingReply, TrainingRunStatus } from '../worker/protocol';
import { createLabStore } from './index';
import { selectEpochsPerSecond, selectTrainingEpochs, selectTrainingOutputs } from './selectors';
import { CRASH_MESSAGE } from './trainingSlice';
import type { TrainingApi } from './types';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');

function report(runId: number, epoch: number, status: TrainingRunStatus = 'running', message: string | null = null): TrainingProgress {
  const loss = 0.5 / epoch;
  return {
    runId, status, epoch, epochs: 40, trainLoss: loss, testLoss: loss * 1.1,
    cost: { circuitExecutions: 1015 * epoch, shots: 0 }, elapsedMs: 100 * epoch, threads: 1, message,
    history: { from: epoch - 1, trainLoss: Float64Array.of(loss), testLoss: Float64Array.of(loss * 1.1), circuitExecutions: Float64Array.of(1015), shots: Float64Array.of(0) },
    outputs: { index: 0, outputCount: 1, outputs: Float64Array.of(0.1, 0.2), targets: Float64Array.of(NaN, 0.3), washout: 1 },
    params: { a: epoch }, gradient: {}, occurrences: { names: [], param: new Uint16Array(), gate: new Uint16Array(), step: new Uint32Array(), contribution: new Float64Array() },
  };
}

const ok = (status: TrainingControlled['status'], epoch = 0): TrainingControlReply => ({ ok: true, runId: 1, status, epoch });

/** A worker API that records calls and hands the test each run's callback. */
function scriptedApi(startReply: (runId: number) => TrainingReply = (runId) => ({ ok: true, runId, status: 'running', epochs: 40, sequences: 7, computedIn: 'worker' })) {
  const calls: string[] = [];
  const callbacks: ProgressCallback[] = [];
  const texts: string[] = [];
  const threadsAsked: (number | undefined)[] = [];
  const api: TrainingApi = {
    async startTraining(text, onProgress, options) {
      calls.push(options?.paused ? 'start-paused' : 'start');
      threadsAsked.push(options?.threads);
      callbacks.push(onProgress);
      return startReply(callbacks.length);
    },
    async pause() { calls.push('pause'); return ok('paused'); },
    async resume() { calls.push('resume'); return ok('running'); },
    async stepOnce() { calls.push('step'); return ok('paused', 1); },
    async stop() { calls.push('stop'); return ok('none'); },
    async reset() { calls.push('reset'); return ok('none'); },
    async updateSettings(text) { calls.push('update'); texts.push(text); return { ok: false, message: 'The new settings were not applied: training.epochs: must be at least 1.', errors: [] }; },
    async setTrainingThreads(count) { calls.push(`threads ${count}`); return { ok: true, threads: count }; },
  };
  return { api, calls, callbacks, texts, threadsAsked };
}

function setup(api: TrainingApi) {
  const store = createLabStore();
  store.getState().loadExperimentText(sine, 'sine.json');
  store.getState().attachTrainingApi(api);
  return store;
}

describe('training slice', () => {
  it('starts idle at epoch 0 of the experiment', () => {
    const s = createLabStore().getState();
    expect(s.trainingStatus).toBe('idle');
    expect(s.trainingCounters.epoch).toBe(0);
    expect(s.trainingHistoryLength).toBe(0);
  });

  it('playTraining() starts a run; reports update the counters and append to the same history arrays', async () => {
    const { api, calls, callbacks } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    expect(calls).toEqual(['start']);
    expect(store.getState()).toMatchObject({ trainingStatus: 'running', trainingRunId: 1, trainingComputedIn: 'worker' });
    const history = store.getState().trainingHistory;
    const trainLoss = history.trainLoss;
    callbacks[0](report(1, 1));
    callbacks[0](report(1, 2));
    const s = store.getState();
    expect(s.trainingCounters).toMatchObject({ epoch: 2, epochs: 40, trainLoss: 0.25, circuitExecutions: 2030 });
    expect(s.trainingHistory).toBe(history);
    expect(s.trainingHistory.trainLoss).toBe(trainLoss);
    expect(trainLoss).toEqual([0.5, 0.25]);
    expect(s.trainingHistoryLength).toBe(2);
    expect(selectEpochsPerSecond(s)).toBe(10);
    expect(selectTrainingOutputs(s)?.outputs).toEqual(Float64Array.of(0.1, 0.2));
  });

  it('setTrainingThreads() tells the worker, and every start asks for the chosen threads', async () => {
    const { api, calls, threadsAsked } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    await store.getState().setTrainingThreads(1);
    expect(store.getState().trainingThreads).toBe(1);
    expect(calls).toContain('threads 1');
    await store.getState().resetTraining();
    await store.getState().playTraining();
    expect(threadsAsked[1]).toBe(1);
    expect(threadsAsked[0]).toBeGreaterThanOrEqual(1);
  });

  it('drops reports of another run id and of an older start request', async () => {
    const { api, callbacks } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    callbacks[0](report(1, 1));
    callbacks[0](report(99, 2));
    expect(store.getState().trainingCounters.epoch).toBe(1);
    await store.getState().resetTraining();
    await store.getState().playTraining();
    callbacks[0](report(1, 2));
    expect(store.getState()).toMatchObject({ trainingRunId: 2, trainingHistoryLength: 0, trainingCounters: { epoch: 0 } });
    callbacks[1](report(2, 1));
    expect(store.getState().trainingCounters.epoch).toBe(1);
  });

  it('adopts the run id from a report that arrives before the start reply', async () => {
    let release: () => void = () => undefined;
    const { api, callbacks } = scriptedApi();
    const slow: TrainingApi = {
      ...api,
      startTraining: (text, cb, o) => new Promise((resolve) => { release = () => resolve(api.startTraining(text, cb, o)); }),
    };
    const store = setup(slow);
    const playing = store.getState().playTraining();
    release();
    await Promise.resolve();
    callbacks[0](report(1, 1));
    expect(store.getState().trainingRunId).toBe(1);
    await playing;
    expect(store.getState()).toMatchObject({ trainingRunId: 1, trainingCounters: { epoch: 1 } });
  });

  it('pauseTraining() and playTraining() pause and resume; reports carry the status', async () => {
    const { api, calls, callbacks } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    await store.getState().pauseTraining();
    callbacks[0](report(1, 3, 'paused'));
    expect(store.getState().trainingStatus).toBe('paused');
    await store.getState().playTraining();
    expect(calls).toEqual(['start', 'pause', 'resume']);
  });

  it('stepTraining() from idle starts a paused run and steps it once', async () => {
    const { api, calls } = scriptedApi((runId) => ({ ok: true, runId, status: 'paused', epochs: 40, sequences: 7, computedIn: 'worker' }));
    const store = setup(api);
    await store.getState().stepTraining();
    expect(calls).toEqual(['start-paused', 'step']);
    expect(store.getState().trainingStatus).toBe('paused');
  });

  it('resetTraining() returns to epoch 0 with an empty history and tells the worker', async () => {
    const { api, calls, callbacks } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    callbacks[0](report(1, 1));
    await store.getState().resetTraining();
    expect(calls).toContain('reset');
    expect(store.getState()).toMatchObject({ trainingStatus: 'idle', trainingRunId: null, trainingHistoryLength: 0, trainingReport: null, trainingCounters: { epoch: 0, epochs: 40 } });
    callbacks[0](report(1, 2));
    expect(store.getState().trainingCounters.epoch).toBe(0);
  });

  it("the epochs shown are the experiment's until a run starts, then the run's", async () => {
    const { api, callbacks } = scriptedApi();
    const store = setup(api);
    expect(selectTrainingEpochs(store.getState())).toBe(40);
    const file = JSON.parse(sine);
    file.training.epochs = 77;
    store.getState().loadExperimentText(JSON.stringify(file), 'sine.json');
    expect(selectTrainingEpochs(store.getState())).toBe(77);
    await store.getState().playTraining();
    callbacks[0](report(1, 1));
    expect(selectTrainingEpochs(store.getState())).toBe(40);
  });

  it('a diverged report pauses with its message, and Play does nothing until the settings change', async () => {
    const { api, calls, callbacks, texts } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    callbacks[0](report(1, 2, 'diverged', 'The loss became NaN or infinite in epoch 3.'));
    expect(store.getState()).toMatchObject({ trainingStatus: 'diverged', trainingMessage: 'The loss became NaN or infinite in epoch 3.' });
    await store.getState().playTraining();
    expect(calls).toEqual(['start']);
    await store.getState().updateTrainingSettings();
    expect(texts).toEqual([store.getState().experimentText]);
    expect(store.getState().trainingMessage).toBe('The new settings were not applied: training.epochs: must be at least 1.');
  });

  it('a stalled report (L-BFGS found no step) pauses with its message; Play does nothing, new settings are sent', async () => {
    const { api, calls, callbacks, texts } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    const why = 'Training stopped in epoch 8: the L-BFGS line search found no step that lowers the loss after 20 halvings.';
    callbacks[0](report(1, 8, 'stalled', why));
    expect(store.getState()).toMatchObject({ trainingStatus: 'stalled', trainingMessage: why });
    await store.getState().playTraining();
    expect(calls).toEqual(['start']);
    await store.getState().updateTrainingSettings();
    expect(texts).toEqual([store.getState().experimentText]);
  });

  it('a refused start is an error with the reason; a crash resets the run and says so', async () => {
    const refused = scriptedApi(() => ({ ok: false, message: 'The experiment cannot be trained: data: the dataset has no training sequence.', errors: [] }));
    const store = setup(refused.api);
    await store.getState().playTraining();
    expect(store.getState()).toMatchObject({ trainingStatus: 'error', trainingMessage: 'The experiment cannot be trained: data: the dataset has no training sequence.' });
    const { api, callbacks } = scriptedApi();
    const other = setup(api);
    other.getState().trainingCrashed();
    expect(other.getState()).toMatchObject({ trainingStatus: 'idle', trainingMessage: null });
    await other.getState().playTraining();
    callbacks[0](report(1, 5));
    other.getState().trainingCrashed();
    expect(other.getState()).toMatchObject({ trainingStatus: 'error', trainingMessage: CRASH_MESSAGE, trainingRunId: null, trainingHistoryLength: 0, trainingCounters: { epoch: 0 } });
    callbacks[0](report(1, 6));
    expect(other.getState().trainingCounters.epoch).toBe(0);
  });

  it('stopTraining() ends the run and keeps its counters', async () => {
    const { api, calls, callbacks } = scriptedApi();
    const store = setup(api);
    await store.getState().playTraining();
    callbacks[0](report(1, 1));
    callbacks[0](report(1, 2));
    await store.getState().stopTraining();
    expect(calls).toEqual(['start', 'stop']);
    expect(store.getState()).toMatchObject({ trainingStatus: 'idle', trainingRunId: null, trainingCounters: { epoch: 2 }, trainingHistoryLength: 2 });
  });

  it('loading an experiment counts a new document', () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sine, 'sine.json');
    store.getState().loadExperimentText('{ bad', 'bad.json');
    expect(store.getState().documentId).toBe(1);
    store.getState().loadExperimentText(sine, 'sine.json');
    expect(store.getState().documentId).toBe(2);
  });

  it('drives the in-thread service to the end of a short run', async () => {
    const experiment = JSON.parse(sine);
    Object.assign(experiment.data, { length: 40, window: 6 });
    Object.assign(experiment.training, { epochs: 5, gradient: { method: 'adjoint', shots: null } });
    const store = createLabStore();
    store.getState().loadExperimentText(JSON.stringify(experiment), 'short');
    store.getState().attachTrainingApi(createLabService());
    await store.getState().playTraining();
    for (let i = 0; i < 1000 && store.getState().trainingStatus === 'running'; i++) await new Promise((r) => setTimeout(r, 1));
    const s = store.getState();
    expect(s).toMatchObject({ trainingStatus: 'finished', trainingComputedIn: 'in-thread', trainingCounters: { epoch: 5, epochs: 5 } });
    expect(s.trainingHistory.trainLoss).toHaveLength(5);
    expect(s.trainingHistory.trainLoss.every((v) => typeof v === 'number')).toBe(true);
  });
});
