/// <reference types="vite/client" />
/**
 * Following the classroom flags on a fresh store: a link's `lesson=NAME` opens that lesson
 * (over the experiment the link carries) and its steps are counted; an unknown name is
 * recorded, not opened; flags without `lesson=` (Back to an earlier link) close it; a lesson
 * opened from the menu loads its preset through `fetch`. (The reference above types
 * `import.meta.env`, which the preset loader reads.)
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../../store';
import { connectLessons, startLesson } from './connectLessons';
import { lessonByName } from './lessons';

afterEach(() => vi.unstubAllGlobals());

describe('connectLessons(store)', () => {
  it('opens the lesson the flags name, already set or set later, without loading anything', () => {
    const store = createLabStore();
    store.getState().setClassroomFlags({ lesson: 'same-gate', lock: ['cell'] });
    const stop = connectLessons(store);
    expect(store.getState()).toMatchObject({ lessonName: 'same-gate', lessonStepCount: lessonByName('same-gate')?.steps.length, experiment: null });
    store.getState().setClassroomFlags({ lesson: 'one-qubit' });
    expect(store.getState().lessonName).toBe('one-qubit');
    stop();
    store.getState().setClassroomFlags({ lesson: 'same-gate' });
    expect(store.getState().lessonName).toBe('one-qubit');
  });

  it('records an unknown name for the panel and closes on flags without lesson=', () => {
    const store = createLabStore();
    connectLessons(store);
    store.getState().setClassroomFlags({ lesson: 'shift-rulez' });
    expect(store.getState()).toMatchObject({ lessonName: null, lessonUnknown: 'shift-rulez' });
    store.getState().setClassroomFlags({ lesson: 'one-qubit' });
    expect(store.getState()).toMatchObject({ lessonName: 'one-qubit', lessonUnknown: null });
    store.getState().setClassroomFlags({ hide: ['palette'] });
    expect(store.getState()).toMatchObject({ lessonName: null, lessonUnknown: null });
  });

  it('closing the lesson drops lesson= from the flags and leaves it closed', () => {
    const store = createLabStore();
    connectLessons(store);
    store.getState().setClassroomFlags({ lesson: 'one-qubit', hide: ['plots'] });
    store.getState().closeLesson();
    expect(store.getState().classroomFlags).toEqual({ hide: ['plots'] });
    expect(store.getState().lessonName).toBeNull();
  });
});

describe('startLesson(store, name)', () => {
  it('opens the lesson and loads its preset, so the lab shows the lesson’s experiment', async () => {
    const text = readFileSync(new URL('../../../public/experiments/one-qubit.json', import.meta.url), 'utf8');
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(text));
    });
    const store = createLabStore();
    await startLesson(store, 'one-qubit');
    expect(fetched).toEqual(['/experiments/one-qubit.json']);
    expect(store.getState()).toMatchObject({ lessonName: 'one-qubit', classroomFlags: { lesson: 'one-qubit' } });
    expect(store.getState().experiment?.name).toBe(lessonByName('one-qubit')?.experimentName);
  });
});
