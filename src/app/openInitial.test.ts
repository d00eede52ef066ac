/**
 * Opening the first experiment and autosaving, on a fresh store with a memory storage: a
 * valid link wins over the autosave (which is kept under Saved experiments when it is other
 * work), a refused link is reported and the autosave opens, no autosave opens the default,
 * the saved run comes back with its experiment; the autosave follows edits after a quiet
 * time and the run is saved when it stops running.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { encodeLink } from '../share/link';
import { createLabStore, type KeyValueStorage } from '../store';
import { connectPersistence } from './connectPersistence';
import { displacedName, openInitialExperiment, sameButParams } from './openInitial';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');
const oneQubit = readFileSync(new URL('../../public/experiments/one-qubit.json', import.meta.url), 'utf8');
const SINE = 'Sine prediction, 1 data + 2 hidden';

function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

/** A store over `storage` whose autosave holds `text`. */
function pageWithAutosave(storage: KeyValueStorage, text: string | null) {
  if (text !== null) {
    const before = createLabStore();
    before.getState().attachStorage(storage);
    before.getState().loadExperimentText(text);
    before.getState().autosaveExperiment();
  }
  const store = createLabStore();
  store.getState().attachStorage(storage);
  const loadDefault = vi.fn(async () => store.getState().loadExperimentText(sine, 'sine.json'));
  return { store, loadDefault };
}

const experimentOf = (text: string) => {
  const parsed = parseExperimentText(text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.experiment;
};

afterEach(() => vi.useRealTimers());

describe('openInitialExperiment(store, { hash, loadDefault })', () => {
  it('a valid link wins over the autosave, which is kept under Saved experiments', async () => {
    const { store, loadDefault } = pageWithAutosave(memoryStorage(), oneQubit);
    const hash = await encodeLink(experimentOf(sine), { lock: ['cell'] });
    await openInitialExperiment(store, { hash, loadDefault });
    expect(store.getState().experiment?.name).toBe(SINE);
    expect(store.getState().classroomFlags).toEqual({ lock: ['cell'] });
    expect(loadDefault).not.toHaveBeenCalled();
    const kept = store.getState().savedExperiments;
    expect(kept.map((e) => e.name)).toEqual([displacedName(experimentOf(oneQubit).name)]);
  });

  it('does not keep an autosave that is the link\'s experiment with other parameter values', async () => {
    const trained = experimentOf(sine);
    const { store, loadDefault } = pageWithAutosave(memoryStorage(), sine);
    await openInitialExperiment(store, { hash: await encodeLink({ ...trained, params: { ...trained.params, a: 9 } }), loadDefault });
    expect(store.getState().experiment?.params.a).toBe(9);
    expect(store.getState().savedExperiments).toEqual([]);
    expect(sameButParams(trained, { ...trained, params: { a: 1 } })).toBe(true);
    expect(sameButParams(trained, { ...trained, name: 'other' })).toBe(false);
  });

  it('a refused link is reported after the autosave has opened', async () => {
    const { store, loadDefault } = pageWithAutosave(memoryStorage(), oneQubit);
    await openInitialExperiment(store, { hash: '#e=1.', loadDefault });
    expect(store.getState().experiment?.name).toBe(experimentOf(oneQubit).name);
    expect(store.getState().loadError?.message).toBe('The link was not loaded: the link is truncated or corrupted: the compressed data does not inflate.');
    expect(loadDefault).not.toHaveBeenCalled();
  });

  it('without a link or autosave, or with an unreadable autosave, the default opens', async () => {
    const empty = pageWithAutosave(memoryStorage(), null);
    await openInitialExperiment(empty.store, { hash: '', loadDefault: empty.loadDefault });
    expect(empty.loadDefault).toHaveBeenCalledOnce();
    expect(empty.store.getState().experiment?.name).toBe(SINE);

    const storage = memoryStorage();
    storage.setItem('qrnn-lab:autosave', JSON.stringify({ v: 1, text: '{"format": "nope"}' }));
    const broken = pageWithAutosave(storage, null);
    await openInitialExperiment(broken.store, { hash: '#hide=plots', loadDefault: broken.loadDefault });
    expect(broken.loadDefault).toHaveBeenCalledOnce();
    expect(broken.store.getState().loadError).toBeNull();
  });

  it('the saved run comes back with its experiment', async () => {
    const storage = memoryStorage();
    const before = createLabStore();
    before.getState().attachStorage(storage);
    before.getState().loadExperimentText(oneQubit);
    before.getState().autosaveExperiment();
    before.setState({ trainingHistory: { trainLoss: [0.2], testLoss: [null], circuitExecutions: [4], shots: [0] }, trainingHistoryLength: 1 });
    before.getState().saveRun();
    const { store, loadDefault } = pageWithAutosave(storage, null);
    await openInitialExperiment(store, { hash: '', loadDefault });
    expect(store.getState().trainingHistory.trainLoss).toEqual([0.2]);
  });
});

describe('connectPersistence(store)', () => {
  it('autosaves once edits have been quiet for the debounce, and saves the run when it stops', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const { store } = pageWithAutosave(storage, null);
    store.getState().loadExperimentText(sine);
    const stop = connectPersistence(store, { debounceMs: 500 });
    expect(store.getState().readAutosavedText()).toBe(store.getState().experimentText);

    store.getState().loadExperimentText(oneQubit);
    vi.advanceTimersByTime(400);
    expect(store.getState().readAutosavedText()).not.toBe(store.getState().experimentText);
    vi.advanceTimersByTime(100);
    expect(store.getState().readAutosavedText()).toBe(store.getState().experimentText);

    store.setState({ trainingStatus: 'running' });
    store.setState({ trainingHistory: { trainLoss: [0.5], testLoss: [null], circuitExecutions: [1], shots: [0] }, trainingHistoryLength: 1 });
    expect(storage.getItem('qrnn-lab:run')).toBeNull();
    store.setState({ trainingStatus: 'finished' });
    expect(JSON.parse(storage.getItem('qrnn-lab:run') ?? '{}').history.trainLoss).toEqual([0.5]);
    stop();
  });

  it('forgets a restored run once a new run replaces its history', () => {
    const { store } = pageWithAutosave(memoryStorage(), null);
    store.getState().loadExperimentText(sine);
    const history = store.getState().trainingHistory;
    store.setState({ restoredRun: { history, params: { a: 1 } } });
    const stop = connectPersistence(store);
    store.setState({ trainingHistory: { trainLoss: [], testLoss: [], circuitExecutions: [], shots: [] } });
    expect(store.getState().restoredRun).toBeNull();
    stop();
  });
});
