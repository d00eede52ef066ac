/**
 * Every prompt is answered from the lab: each lesson is walked on a fresh store with the real
 * service in-thread standing in for the worker (presets loaded from `public/experiments/`,
 * the analysis asked after each change as the page does, Step and the method comparison run
 * for real), and at each prompt the answer must be measured (ready) and be one of the
 * prompt's options or a finite number. Known values of the presets are checked where the
 * command line gives them; before the lab has measured, the answer says what to do instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore, type LabStore } from '../../store';
import { createLabService } from '../../worker/labService';
import type { Answer, Lesson, LessonAction } from './lessonTypes';
import { LESSONS, lessonByName } from './lessons';
import { gateOfParam } from './measures';

const presetText = (file: string) => readFileSync(new URL(`../../../public/experiments/${file}`, import.meta.url), 'utf8');

function lab(): { store: LabStore; analyze(): Promise<void> } {
  const service = createLabService();
  const store = createLabStore();
  store.getState().attachTrainingApi(service);
  store.getState().attachTeachingApi({ explain: service.explain, compare: service.compare, cancelCompare() {} });
  return {
    store,
    async analyze() {
      const s = store.getState();
      if (s.experimentText === null) return;
      s.analysisStarted();
      const params = s.trainingStatus !== 'idle' && s.trainingReport ? s.trainingReport.params : undefined;
      store.getState().analysisReplied(await service.analyze(s.experimentText, { sequence: s.analysisSequence, params }));
    },
  };
}

/** Waits until the in-thread run has reported `epoch` epochs. */
async function epochs(store: LabStore, epoch: number): Promise<void> {
  for (let i = 0; i < 2000 && store.getState().trainingCounters.epoch < epoch; i++) await new Promise((r) => setTimeout(r, 1));
}

/** What the page does for `action`, minus the panels and tabs it opens. */
async function act(store: LabStore, action: LessonAction): Promise<void> {
  const s = store.getState();
  if (action.kind === 'load-preset') {
    await s.resetTraining();
    store.getState().loadExperimentText(presetText(action.file), action.file);
  } else if (action.kind === 'choose-param') s.chooseParam(action.param);
  else if (action.kind === 'train-step') {
    const before = s.trainingCounters.epoch;
    await s.stepTraining();
    await epochs(store, before + 1);
  } else if (action.kind === 'explain' || action.kind === 'measure-bias') {
    const gate = gateOfParam(s, action.param);
    await s.openExplain({ gate, step: action.step });
    if (action.kind === 'measure-bias') {
      store.getState().setBiasSettings({ shots: action.shots, seeds: action.seeds });
      await store.getState().measureBias();
    }
  } else if (action.kind === 'compare') {
    s.chooseParam(action.param);
    s.setCompareSettings({ shots: [1000], steps: [0.1], repeats: 4 });
    await s.runCompare();
  }
}

/** Walks `lesson`, returning each prompt's answer after its step's actions (and probe). */
async function walk(lesson: Lesson): Promise<{ title: string; answer: Answer; options: string[] | null }[]> {
  const { store, analyze } = lab();
  store.getState().loadExperimentText(presetText(lesson.preset), lesson.preset);
  store.getState().openLesson(lesson.name, lesson.steps.length);
  const answers = [];
  for (const step of lesson.steps) {
    for (const action of step.actions ?? []) await act(store, action);
    await analyze();
    const prompt = step.prompt;
    if (!prompt) continue;
    if (prompt.probe) await store.getState().probeOccurrence({ gate: gateOfParam(store.getState(), prompt.probe.param), step: prompt.probe.step }, prompt.probe.bias);
    answers.push({ title: step.title, answer: prompt.answer(store.getState()), options: prompt.input.kind === 'choice' ? prompt.input.options.map((o) => o.value) : null });
  }
  return answers;
}

describe('the lessons answered by the lab (the service in-thread)', () => {
  it.each(LESSONS.map((l) => [l.name, l] as const))('every prompt of %s gets a measured answer among its options', async (_name, lesson) => {
    for (const { title, answer, options } of await walk(lesson)) {
      expect(answer.ready, `${title}: ${answer.ready ? '' : answer.hint}`).toBe(true);
      if (!answer.ready) continue;
      if (options) expect(options, title).toContain(answer.value);
      else expect(Number.isFinite(answer.value), title).toBe(true);
    }
  });

  it('one-qubit reads the values the command line gives: ŷ = cos 0.6, dL/dθ = −0.932, θ grows', async () => {
    const answers = await walk(lessonByName('one-qubit') as Lesson);
    expect(answers.map((a) => (a.answer.ready ? a.answer.value : null))).toEqual([expect.closeTo(Math.cos(0.6), 9), 'minus', 'negative', 'larger']);
    expect(answers[2].answer.ready && answers[2].answer.text).toContain('\u22120.932');
  });

  it('spsa-vs-shift bills 14 executions for an SPSA epoch and 1,015 for a parameter-shift one, as `qrnn train` does', async () => {
    const answers = await walk(lessonByName('spsa-vs-shift') as Lesson);
    expect(answers[0].answer).toMatchObject({ value: 'tens', text: expect.stringContaining('14 circuit executions and 14,000 shots') });
    expect(answers[1].answer).toMatchObject({ value: 'thousands', text: expect.stringContaining('1,015 circuit executions') });
  });

  it('memory-beside: the QRNN\'s re-run is exact, the QLSTM\'s is wrong in the candidate memory and right in the output map, and 10 shots bias the estimate', async () => {
    const answers = await walk(lessonByName('memory-beside') as Lesson);
    expect(answers.map((a) => (a.answer.ready ? a.answer.value : a.answer.hint))).toEqual(['yes', 'no', 'yes', 'no']);
    expect(answers[1].answer.ready && answers[1].answer.text).toContain('The whole-sequence shift gives');
  });

  it('before the lab has measured, an answer says what to do: Step, or load the preset', () => {
    const { store } = lab();
    const oneQubit = lessonByName('one-qubit') as Lesson;
    const stepPrompt = oneQubit.steps[3].prompt;
    expect(stepPrompt?.answer(store.getState())).toEqual({ ready: false, hint: 'Open an experiment first.' });
    store.getState().loadExperimentText(presetText('sine.json'));
    expect(stepPrompt?.answer(store.getState())).toMatchObject({ ready: false, hint: expect.stringContaining('load one-qubit.json first') });
    store.getState().loadExperimentText(presetText('one-qubit.json'));
    expect(stepPrompt?.answer(store.getState())).toEqual({ ready: false, hint: 'Press Step to train one epoch, then reveal.' });
  });

  it('an analysis of the previous experiment is never read as the answer', async () => {
    const { store, analyze } = lab();
    store.getState().loadExperimentText(presetText('shared-gate.json'));
    await analyze();
    const modified = JSON.parse(presetText('shared-gate.json'));
    modified.name = 'Another experiment with theta';
    store.getState().loadExperimentText(JSON.stringify(modified));
    const prompt = (lessonByName('same-gate') as Lesson).steps[0].prompt;
    expect(prompt?.answer(store.getState()).ready).toBe(false);
  });
});
