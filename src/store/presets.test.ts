import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from './index';
import { loadPreset, PRESETS } from './presets';

const preset = (file: string) => {
  const found = PRESETS.find((p) => p.file === file);
  if (!found) throw new Error(`no preset ${file}`);
  return found;
};
const fileText = (file: string) => readFileSync(`public/experiments/${file}`, 'utf8');

/** A fetch whose answers are given by hand, file by file, in the order a test chooses. */
function handFetch() {
  const waiting = new Map<string, (text: string) => void>();
  vi.stubGlobal('fetch', (url: string) => new Promise((resolve) => {
    const file = url.slice(url.lastIndexOf('/') + 1);
    waiting.set(file, (text) => resolve({ ok: true, status: 200, statusText: 'OK', text: async () => text }));
  }));
  return async (file: string) => {
    const answer = waiting.get(file);
    if (!answer) throw new Error(`${file} was not fetched`);
    answer(fileText(file));
    // Let the load after the fetch run.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
}

const nameOf = (store: ReturnType<typeof createLabStore>) => store.getState().experiment?.name;

describe('loadPreset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads the preset chosen last, whichever fetch answers first', async () => {
    const answer = handFetch();
    const store = createLabStore();
    const first = loadPreset(store, preset('sine.json'));
    const second = loadPreset(store, preset('one-qubit.json'));
    await answer('one-qubit.json');
    await answer('sine.json');
    expect(await second).toBe('loaded');
    expect(await first).toBe('superseded');
    expect(nameOf(store)).toBe(JSON.parse(fileText('one-qubit.json')).name);
  });

  it('still loads the later choice when the earlier one arrives first', async () => {
    const answer = handFetch();
    const store = createLabStore();
    const first = loadPreset(store, preset('sine.json'));
    const second = loadPreset(store, preset('one-qubit.json'));
    await answer('sine.json');
    await answer('one-qubit.json');
    expect(await first).toBe('superseded');
    expect(await second).toBe('loaded');
    expect(nameOf(store)).toBe(JSON.parse(fileText('one-qubit.json')).name);
  });

  it('does not replace a document opened while it was fetched', async () => {
    const answer = handFetch();
    const store = createLabStore();
    const pending = loadPreset(store, preset('sine.json'));
    expect(store.getState().loadExperimentText(fileText('sequence.json'), 'a file')).toBe(true);
    await answer('sine.json');
    expect(await pending).toBe('superseded');
    expect(nameOf(store)).toBe(JSON.parse(fileText('sequence.json')).name);
  });
});
