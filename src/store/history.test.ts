/**
 * History tests on a fresh `createLabStore()`: commits are recorded as canonical text, undo
 * and redo parse the chosen entry back, a new commit drops the redo branch, previews and
 * refused edits are never recorded, the history is bounded, and loading a preset is a
 * commit of a new document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../model/types';
import { MAX_REVISIONS } from './historySlice';
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
