/**
 * The lesson slice on a fresh store: opening names the lesson in the classroom flags (so the
 * next link reopens it) and closing drops it, keeping the other flags; steps are clamped; a
 * changed prediction hides its answer again and nothing is revealed without a prediction; an
 * unknown name is recorded for the panel; the probe asks the worker with the analysis'
 * sequence and files the reply, and a probe superseded or made moot by closing never lands.
 * The real service answers the probe in-thread in the last test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabService } from '../worker/labService';
import type { ExplainReply } from '../worker/protocol';
import { createLabStore, type TeachingApi } from './index';

const sharedGate = readFileSync(new URL('../../public/experiments/shared-gate.json', import.meta.url), 'utf8');

/** A teaching API whose explain replies wait for the test. */
function heldExplain() {
  const asked: unknown[] = [];
  const replies: ((reply: ExplainReply) => void)[] = [];
  const api: TeachingApi = {
    explain(_text, options) {
      asked.push(options);
      return new Promise((resolve) => replies.push(resolve));
    },
    compare: () => Promise.reject(new Error('not used')),
    cancelCompare() {},
  };
  return { api, asked, replies };
}

describe('the lesson slice', () => {
  it('openLesson(name, 4) opens step 0 and writes lesson= into the flags; closeLesson() drops it and keeps hide= and lock=', () => {
    const store = createLabStore();
    store.getState().setClassroomFlags({ hide: ['palette'], lock: ['cell'] });
    store.getState().openLesson('same-gate', 4);
    expect(store.getState()).toMatchObject({ lessonName: 'same-gate', lessonStep: 0, lessonStepCount: 4, lessonUnknown: null });
    expect(store.getState().classroomFlags).toEqual({ hide: ['palette'], lock: ['cell'], lesson: 'same-gate' });
    store.getState().closeLesson();
    expect(store.getState().lessonName).toBeNull();
    expect(store.getState().classroomFlags).toEqual({ hide: ['palette'], lock: ['cell'] });
  });

  it('goToLessonStep(k) clamps k to the steps there are, and does nothing without a lesson', () => {
    const store = createLabStore();
    store.getState().goToLessonStep(2);
    expect(store.getState().lessonStep).toBe(0);
    store.getState().openLesson('one-qubit', 3);
    store.getState().goToLessonStep(2);
    expect(store.getState().lessonStep).toBe(2);
    store.getState().goToLessonStep(7);
    expect(store.getState().lessonStep).toBe(2);
    store.getState().goToLessonStep(-1);
    expect(store.getState().lessonStep).toBe(0);
  });

  it('reveal(step) needs a prediction; predicting again hides the answer until the next reveal', () => {
    const store = createLabStore();
    store.getState().openLesson('one-qubit', 3);
    store.getState().reveal(1);
    expect(store.getState().lessonRevealed).toEqual([]);
    store.getState().predict(1, 'negative');
    store.getState().reveal(1);
    expect(store.getState().lessonRevealed).toEqual([1]);
    store.getState().predict(1, 'negative');
    expect(store.getState().lessonRevealed).toEqual([1]);
    store.getState().predict(1, 'positive');
    expect(store.getState().lessonRevealed).toEqual([]);
    expect(store.getState().lessonPredictions).toEqual({ 1: 'positive' });
  });

  it('refuseLesson(name) records the unknown name without opening anything; a lesson opened afterwards clears it', () => {
    const store = createLabStore();
    store.getState().refuseLesson('no-such-lesson');
    expect(store.getState()).toMatchObject({ lessonName: null, lessonUnknown: 'no-such-lesson' });
    store.getState().openLesson('one-qubit', 3);
    expect(store.getState().lessonUnknown).toBeNull();
  });

  it('opening a lesson starts it afresh: predictions, reveals and the probe of the previous one are gone', () => {
    const store = createLabStore();
    store.getState().openLesson('one-qubit', 3);
    store.getState().predict(0, '0.8');
    store.getState().reveal(0);
    store.getState().openLesson('same-gate', 4);
    expect(store.getState()).toMatchObject({ lessonPredictions: {}, lessonRevealed: [], lessonProbe: null, lessonStep: 0 });
  });

  it('probeOccurrence(at) asks explain with the analysis sequence and the mistake, and drops a reply that arrives after closeLesson()', async () => {
    const { api, asked, replies } = heldExplain();
    const store = createLabStore();
    store.getState().loadExperimentText(sharedGate);
    store.getState().attachTeachingApi(api);
    store.getState().openLesson('measure-reset', 4);
    const probing = store.getState().probeOccurrence({ gate: 2, step: 1 });
    expect(asked).toEqual([{ gate: 2, step: 1, sequence: 0, params: undefined, withMistake: true }]);
    expect(store.getState().lessonProbe?.status).toBe('running');
    store.getState().closeLesson();
    replies[0]({ ok: false, errors: [{ path: 'gate', message: 'late' }] });
    await probing;
    expect(store.getState().lessonProbe).toBeNull();
  });

  it('probeOccurrence(at) without a worker says so in words', async () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sharedGate);
    await store.getState().probeOccurrence({ gate: 2, step: 0 });
    expect(store.getState().lessonProbe).toMatchObject({ status: 'error', error: 'The computation worker is not connected.' });
  });

  it('probeOccurrence(at) through the real service files every occurrence of theta with its parameter-shift contribution', async () => {
    const service = createLabService();
    const store = createLabStore();
    store.getState().loadExperimentText(sharedGate);
    store.getState().attachTeachingApi({ explain: (text, options) => service.explain(text, options), compare: () => Promise.reject(new Error('not used')), cancelCompare() {} });
    await store.getState().probeOccurrence({ gate: 2, step: 1 });
    const probe = store.getState().lessonProbe;
    expect(probe?.status).toBe('done');
    expect(probe?.result?.occurrences.map((o) => o.step)).toEqual([0, 1, 2, 3]);
    expect(Math.abs((probe?.result?.sum ?? 0) - (probe?.result?.adjoint ?? 1))).toBeLessThan(1e-9);
  });
});
