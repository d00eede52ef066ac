/**
 * The training connection: loading a new document resets the run; an edit of the current
 * experiment reaches a paused run as `updateSettings`, and a running one is paused first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../store/index';
import type { TrainingApi } from '../store/index';
import type { ProgressCallback, TrainingControlReply, TrainingProgress } from '../worker/protocol';
import { connectTraining } from './connectTraining';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');
const flush = () => new Promise((r) => setTimeout(r, 0));

function recordingApi() {
  const calls: string[] = [];
  let callback: ProgressCallback = () => undefined;
  const reply = (status: 'paused' | 'running' | 'none'): TrainingControlReply => ({ ok: true, runId: 1, status, epoch: 0 });
  const api: TrainingApi = {
    async startTraining(_text, onProgress) { calls.push('start'); callback = onProgress; return { ok: true, runId: 1, status: 'running', epochs: 40, sequences: 7, computedIn: 'in-thread' }; },
    async pause() { calls.push('pause'); callback({ ...progress, status: 'paused' }); return reply('paused'); },
    async resume() { calls.push('resume'); return reply('running'); },
    async stepOnce() { calls.push('step'); return reply('paused'); },
    async stop() { calls.push('stop'); return reply('none'); },
    async reset() { calls.push('reset'); return reply('none'); },
    async updateSettings(text) { calls.push(`update ${JSON.parse(text).training.optimizer.learningRate}`); return reply('paused'); },
    async setTrainingThreads(count) { calls.push(`threads ${count}`); return { ok: true, threads: count }; },
  };
  return { api, calls };
}

const progress: Omit<TrainingProgress, 'status'> = {
  runId: 1, epoch: 0, epochs: 40, trainLoss: null, testLoss: null, cost: { circuitExecutions: 0, shots: 0 }, elapsedMs: 0, threads: 1, message: null,
  history: { from: 0, trainLoss: new Float64Array(), testLoss: new Float64Array(), circuitExecutions: new Float64Array(), shots: new Float64Array() },
  outputs: null, params: {}, gradient: {}, occurrences: { names: [], param: new Uint16Array(), gate: new Uint16Array(), step: new Uint32Array(), contribution: new Float64Array() },
};

function edited(learningRate: number): string {
  const e = JSON.parse(sine);
  e.training.optimizer.learningRate = learningRate;
  return JSON.stringify(e);
}

describe('connectTraining(store, api)', () => {
  it('resets the run when a new document is loaded', async () => {
    const store = createLabStore();
    const { api, calls } = recordingApi();
    connectTraining(store, api);
    store.getState().loadExperimentText(sine, 'sine.json');
    await flush();
    expect(calls).toEqual(['reset']);
    expect(store.getState().trainingCounters.epochs).toBe(40);
  });

  it('pauses a running run before sending it an edit of the current experiment', async () => {
    const store = createLabStore();
    const { api, calls } = recordingApi();
    store.getState().loadExperimentText(sine, 'sine.json');
    connectTraining(store, api);
    await store.getState().playTraining();
    store.setState({ experimentText: edited(0.01) });
    await flush();
    expect(calls).toEqual(['start', 'pause', 'update 0.01']);
    store.setState({ experimentText: edited(0.02) });
    await flush();
    expect(calls).toEqual(['start', 'pause', 'update 0.01', 'update 0.02']);
  });

  it('sends nothing while idle: the next Play reads the edited text', async () => {
    const store = createLabStore();
    const { api, calls } = recordingApi();
    store.getState().loadExperimentText(sine, 'sine.json');
    connectTraining(store, api);
    store.setState({ experimentText: edited(0.01) });
    await flush();
    expect(calls).toEqual([]);
  });
});
