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

  // The earlier choice's fetch answering last, then first: the later choice is loaded either way.
  for (const order of [['one-qubit.json', 'sine.json'], ['sine.json', 'one-qubit.json']]) {
    it(`loads the preset chosen last when ${order[0]} answers first`, async () => {
      const answer = handFetch();
      const store = createLabStore();
      const earlier = loadPreset(store, preset('sine.json'));
      const later = loadPreset(store, preset('one-qubit.json'));
      for (const file of order) await answer(file);
      expect(await earlier).toBe('superseded');
      expect(await later).toBe('loaded');
      expect(nameOf(store)).toBe(JSON.parse(fileText('one-qubit.json')).name);
    });
  }

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
