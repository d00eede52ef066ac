/**
 * The study slice on a fresh store with the real plan (in-thread) and a scripted pool: a new
 * document with a study opens the view on its axis; Run plans, files epochs in batches
 * (untouched runs keep their identity) and the outcome; Cancel keeps the finished runs and
 * summarises them; study edits go through the parser (a refusal names the field and changes
 * nothing) and into the document; the connector follows documents and edits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectStudy } from '../app/connectStudy';
import { summarize } from '../worker/studyPool';
import { planStudy } from '../worker/studyService';
import type { StudyEpoch, StudyOutcome, StudyRunResult } from '../worker/protocol';
import { createLabStore, type StudyApi } from './index';

const preset = (file: string) => readFileSync(new URL(`../../public/experiments/${file}`, import.meta.url), 'utf8');

type Listener = Parameters<StudyApi['run']>[2];

function scriptedApi() {
  const runs: { jobs: number; listener: Listener; finish(outcome: StudyOutcome): void; cancelled: boolean; ended: StudyRunResult[] }[] = [];
  let plans = 0;
  const api: StudyApi = {
    plan: async (text) => { plans++; return planStudy(text); },
    run(_text, jobs, listener) {
      let finish!: (o: StudyOutcome) => void;
      let fail!: (e: Error) => void;
      const outcome = new Promise<StudyOutcome>((yes, no) => { finish = yes; fail = no; });
      const ended: StudyRunResult[] = [];
      const entry = { jobs: jobs.length, listener, finish, cancelled: false, ended };
      runs.push(entry);
      return {
        outcome,
        cancel: () => {
          entry.cancelled = true;
          const e = new Error('cancelled');
          e.name = 'CancelledError';
          fail(e);
          return entry.ended.length > 0 ? { runs: entry.ended, summary: summarize(entry.ended) } : null;
        },
      };
    },
  };
  return { api, runs, plans: () => plans };
}

const epoch = (n: number, loss: number): StudyEpoch => ({ epoch: n, trainLoss: loss, testLoss: loss * 2, circuitExecutions: 10, shots: 1000, seconds: n });
const result = (variant: string, seed: number, losses: number[]): StudyRunResult => ({ variant, kind: 'qrnn', seed, parameters: 7, history: losses.map((l, i) => epoch(i + 1, l)), status: 'finished' });
const until = async (ok: () => boolean) => { for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10)); expect(ok()).toBe(true); };

describe('the study slice', () => {
  it('opens a document with a study on its axis, and leaves one without a study closed', () => {
    const store = createLabStore();
    const { api } = scriptedApi();
    connectStudy(store, api, 0);
    store.getState().loadExperimentText(preset('sine.json'));
    expect(store.getState().studyOpen).toBe(false);
    store.getState().loadExperimentText(preset('study-spsa-vs-shift.json'));
    expect(store.getState()).toMatchObject({ studyOpen: true, studyAxis: 'shots', studyStatus: 'idle' });
    store.getState().loadExperimentText(preset('study-quantum-vs-classical.json'));
    expect(store.getState().studyAxis).toBe('epochs');
  });

  it('plans, runs, files epochs in batches and the outcome; Cancel of a later run keeps its finished runs', async () => {
    const store = createLabStore();
    const { api, runs } = scriptedApi();
    connectStudy(store, api, 0);
    store.getState().loadExperimentText(preset('study-spsa-vs-shift.json'));
    await until(() => store.getState().studyPlan !== null);
    expect(store.getState().studyPlan?.map((j) => `${j.variant}@${j.seed}:${j.parameters}/${j.epochs}`)).toEqual([
      'parameter-shift, 1000 shots@1:7/20', 'parameter-shift, 1000 shots@2:7/20', 'parameter-shift, 1000 shots@3:7/20',
      'SPSA, 1000 shots@1:7/20', 'SPSA, 1000 shots@2:7/20', 'SPSA, 1000 shots@3:7/20',
    ]);
    const running = store.getState().runStudy();
    await until(() => runs.length === 1);
    expect(store.getState().studyRuns.map((r) => r.state)).toEqual(Array(6).fill('waiting'));
    const untouched = store.getState().studyRuns[5];
    const { listener } = runs[0];
    listener.started(0, 1);
    listener.epoch(0, epoch(1, 0.5));
    listener.epoch(0, epoch(2, 0.25));
    expect(store.getState().studyRuns[0].history).toHaveLength(0);
    await until(() => store.getState().studyRuns[0].history.length === 2);
    expect(store.getState().studyRuns[0].state).toBe('running');
    expect(store.getState().studyRuns[5]).toBe(untouched);
    const all = [1, 2, 3].map((s) => result('parameter-shift, 1000 shots', s, [0.5, 0.25])).concat([1, 2, 3].map((s) => result('SPSA, 1000 shots', s, [0.4])));
    all.forEach((r, job) => listener.done(job, r));
    runs[0].finish({ runs: all, summary: summarize(all) });
    await running;
    expect(store.getState().studyStatus).toBe('done');
    expect(store.getState().studyOutcome?.summary).toEqual(summarize(all));
    expect(store.getState().studyRuns.map((r) => r.state)).toEqual(Array(6).fill('finished'));
    expect(store.getState().studyResultText).toBe(store.getState().experimentText);

    const again = store.getState().runStudy();
    await until(() => runs.length === 2);
    runs[1].listener.started(0, 1);
    runs[1].listener.done(0, all[0]);
    runs[1].ended.push(all[0]);
    runs[1].listener.started(1, 1);
    store.getState().cancelStudy();
    await again;
    expect(runs[1].cancelled).toBe(true);
    expect(store.getState().studyStatus).toBe('cancelled');
    expect(store.getState().studyRuns.map((r) => r.state)).toEqual(['finished', 'cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(store.getState().studyOutcome?.summary).toEqual(summarize([all[0]]));
  });

  it('commits a study edit through the parser, and refuses a bad one by name, leaving the experiment as it was', () => {
    const store = createLabStore();
    store.getState().loadExperimentText(preset('sine.json'));
    const before = store.getState().experimentText;
    const bad = store.getState().commitStudy({ variants: [{ name: 'bad', set: { 'training.epochs': -1 } }], seeds: [1] });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('study.variants[0].set') });
    expect(store.getState().experimentText).toBe(before);
    const good = store.getState().commitStudy({ variants: [{ name: 'as is', set: {} }], seeds: [1, 2] });
    expect(good).toEqual({ ok: true, changed: true });
    expect(store.getState().experiment?.study?.seeds).toEqual([1, 2]);
    expect(store.getState().commitStudy(null)).toEqual({ ok: true, changed: true });
    expect(store.getState().experiment?.study).toBeUndefined();
  });
});
