/**
 * The page's worker pool with fake workers that run the real tasks in-thread: results come
 * back in task order whatever the pool size and finishing order; a worker that crashes loses
 * only its task, which is retried once in a fresh worker and then failed with the reason; a
 * silent death is noticed through the life lock; Cancel terminates every worker; the study
 * pool's runs and summary equal a direct `runStudyJob` run; the comparison split over the
 * pool equals the one-worker comparison bit for bit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { runStudyJob } from '../study/runJob';
import { studyJobs } from '../study/runs';
import { summarize } from '../study/summary';
import { compareInPool } from './comparePool';
import type { PoolTask, ToPoolWorker } from './poolProtocol';
import { runPoolTask } from './poolTasks';
import { planStudy } from './studyService';
import { runStudyInPool } from './studyPool';
import { compareExperiment } from './teaching';
import { defaultPoolSize, runPoolBatch, type PoolWorker } from './workerPool';

type Listener = (event: { data?: unknown; message?: string }) => void;

interface FakeOptions {
  /** Called with the task before it runs; return 'crash' to fire an error event, 'silent' to die without one. */
  fate?: (task: number, payload: PoolTask) => 'run' | 'crash' | 'silent';
  /** Delay of a task's reply, in ms, so tasks finish out of order. */
  delay?: (task: number) => number;
  held?: boolean;
}

/** Fake workers: each runs its task with `runPoolTask` after a timer, posting what a real one posts. */
function fakeWorkers(options: FakeOptions = {}) {
  const made: { name: string; terminated: boolean; tasks: number[] }[] = [];
  const dead = new Map<string, () => void>();
  const createWorker = (name: string): PoolWorker => {
    const record = { name, terminated: false, tasks: [] as number[] };
    made.push(record);
    const listeners = { message: [] as Listener[], error: [] as Listener[] };
    const emit = (type: 'message' | 'error', event: { data?: unknown; message?: string }) => {
      if (!record.terminated) for (const l of listeners[type]) l(event);
    };
    if (options.held) setTimeout(() => emit('message', { data: { qrnnLabSignal: 'held' } }), 0);
    return {
      addEventListener: (type: 'message' | 'error', l: Listener) => void listeners[type].push(l),
      terminate: () => { record.terminated = true; },
      postMessage: (m: ToPoolWorker) => {
        record.tasks.push(m.task);
        setTimeout(() => {
          if (record.terminated) return;
          const fate = options.fate?.(m.task, m.payload) ?? 'run';
          if (fate === 'crash') return emit('error', { message: 'out of memory' });
          if (fate === 'silent') { record.terminated = true; dead.get(name)?.(); return; }
          try {
            const value = runPoolTask(m.payload, (progress) => emit('message', { data: { qrnnPool: 'progress', task: m.task, progress } }), () => 0);
            emit('message', { data: { qrnnPool: 'done', task: m.task, value } });
          } catch (error) {
            emit('message', { data: { qrnnPool: 'failed', task: m.task, message: (error as Error).message } });
          }
        }, options.delay?.(m.task) ?? 0);
      },
    } as PoolWorker;
  };
  /** Web Locks whose request for a worker's name is granted when that fake dies silently. */
  const locks = { request: (name: string, grant: () => unknown) => { dead.set(name, () => void grant()); return Promise.resolve(); } } as unknown as Pick<LockManager, 'request'>;
  return { made, createWorker, locks };
}

const preset = (file: string) => readFileSync(new URL(`../../public/experiments/${file}`, import.meta.url), 'utf8');

/** A small study: the sine preset, 2 epochs, two variants over two seeds and a linear baseline. */
function smallStudy(): string {
  const sine = JSON.parse(preset('sine.json'));
  return JSON.stringify({
    ...sine,
    training: { ...sine.training, epochs: 2 },
    study: {
      variants: [{ name: 'as is', set: {} }, { name: 'sgd', set: { 'training.optimizer': { kind: 'sgd', learningRate: 0.1 } } }],
      seeds: [1, 2],
      baselines: [{ kind: 'linear', lags: 2 }],
    },
  });
}

function directRuns(text: string) {
  const parsed = parseExperimentText(text);
  if (!parsed.ok || !parsed.experiment.study) throw new Error('bad study');
  return studyJobs(parsed.experiment, parsed.experiment.study).map((job) => runStudyJob(job, () => 0));
}

function plan(text: string) {
  const reply = planStudy(text);
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return reply.jobs;
}

describe('defaultPoolSize(cores)', () => {
  it('leaves one core to the page, and has at least one worker', () => {
    expect([defaultPoolSize(8), defaultPoolSize(2), defaultPoolSize(1), defaultPoolSize(undefined)]).toEqual([7, 1, 1, 1]);
  });
});

