/**
 * The store-to-worker connection, with a fake in-thread API: every new experiment text is
 * simulated, and only the newest request may write its reply.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../store/index';
import type { SimulateReply } from '../worker/protocol';
import { connectWorker } from './connectWorker';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');

function reply(name: string): SimulateReply {
  return { ok: true, result: { outputs: [[0]], expectations: [[0]], loss: null, bloch: [] }, experimentName: name, targets: [null], inputs: [[0]], washout: 0, computedIn: 'in-thread' };
}

/** A fake API whose calls resolve only when the test says so. */
function deferredApi() {
  const calls: { text: string; resolve(r: SimulateReply): void }[] = [];
  const api = { simulate: (text: string) => new Promise<SimulateReply>((resolve) => calls.push({ text, resolve })) };
  return { api, calls };
}

describe('connectWorker(store, api)', () => {
  it('simulates each new experiment text and stores the reply', async () => {
    const store = createLabStore();
    const { api, calls } = deferredApi();
    const stop = connectWorker(store, api);
    store.getState().loadExperimentText(sine, 'sine.json');
    expect(calls).toHaveLength(1);
    expect(calls[0].text).toBe(store.getState().experimentText);
    expect(store.getState().simulationStatus).toBe('running');
    calls[0].resolve(reply('first'));
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().simulationStatus).toBe('done');
    stop();
  });

  it('drops a stale reply that arrives after a newer request', async () => {
    const store = createLabStore();
    const { api, calls } = deferredApi();
    connectWorker(store, api);
    store.getState().loadExperimentText(sine, 'sine.json');
    const renamed = JSON.parse(sine);
    renamed.name = 'renamed';
    store.getState().loadExperimentText(JSON.stringify(renamed), 'renamed.json');
    expect(calls).toHaveLength(2);
    calls[1].resolve(reply('newer'));
    calls[0].resolve(reply('older'));
    await new Promise((r) => setTimeout(r, 0));
    const latest = store.getState().simulationReply;
    expect(latest?.ok && latest.experimentName).toBe('newer');
  });

  it('records a failed call as a simulation error', async () => {
    const store = createLabStore();
    connectWorker(store, { simulate: () => Promise.reject(new Error('The lab worker has been terminated.')) });
    store.getState().loadExperimentText(sine, 'sine.json');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().simulationStatus).toBe('error');
    expect(store.getState().simulationError).toBe('The lab worker has been terminated.');
  });
});

describe('connectWorker: superseded, cancelled and re-run simulations', () => {
  it('ignores a superseded request and says why a cancelled one was long', async () => {
    const store = createLabStore();
    const superseded = Object.assign(new Error('newer'), { name: 'SupersededError' });
    const cancelled = Object.assign(new Error('cancelled'), { name: 'CancelledError' });
    let next: Error = superseded;
    connectWorker(store, { simulate: () => Promise.reject(next) });
    store.getState().loadExperimentText(sine, 'sine.json');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().simulationStatus).toBe('running');
    next = cancelled;
    const renamed = { ...JSON.parse(sine), name: 'renamed' };
    store.getState().loadExperimentText(JSON.stringify(renamed), 'renamed.json');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().simulationStatus).toBe('cancelled');
    expect(store.getState().simulationNote).toMatch(/^Simulation cancelled: the model has 3 qubits \(1 data, 2 hidden\)/);
  });

  it('resimulate() runs the current experiment again with a note, but not a second time after a second crash', async () => {
    const store = createLabStore();
    const { api, calls } = deferredApi();
    const connection = connectWorker(store, api);
    store.getState().loadExperimentText(sine, 'sine.json');
    connection.resimulate('The worker was restarted.');
    expect(calls).toHaveLength(2);
    expect(store.getState().simulationNote).toBe('The worker was restarted.');
    connection.resimulate('The worker was restarted.');
    expect(calls).toHaveLength(2);
    expect(store.getState().simulationStatus).toBe('error');
    calls[1].resolve(reply('again'));
    connection();
  });
});
