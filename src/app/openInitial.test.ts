/**
 * Opening the first experiment and autosaving, on a fresh store with a memory storage: a
 * valid link wins over the autosave (which is kept under Saved experiments when it is other
 * work, or left in its slot, with a message, when the storage is full), a refused link is
 * reported and the autosave opens, a fresh tab opens the newest autosave of any tab, no
 * autosave opens the default, the saved run comes back with its experiment; the autosave
 * follows edits after a quiet time, the run is saved when it stops running, and a tab that
 * hears another write its own slot moves to a new one.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { encodeLink } from '../share/link';
import { createLabStore, type KeyValueStorage } from '../store';
import { connectPersistence } from './connectPersistence';
import { displacedKeptMessage, displacedName, openInitialExperiment, sameButParams } from './openInitial';
import { autosaveKey, readAutosaves } from '../store/persistenceStorage';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');
const oneQubit = readFileSync(new URL('../../public/experiments/one-qubit.json', import.meta.url), 'utf8');
const SINE = 'Sine prediction, 1 data + 2 hidden';

/** A storage in memory that lists its keys; `full()` makes every later write of a new or longer value throw `QuotaExceededError`. */
function memoryStorage(): KeyValueStorage & { full(): void } {
  const items = new Map<string, string>();
  let full = false;
  return {
    get length() { return items.size; },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      if (full && v.length > (items.get(k)?.length ?? 0)) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
    full: () => { full = true; },
  };
}

/** A store over `storage` (tab `slot`) whose autosave holds `text`. */
function pageWithAutosave(storage: KeyValueStorage, text: string | null, slot = '') {
  if (text !== null) {
    const before = createLabStore();
    before.getState().attachStorage(storage, slot);
    before.getState().loadExperimentText(text);
    before.getState().autosaveExperiment();
  }
  const store = createLabStore();
  store.getState().attachStorage(storage, slot);
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

  it('with a full storage, the displaced autosave stays in its slot, the tab moves to a new one, and a message says so', async () => {
    const storage = memoryStorage();
    const long = JSON.stringify({ ...JSON.parse(oneQubit), name: `My long work ${'x'.repeat(400)}` });
    const { store, loadDefault } = pageWithAutosave(storage, long, 'tab');
    const before = storage.getItem(autosaveKey('tab'));
    storage.full();
    await openInitialExperiment(store, { hash: await encodeLink(experimentOf(sine)), loadDefault, newSlot: () => 'tab-2' });
    expect(store.getState().experiment?.name).toBe(SINE);
    expect(store.getState().autosaveSlot).toBe('tab-2');
    const stop = connectPersistence(store);
    expect(storage.getItem(autosaveKey('tab'))).toBe(before);
    expect(store.getState().persistenceMessage).toContain(displacedKeptMessage(experimentOf(long).name));
    expect(store.getState().persistenceMessage).toMatch(/storage for this page is full/);
    expect(store.getState().autosaves.map((w) => w.slot)).toEqual(['tab']);
    stop();
  });

  it('a fresh tab opens the newest autosave of any tab and its run; a reload opens its own', async () => {
    const storage = memoryStorage();
    pageWithAutosave(storage, oneQubit, 'a');
    await new Promise((resolve) => setTimeout(resolve, 2));
    const b = pageWithAutosave(storage, sine, 'b');
    b.store.getState().loadExperimentText(sine);
    b.store.setState({ trainingHistory: { trainLoss: [0.3], testLoss: [null], circuitExecutions: [4], shots: [0] }, trainingHistoryLength: 1 });
    b.store.getState().saveRun();
    const fresh = pageWithAutosave(storage, null, 'c');
    await openInitialExperiment(fresh.store, { hash: '', loadDefault: fresh.loadDefault });
    expect(fresh.store.getState().experiment?.name).toBe(SINE);
    expect(fresh.store.getState().trainingHistory.trainLoss).toEqual([0.3]);
    const reload = pageWithAutosave(storage, null, 'a');
    await openInitialExperiment(reload.store, { hash: '', loadDefault: reload.loadDefault });
    expect(reload.store.getState().experiment?.name).toBe(experimentOf(oneQubit).name);
    expect(readAutosaves(storage).map((w) => w.slot).sort()).toEqual(['a', 'b']);
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

  it('a tab that hears another tab write its own slot moves to a new slot and autosaves there', () => {
    const storage = memoryStorage();
    const { store } = pageWithAutosave(storage, null, 'dup');
    store.getState().loadExperimentText(sine);
    const target = new EventTarget();
    const remembered: string[] = [];
    const stop = connectPersistence(store, { events: target as unknown as Window, rememberSlot: (s) => remembered.push(s), newSlot: () => 'moved' });
    storage.setItem(autosaveKey('dup'), JSON.stringify({ v: 1, text: oneQubit, savedAt: 1 }));
    target.dispatchEvent(Object.assign(new Event('storage'), { key: autosaveKey('dup'), newValue: 'x' }));
    expect(store.getState().autosaveSlot).toBe('moved');
    expect(remembered).toEqual(['dup', 'moved']);
    expect(store.getState().readAutosavedText('moved')).toBe(store.getState().experimentText);
    expect(store.getState().readAutosavedText('dup')).toBe(oneQubit);
    target.dispatchEvent(Object.assign(new Event('storage'), { key: autosaveKey('other'), newValue: 'x' }));
    expect(store.getState().autosaveSlot).toBe('moved');
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
