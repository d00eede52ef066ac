/**
 * A run continued after a reload goes on exactly as if it had never stopped: the real
 * service in-thread trains a few epochs, the run is saved (through the JSON of the storage,
 * as a reload would read it), a new page (store and service) restores it, and stepping on
 * from there gives the same history and parameters, bit for bit, as the first page stepping
 * on without a reload. Checked for Adam with exact gradients, for SPSA with shots (both
 * generators in play), for L-BFGS (its curvature pairs), and for a run rebuilt by an edit
 * while paused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { createLabService } from '../worker/labService';
import { createLabStore, type KeyValueStorage, type LabStore } from './index';
import { readRun } from './persistenceStorage';

const preset = (file: string) => readFileSync(new URL(`../../public/experiments/${file}`, import.meta.url), 'utf8');

function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

function page(storage: KeyValueStorage, text: string): LabStore {
  const store = createLabStore();
  store.getState().attachTrainingApi(createLabService({ tick: () => Promise.resolve() }));
  store.getState().attachStorage(storage, 'tab');
  store.getState().loadExperimentText(text, 'test');
  return store;
}

async function steps(store: LabStore, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await store.getState().stepTraining();
}

const snapshot = (store: LabStore) => {
  const s = store.getState();
  return { history: JSON.parse(JSON.stringify(s.trainingHistory)), epoch: s.trainingCounters.epoch, params: s.trainingReport?.params, cost: s.trainingReport?.cost };
};

/** Trains `before` epochs, saves, goes on `after` more; then a new page restores and goes on `after` too. */
async function compare(text: string, before: number, after: number, edit?: (store: LabStore) => Promise<void>) {
  const storage = memoryStorage();
  const first = page(storage, text);
  await steps(first, before);
  if (edit) {
    await edit(first);
    await steps(first, 2);
  }
  expect(first.getState().saveRun()).toBe(true);
  const saved = readRun(storage, 'tab');
  expect(saved?.checkpoint?.epoch).toBe(first.getState().trainingHistoryLength);
  const at = first.getState().trainingCounters.epoch;
  await steps(first, after);

  const second = page(storage, first.getState().experimentText ?? '');
  expect(second.getState().restoreRun()).toBe(true);
  await vi.waitFor(() => expect(second.getState().trainingReport?.epoch).toBe(at));
  expect(second.getState().trainingStatus).toBe('paused');
  expect(second.getState().trainingReport?.params).toEqual(saved?.params);
  await steps(second, after);
  expect(snapshot(second)).toEqual(snapshot(first));
  expect(second.getState().trainingCounters.epoch).toBe(at + after);
}

describe('a run continued after a reload', () => {
  it('Adam with exact gradients: the same history and parameters as never reloading', async () => {
    await compare(preset('sine.json'), 5, 4);
  });

  it('SPSA with shots: the generators go on from where they were', async () => {
    await compare(preset('spsa.json'), 3, 3);
  });

  it('L-BFGS on finite differences: the curvature pairs and the measured loss go through the storage', async () => {
    await compare(preset('bfgs-finite-difference.json'), 3, 3);
  });

  it('a run rebuilt by an edit while paused continues as the edited run would', async () => {
    await compare(preset('one-qubit.json'), 3, 3, async (store) => {
      const parsed = parseExperimentText(store.getState().experimentText ?? '');
      if (!parsed.ok) throw new Error('fixture does not parse');
      const e = parsed.experiment;
      expect(store.getState().commitExperiment({ ...e, training: { ...e.training, optimizer: { ...e.training.optimizer, learningRate: (e.training.optimizer.learningRate ?? 0.05) / 2 } } }).ok).toBe(true);
      await store.getState().updateTrainingSettings();
    });
  });

  it('a saved run whose checkpoint is malformed is shown but not continued', async () => {
    const storage = memoryStorage();
    const first = page(storage, preset('one-qubit.json'));
    await steps(first, 2);
    first.getState().saveRun();
    const record = JSON.parse(storage.getItem('qrnn-lab:run:tab') ?? '{}');
    record.checkpoint.trainer.rng.words = [1, 2, 3];
    storage.setItem('qrnn-lab:run:tab', JSON.stringify(record));
    const second = page(storage, preset('one-qubit.json'));
    expect(second.getState().restoreRun()).toBe(true);
    expect(second.getState().trainingStatus).toBe('idle');
    expect(second.getState().trainingHistoryLength).toBe(2);
  });

  it('a saved L-BFGS run whose curvature pairs are malformed, or missing, is shown but not continued', async () => {
    for (const spoil of [
      (o: Record<string, unknown>) => { (o.lbfgs as { pairs: unknown[] }).pairs.push({ s: { a: 'x' }, y: {} }); },
      (o: Record<string, unknown>) => { delete o.lbfgs; },
    ]) {
      const storage = memoryStorage();
      const first = page(storage, preset('bfgs-finite-difference.json'));
      await steps(first, 2);
      first.getState().saveRun();
      const record = JSON.parse(storage.getItem('qrnn-lab:run:tab') ?? '{}');
      spoil(record.checkpoint.trainer.optimizer);
      storage.setItem('qrnn-lab:run:tab', JSON.stringify(record));
      const second = page(storage, preset('bfgs-finite-difference.json'));
      expect(second.getState().restoreRun()).toBe(true);
      expect(second.getState().trainingStatus).toBe('idle');
      expect(second.getState().trainingHistoryLength).toBe(2);
    }
  });
});
