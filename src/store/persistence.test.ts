/**
 * Persistence on a fresh `createLabStore()` with fake storages: a memory storage, one that
 * throws `QuotaExceededError` past a byte budget, and one that throws on every call (a
 * browser that blocks storage). Autosave, the saved run, and the saved experiments list
 * (save, reopen, rename, delete) never throw and say what went wrong, in a message that
 * stays until dismissed. Each tab autosaves into its own slot, and every slot is listed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore } from './index';
import { cleanName, MAX_SAVED, MAX_SAVED_NAME, NO_STORAGE_MESSAGE, otherAutosaves } from './persistenceSlice';
import { autosaveKey, isQuotaError, readAutosaves, readRun, runKey, STORAGE_KEYS, type KeyValueStorage } from './persistenceStorage';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');
const oneQubit = readFileSync(new URL('../../public/experiments/one-qubit.json', import.meta.url), 'utf8');

/** A storage in memory; past `budget` characters in all, `setItem` throws as a full browser storage does. */
function memoryStorage(budget = Infinity): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() { return items.size; },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const used = [...items].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
      if (used + value.length > budget) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

/** A storage whose every call throws, as `localStorage` does when the browser blocks it. */
const blockedStorage: KeyValueStorage = {
  getItem() { throw new Error('The operation is insecure.'); },
  setItem() { throw new Error('The operation is insecure.'); },
  removeItem() { throw new Error('The operation is insecure.'); },
};

function storeWith(storage: KeyValueStorage | null, text = sine, slot = '') {
  const store = createLabStore();
  store.getState().attachStorage(storage, slot);
  store.getState().loadExperimentText(text, 'test');
  return store;
}

describe('autosave', () => {
  it('autosaveExperiment() stores the canonical text that readAutosavedText() gives back', () => {
    const storage = memoryStorage();
    const store = storeWith(storage);
    expect(store.getState().autosaveExperiment()).toBe(true);
    const again = createLabStore();
    again.getState().attachStorage(storage);
    expect(again.getState().readAutosavedText()).toBe(store.getState().experimentText);
  });

  it('a full storage refuses the write with a message and nothing throws', () => {
    const storage = memoryStorage(100);
    const store = storeWith(storage);
    expect(store.getState().autosaveExperiment()).toBe(false);
    expect(store.getState().persistenceMessage).toMatch(/storage for this page is full/);
    expect(store.getState().experiment?.name).toBe('Sine prediction, 1 data + 2 hidden');
  });

  it('the message stays after a later successful autosave, until it is dismissed', () => {
    const storage = memoryStorage(100);
    const store = storeWith(storage);
    store.getState().autosaveExperiment();
    storage.items.clear();
    Object.assign(storage, { setItem: (k: string, v: string) => void storage.items.set(k, v) });
    expect(store.getState().autosaveExperiment()).toBe(true);
    expect(store.getState().persistenceMessage).toMatch(/storage for this page is full/);
    store.getState().dismissPersistenceMessage();
    expect(store.getState().persistenceMessage).toBeNull();
  });

  it('a dismissed problem is not said again on every failing write, only after a write has succeeded', () => {
    const storage = memoryStorage(100);
    const store = storeWith(storage);
    store.getState().autosaveExperiment();
    store.getState().dismissPersistenceMessage();
    expect(store.getState().autosaveExperiment()).toBe(false);
    expect(store.getState().persistenceMessage).toBeNull();
    const full = storage.setItem;
    Object.assign(storage, { setItem: (k: string, v: string) => void storage.items.set(k, v) });
    expect(store.getState().autosaveExperiment()).toBe(true);
    Object.assign(storage, { setItem: full });
    storage.items.set('big', 'x'.repeat(100));
    expect(store.getState().autosaveExperiment()).toBe(false);
    expect(store.getState().persistenceMessage).toMatch(/is full/);
  });

  it('a second problem is added to the message, not swapped in; the same one is not repeated', () => {
    const store = storeWith(memoryStorage(100));
    store.getState().reportPersistenceProblem('First problem.');
    store.getState().autosaveExperiment();
    store.getState().autosaveExperiment();
    const message = store.getState().persistenceMessage ?? '';
    expect(message.startsWith('First problem. ')).toBe(true);
    expect(message.match(/is full/g)).toHaveLength(1);
  });

  it('a blocked storage reads as empty and refuses writes with the browser reason', () => {
    const store = storeWith(blockedStorage);
    expect(store.getState().readAutosavedText()).toBeNull();
    expect(store.getState().savedExperiments).toEqual([]);
    expect(store.getState().autosaveExperiment()).toBe(false);
    expect(store.getState().persistenceMessage).toMatch(/refused to store the experiment \(The operation is insecure\.\)/);
  });

  it('without a storage nothing is stored and the page says why', () => {
    const store = storeWith(null);
    expect(store.getState().storageAvailable).toBe(false);
    expect(store.getState().persistenceMessage).toBe(NO_STORAGE_MESSAGE);
    expect(store.getState().autosaveExperiment()).toBe(false);
  });

  it('a record of another version or of the wrong shape reads as nothing', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.autosave, JSON.stringify({ v: 2, text: sine }));
    storage.setItem(STORAGE_KEYS.saved, '{ not json');
    storage.setItem(STORAGE_KEYS.run, JSON.stringify({ v: 1, text: 'x', history: { trainLoss: [1], testLoss: [], circuitExecutions: [], shots: [] } }));
    const store = storeWith(storage);
    expect(store.getState().readAutosavedText()).toBeNull();
    expect(store.getState().savedExperiments).toEqual([]);
    expect(readRun(storage)).toBeNull();
  });
});