describe('runStudyInPool(text, jobs)', () => {
  const text = smallStudy();
  const expected = directRuns(text);

  it.each([1, 2, 3])('gives every run in job order, equal to a direct run, on %i workers, with each epoch reported', async (size) => {
    const fakes = fakeWorkers({ delay: (task) => (task % 2 === 0 ? 6 : 1) });
    const epochs: string[] = [];
    const done: number[] = [];
    const run = runStudyInPool(text, plan(text), { epoch: (job, e) => epochs.push(`${job}:${e.epoch}`), done: (job) => done.push(job) }, { size, createWorker: fakes.createWorker, locks: null });
    const outcome = await run.outcome;
    expect(outcome.runs).toEqual(expected);
    expect(outcome.summary).toEqual(summarize(expected));
    expect(fakes.made).toHaveLength(size);
    expect(epochs.sort()).toEqual(['0:1', '0:2', '1:1', '1:2', '2:1', '2:2', '3:1', '3:2', '4:1', '4:2', '5:1', '5:2']);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fakes.made.every((w) => w.terminated)).toBe(true);
  });

  it('retries a run whose worker crashed once, in a fresh worker, and gives the same result', async () => {
    let crashes = 0;
    const fakes = fakeWorkers({ fate: (task) => (task === 2 && crashes++ === 0 ? 'crash' : 'run') });
    const outcome = await runStudyInPool(text, plan(text), {}, { size: 2, createWorker: fakes.createWorker, locks: null }).outcome;
    expect(outcome.runs).toEqual(expected);
    expect(fakes.made).toHaveLength(3);
  });

  it('marks a run failed with the reason when its worker crashes twice, and runs the others', async () => {
    const fakes = fakeWorkers({ fate: (task) => (task === 1 ? 'crash' : 'run') });
    const started: string[] = [];
    const outcome = await runStudyInPool(text, plan(text), { started: (job, attempt) => started.push(`${job}/${attempt}`) }, { size: 2, createWorker: fakes.createWorker, locks: null }).outcome;
    expect(outcome.runs[1]).toEqual({ variant: 'as is', kind: 'qrnn', seed: 2, parameters: expected[1].parameters, history: [], status: 'failed', message: 'the worker crashed: out of memory' });
    expect(outcome.runs.filter((_, i) => i !== 1)).toEqual(expected.filter((_, i) => i !== 1));
    expect(started.filter((s) => s.startsWith('1/'))).toEqual(['1/1', '1/2']);
    expect(outcome.summary[0].finalTrainLoss.mean).toBe(expected[0].history[1].trainLoss);
  });

  it('notices a worker that died without an event through its life lock', async () => {
    let deaths = 0;
    const fakes = fakeWorkers({ held: true, fate: (task) => (task === 0 && deaths++ === 0 ? 'silent' : 'run') });
    const outcome = await runStudyInPool(text, plan(text), {}, { size: 1, createWorker: fakes.createWorker, locks: fakes.locks }).outcome;
    expect(outcome.runs).toEqual(expected);
    expect(fakes.made).toHaveLength(2);
  });

  it('Cancel terminates every worker and rejects with a CancelledError', async () => {
    const fakes = fakeWorkers({ delay: () => 20 });
    const run = runStudyInPool(text, plan(text), {}, { size: 2, createWorker: fakes.createWorker, locks: null });
    await new Promise((r) => setTimeout(r, 5));
    expect(run.cancel()).toBeNull();
    await expect(run.outcome).rejects.toMatchObject({ name: 'CancelledError' });
    expect(fakes.made.every((w) => w.terminated)).toBe(true);
    expect(run.cancel()).toBeNull();
  });

  it('Cancel gives the runs that had ended, with their summary', async () => {
    const fakes = fakeWorkers({ delay: (task) => (task === 0 ? 0 : 200) });
    const ended: number[] = [];
    const run = runStudyInPool(text, plan(text), { done: (job) => ended.push(job) }, { size: 2, createWorker: fakes.createWorker, locks: null });
    for (let i = 0; i < 100 && ended.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const partial = run.cancel();
    expect(partial).toEqual({ runs: [expected[0]], summary: summarize([expected[0]]) });
    await expect(run.outcome).rejects.toMatchObject({ name: 'CancelledError' });
  });
});

describe('runPoolBatch(tasks)', () => {
  it('resolves at once with no tasks', async () => {
    const fakes = fakeWorkers();
    await expect(runPoolBatch([], { size: 2, createWorker: fakes.createWorker, locks: null }).results).resolves.toEqual([]);
    expect(fakes.made).toHaveLength(0);
  });

  it('fails a task that throws twice, with its message', async () => {
    const fakes = fakeWorkers();
    const outcomes = await runPoolBatch([{ kind: 'study-run', fileText: '{', job: 0 }], { size: 1, createWorker: fakes.createWorker, locks: null }).results;
    expect(outcomes[0]).toMatchObject({ ok: false, message: expect.stringMatching(/^the study file was refused/) });
  });
});

describe('compareInPool(text, options)', () => {
  const sine = preset('sine.json');
  const options = { param: 'a', shots: [100, 1000], steps: [0.1], repeats: 5, seed: 3 };

  it('equals the one-worker comparison, points in order, whatever order the configurations finish in', async () => {
    const fakes = fakeWorkers({ delay: (task) => 8 - task });
    const progress: number[] = [];
    const pooled = await compareInPool(sine, options, (done) => progress.push(done), { size: 3, createWorker: fakes.createWorker, locks: null }).reply;
    const single = compareExperiment(sine, options, 'worker');
    expect(pooled).toEqual(single);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('passes on the refusal of bad settings, naming the field', async () => {
    const fakes = fakeWorkers();
    const reply = await compareInPool(sine, { ...options, repeats: 1 }, undefined, { size: 2, createWorker: fakes.createWorker, locks: null }).reply;
    expect(reply).toMatchObject({ ok: false, errors: [{ path: 'repeats' }] });
  });
});
