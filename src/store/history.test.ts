/**
 * History tests on a fresh `createLabStore()`: commits are recorded as canonical text, undo
 * and redo parse the chosen entry back, a new commit drops the redo branch, previews and
 * refused edits are never recorded, the history is bounded, and loading a preset is a
 * commit of a new document. Entries share their data: twenty edits of a model with a 1 MB
 * CSV keep the CSV once, and every entry gives its text back exactly.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { serializeExperiment } from '../model/serialize';
import type { Experiment } from '../model/types';
import { MAX_REVISIONS, revisionText } from './historySlice';
import { createLabStore, type LabStore } from './index';
import { selectCanRedo, selectCanUndo } from './selectors';

const read = (file: string) => readFileSync(new URL(`../../public/experiments/${file}`, import.meta.url), 'utf8');
const sine = read('sine.json');
const oneQubit = read('one-qubit.json');

function opened(): LabStore {
  const store = createLabStore();
  store.getState().loadExperimentText(sine, 'sine.json');
  return store;
}

const current = (store: LabStore) => store.getState().experiment as Experiment;
const withA = (e: Experiment, a: number): Experiment => ({ ...e, params: { ...e.params, a } });

describe('commitExperiment, undo and redo', () => {
  it('records each commit as canonical text, and undo/redo parse the entries back', () => {
    const store = opened();
    const first = store.getState().experimentText;
    expect(store.getState().commitExperiment(withA(current(store), 1))).toEqual({ ok: true, changed: true });
    store.getState().commitExperiment(withA(current(store), 2));
    expect(store.getState().revisions).toHaveLength(3);
    expect(store.getState().undo()).toBe(true);
    expect(current(store).params.a).toBe(1);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().experimentText).toBe(first);
    expect(store.getState().undo()).toBe(false);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(store.getState().redo()).toBe(true);
    expect(current(store).params.a).toBe(1);
    expect(selectCanRedo(store.getState())).toBe(true);
  });

  it('a commit after undo drops the redo branch', () => {
    const store = opened();
    store.getState().commitExperiment(withA(current(store), 1));
    store.getState().undo();
    store.getState().commitExperiment(withA(current(store), 5));
    expect(selectCanRedo(store.getState())).toBe(false);
    expect(store.getState().redo()).toBe(false);
    expect(current(store).params.a).toBe(5);
  });

  it('a refused commit changes nothing and returns the parser message', () => {
    const store = opened();
    const before = store.getState().experiment;
    const broken = { ...current(store), model: { ...current(store).model, dataQubits: 0 } };
    const result = store.getState().commitExperiment(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Must be at least 1: with recurrence 'measure-reset' .* \(model\.dataQubits\)\.$/);
    expect(store.getState().experiment).toBe(before);
    expect(store.getState().revisions).toHaveLength(1);
  });

  it('a commit that changes nothing is not recorded', () => {
    const store = opened();
    expect(store.getState().commitExperiment({ ...current(store) })).toEqual({ ok: true, changed: false });
    expect(store.getState().revisions).toHaveLength(1);
  });

  it(`keeps at most ${MAX_REVISIONS} entries, dropping the oldest`, () => {
    const store = opened();
    for (let i = 1; i <= MAX_REVISIONS + 5; i++) store.getState().commitExperiment(withA(current(store), i));
    expect(store.getState().revisions).toHaveLength(MAX_REVISIONS);
    let undone = 0;
    while (store.getState().undo()) undone++;
    expect(undone).toBe(MAX_REVISIONS - 1);
    expect(current(store).params.a).toBe(6);
  });
});

describe('previewExperiment', () => {
  it('shows a would-be experiment without committing, simulating or recording it', () => {
    const store = opened();
    const texts: (string | null)[] = [];
    store.subscribe((s, p) => s.experimentText !== p.experimentText && texts.push(s.experimentText));
    const before = store.getState().experiment;
    store.getState().previewExperiment(withA(current(store), 9), { gate: 1, column: 2 });
    const preview = store.getState().preview;
    expect(preview).toMatchObject({ refusal: null, gate: 1, column: 2 });
    expect(preview?.experiment.params.a).toBe(9);
    expect(store.getState().experiment).toBe(before);
    expect(store.getState().revisions).toHaveLength(1);
    expect(texts).toEqual([]);
    store.getState().previewExperiment(null);
    expect(store.getState().preview).toBeNull();
  });

  it('says why a previewed experiment would be refused, and a commit clears the preview', () => {
    const store = opened();
    const e = current(store);
    store.getState().previewExperiment({ ...e, model: { ...e.model, cell: [{ gate: 'CNOT', wires: [1, 1] }] } });
    expect(store.getState().preview?.refusal).toBe('The two wires of CNOT must differ, both are 1 (model.cell[0].wires).');
    store.getState().commitExperiment(withA(e, 3));
    expect(store.getState().preview).toBeNull();
  });
});

describe('loading as a commit', () => {
  it('a loaded preset is a new document; undo steps back to the old one and its documentId', () => {
    const store = opened();
    store.getState().commitExperiment(withA(current(store), 1));
    const sineDocument = store.getState().documentId;
    store.getState().loadExperimentText(oneQubit, 'one-qubit.json');
    expect(store.getState().documentId).toBe(sineDocument + 1);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().experiment?.name).toBe('Sine prediction, 1 data + 2 hidden');
    expect(store.getState().documentId).toBe(sineDocument);
    store.getState().undo();
    expect(store.getState().documentId).toBe(sineDocument);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().experiment?.name).toBe('One qubit, one parameter');
    expect(store.getState().documentId).toBe(sineDocument + 1);
  });

  it('a refused load is not recorded', () => {
    const store = opened();
    store.getState().loadExperimentText('{ nope', 'pasted text');
    expect(store.getState().revisions).toHaveLength(1);
  });
});

/** The sine preset reading its series from a CSV of about `chars` characters (two columns, quotes in the header). */
function csvExperiment(chars: number): string {
  const rows = Array.from({ length: Math.ceil(chars / 16) }, (_, t) => `${t},${Math.sin(t / 7).toFixed(8)}`);
  const csv = `"time","value, in ""units"""\n${rows.join('\n')}\n`;
  const e = JSON.parse(sine) as Experiment;
  return serializeExperiment({ ...e, data: { kind: 'csv', text: csv, column: 1, window: 12, horizon: 1, split: 0.75, normalize: 'minmax' } });
}