describe('per-tab autosave slots', () => {
  it('two tabs autosave into their own slots, and neither overwrites the other', () => {
    const storage = memoryStorage();
    const tabA = storeWith(storage, sine, 'tab-a');
    const tabB = storeWith(storage, oneQubit, 'tab-b');
    expect(tabA.getState().autosaveExperiment()).toBe(true);
    expect(tabB.getState().autosaveExperiment()).toBe(true);
    expect(storage.getItem(autosaveKey('tab-a'))).toContain('Sine prediction');
    expect(storage.getItem(autosaveKey('tab-b'))).toContain('One qubit');
    const fresh = storeWith(storage, sine, 'tab-c');
    expect(fresh.getState().autosaves.map((w) => w.slot).sort()).toEqual(['tab-a', 'tab-b']);
    expect(fresh.getState().readAutosavedText('tab-a')).toBe(tabA.getState().experimentText);
  });

  it('readAutosaves lists every slot by key prefix, the legacy record too, newest first', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.autosave, JSON.stringify({ v: 1, text: sine, savedAt: 1 }));
    storage.setItem(autosaveKey('x'), JSON.stringify({ v: 1, text: oneQubit, savedAt: 2 }));
    storage.setItem(autosaveKey('bad'), '{ nope');
    storage.setItem('unrelated', 'x');
    const list = readAutosaves(storage);
    expect(list.map((w) => [w.slot, w.name])).toEqual([['x', JSON.parse(oneQubit).name], ['', 'Sine prediction, 1 data + 2 hidden']]);
  });

  it('a storage that cannot list its keys still gives the legacy slot', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.autosave, JSON.stringify({ v: 1, text: sine, savedAt: 1 }));
    const unlisted: KeyValueStorage = { getItem: storage.getItem, setItem: storage.setItem, removeItem: storage.removeItem };
    expect(readAutosaves(unlisted).map((w) => w.slot)).toEqual(['']);
  });

  it('otherAutosaves leaves out this tab\'s slot and lists each text once', () => {
    const w = (slot: string, text: string) => ({ slot, name: slot, text, savedAt: 0 });
    expect(otherAutosaves([w('me', 'a'), w('t1', 'a'), w('t2', 'b'), w('t3', 'b')], 'me').map((x) => x.slot)).toEqual(['t1', 't2']);
  });

  it('moveAutosave leaves the old slot as it was; deleteAutosave removes another slot and its run, never this tab\'s', () => {
    const storage = memoryStorage();
    const store = storeWith(storage, sine, 'old');
    store.getState().autosaveExperiment();
    store.getState().moveAutosave('new');
    store.getState().loadExperimentText(oneQubit, 'test');
    store.getState().autosaveExperiment();
    expect(readAutosaves(storage).map((w) => w.slot).sort()).toEqual(['new', 'old']);
    expect(store.getState().deleteAutosave('new')).toBe(false);
    storage.setItem(runKey('old'), '{}');
    expect(store.getState().deleteAutosave('old')).toBe(true);
    expect(storage.items.has(autosaveKey('old'))).toBe(false);
    expect(storage.items.has(runKey('old'))).toBe(false);
    expect(store.getState().autosaves.map((w) => w.slot)).toEqual(['new']);
  });

  it('openAutosave opens another slot\'s experiment as a new document', () => {
    const storage = memoryStorage();
    storeWith(storage, oneQubit, 'other').getState().autosaveExperiment();
    const store = storeWith(storage, sine, 'me');
    const before = store.getState().documentId;
    expect(store.getState().openAutosave('other')).toBe(true);
    expect(store.getState().experiment?.name).toBe(JSON.parse(oneQubit).name);
    expect(store.getState().documentId).toBe(before + 1);
    expect(store.getState().openAutosave('nope')).toBe(false);
  });
});

describe('the saved run', () => {
  function trained(storage: KeyValueStorage) {
    const store = storeWith(storage);
    store.setState({
      trainingHistory: { trainLoss: [0.5, 0.25], testLoss: [null, 0.3], circuitExecutions: [10, 10], shots: [0, 0] },
      trainingHistoryLength: 2,
      trainingCounters: { epoch: 2, epochs: 40, trainLoss: 0.25, testLoss: 0.3, circuitExecutions: 20, shots: 0, elapsedMs: 12 },
    });
    return store;
  }

  it('saveRun() then restoreRun() on the same experiment puts the history and counters back, as a stopped run', () => {
    const storage = memoryStorage();
    expect(trained(storage).getState().saveRun()).toBe(true);
    const store = storeWith(storage);
    expect(store.getState().restoreRun()).toBe(true);
    const s = store.getState();
    expect(s.trainingHistory.trainLoss).toEqual([0.5, 0.25]);
    expect(s.trainingHistory.testLoss).toEqual([null, 0.3]);
    expect(s.trainingHistoryLength).toBe(2);
    expect(s.trainingCounters.epoch).toBe(2);
    expect(s.trainingStatus).toBe('idle');
    expect(s.restoredRun?.history).toBe(s.trainingHistory);
  });

  it('restoreRun() leaves another experiment alone', () => {
    const storage = memoryStorage();
    trained(storage).getState().saveRun();
    const store = storeWith(storage, oneQubit);
    expect(store.getState().restoreRun()).toBe(false);
    expect(store.getState().trainingHistoryLength).toBe(0);
  });

  it('saveRun() with an empty history removes the saved run', () => {
    const storage = memoryStorage();
    trained(storage).getState().saveRun();
    expect(storeWith(storage).getState().saveRun()).toBe(true);
    expect(storage.items.has(STORAGE_KEYS.run)).toBe(false);
  });
});

describe('saved experiments', () => {
  it('save, reopen, rename and delete, surviving a new page', () => {
    const storage = memoryStorage();
    const store = storeWith(storage);
    const entry = store.getState().saveExperimentAs('  My sine  ');
    expect(entry?.name).toBe('My sine');
    store.getState().loadExperimentText(oneQubit, 'one-qubit.json');
    expect(store.getState().openSavedExperiment(entry!.id)).toBe(true);
    expect(store.getState().experiment?.name).toBe('Sine prediction, 1 data + 2 hidden');

    const page2 = storeWith(storage);
    expect(page2.getState().savedExperiments.map((e) => e.name)).toEqual(['My sine']);
    expect(page2.getState().renameSavedExperiment(entry!.id, 'Renamed')).toBe(true);
    expect(storeWith(storage).getState().savedExperiments[0].name).toBe('Renamed');
    expect(page2.getState().deleteSavedExperiment(entry!.id)).toBe(true);
    expect(storeWith(storage).getState().savedExperiments).toEqual([]);
  });

  it('saving under an existing name replaces that entry; the list keeps the newest MAX_SAVED', () => {
    const store = storeWith(memoryStorage());
    store.getState().saveExperimentAs('A');
    store.getState().saveExperimentAs('A');
    expect(store.getState().savedExperiments).toHaveLength(1);
    for (let i = 0; i < MAX_SAVED + 3; i++) store.getState().saveExperimentAs(`n${i}`);
    expect(store.getState().savedExperiments).toHaveLength(MAX_SAVED);
    expect(store.getState().savedExperiments[0].name).toBe(`n${MAX_SAVED + 2}`);
  });

  it('a full storage refuses a save with a message and keeps the list as it was', () => {
    const canonical = storeWith(null).getState().experimentText ?? '';
    const store = storeWith(memoryStorage(JSON.stringify(canonical).length * 1.5));
    expect(store.getState().saveExperimentAs('fits')).not.toBeNull();
    expect(store.getState().saveExperimentAs('does not fit')).toBeNull();
    expect(store.getState().savedExperiments.map((e) => e.name)).toEqual(['fits']);
    expect(store.getState().persistenceMessage).toMatch(/full/);
  });

  it('without a storage the list lives in memory', () => {
    const store = storeWith(null);
    expect(store.getState().saveExperimentAs('kept')).not.toBeNull();
    expect(store.getState().savedExperiments).toHaveLength(1);
  });

  it('refuses an empty name and unknown ids', () => {
    const store = storeWith(memoryStorage());
    expect(store.getState().saveExperimentAs('   ')).toBeNull();
    expect(store.getState().renameSavedExperiment('nope', 'x')).toBe(false);
    expect(store.getState().deleteSavedExperiment('nope')).toBe(false);
    expect(store.getState().openSavedExperiment('nope')).toBe(false);
  });
});

describe('cleanName(name) and isQuotaError(error)', () => {
  it('cleanName trims, turns control characters into spaces and cuts long names', () => {
    expect(cleanName(' a\nb\u0007c ')).toBe('a b c');
    expect(cleanName('x'.repeat(500))).toHaveLength(MAX_SAVED_NAME);
  });

  it('isQuotaError knows the names and codes browsers use', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