/** Characters the history holds, counting a string that several entries hold once. */
function retainedChars(store: LabStore): number {
  const strings = new Set(store.getState().revisions.flatMap((r) => [r.head, r.data, r.tail]));
  return [...strings].reduce((sum, s) => sum + s.length, 0);
}

/** Loads `text` and commits `edits` edits of parameter `a`; returns the canonical text after each step, the load's first. */
function edited(store: LabStore, text: string, edits: number): string[] {
  expect(store.getState().loadExperimentText(text, 'wide.json')).toBe(true);
  const texts = [store.getState().experimentText as string];
  for (let i = 1; i <= edits; i++) {
    expect(store.getState().commitExperiment(withA(current(store), i / 100))).toEqual({ ok: true, changed: true });
    texts.push(store.getState().experimentText as string);
  }
  return texts;
}

describe('entries share their data', () => {
  it('twenty edits of a model with a 1 MB CSV keep about 1 MB, not 21', () => {
    const text = csvExperiment(1_000_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const store = createLabStore();
    edited(store, text, 20);
    expect(store.getState().revisions).toHaveLength(21);
    expect(retainedChars(store)).toBeLessThan(1_200_000);
  });

  it('undo and redo over every entry give back exactly the text that was committed', () => {
    const store = opened();
    const texts = [store.getState().experimentText, ...edited(store, csvExperiment(50_000), 5)];
    store.getState().commitExperiment({ ...current(store), data: (JSON.parse(sine) as Experiment).data });
    texts.push(store.getState().experimentText);
    expect(store.getState().revisions.map(revisionText)).toEqual(texts);
    for (let i = texts.length - 2; i >= 0; i--) {
      expect(store.getState().undo()).toBe(true);
      expect(store.getState().experimentText).toBe(texts[i]);
      expect(serializeExperiment(current(store))).toBe(texts[i]);
    }
    for (let i = 1; i < texts.length; i++) {
      expect(store.getState().redo()).toBe(true);
      expect(store.getState().experimentText).toBe(texts[i]);
    }
  });

  it('every preset, and a text that is not canonical, is recorded and given back exactly', () => {
    const store = createLabStore();
    const files = ['sine.json', 'one-qubit.json', 'lorenz.json', 'sequence.json', 'long-sequence.json', 'reservoir.json'];
    const texts = files.map((file) => {
      store.getState().loadExperimentText(read(file), file);
      return store.getState().experimentText;
    });
    store.getState().recordRevision('not an experiment\n  "data": {', 99);
    expect(store.getState().revisions.map(revisionText)).toEqual([...texts, 'not an experiment\n  "data": {']);
  });

  it('holds the CSV once in memory, not a copy per entry', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const text = csvExperiment(5_000_000);
    const store = createLabStore();
    store.getState().loadExperimentText(text, 'wide.json');
    const loaded = heap();
    edited(store, text, 20);
    // A copy of the CSV is 5 MB: twenty would be 100 MB.
    expect(heap() - loaded).toBeLessThan(20_000_000);
  });
});
