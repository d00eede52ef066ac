/** The Studies view's status line in each state. */
import { describe, expect, it } from 'vitest';
import type { StudyRunView } from '../../store';
import { epochsDone, studyStatusText } from './studyStatus';

const run = (state: StudyRunView['state'], done: number): StudyRunView => ({
  job: 0, variant: 'a', kind: 'qrnn', seed: 1, parameters: 7, epochs: 20, state, attempt: 1, message: null,
  history: Array.from({ length: done }, (_, i) => ({ epoch: i + 1, trainLoss: 1, testLoss: 1, circuitExecutions: 1, shots: 1, seconds: 1 })),
});

describe('studyStatusText(input)', () => {
  const base = { planned: 6, runs: [] as StudyRunView[], workers: 1, error: null, stale: false };
  it('says what is ready, what runs, and how it ended', () => {
    expect(studyStatusText({ ...base, status: 'idle', planned: null })).toBe('Reading the study…');
    expect(studyStatusText({ ...base, status: 'idle' })).toBe('Ready: 6 runs on up to 1 worker. Results are not kept in the file or the link: Run study computes them, the same every time.');
    const runs = [run('finished', 20), run('running', 5), run('waiting', 0)];
    expect(studyStatusText({ ...base, status: 'running', runs, workers: 3 })).toBe('Running on 3 workers: 1 of 3 runs done, 25 of 60 epochs.');
    expect(studyStatusText({ ...base, status: 'done', runs: [run('finished', 20), run('failed', 0), run('stalled', 4)] })).toBe('Done: 3 runs (1 failed, 1 stopped early).');
    expect(studyStatusText({ ...base, status: 'cancelled', runs: [run('finished', 20), run('cancelled', 3)], stale: true })).toBe('Cancelled after 1 of 2 runs; the table is over the finished ones. The study was edited since: Run study again to update.');
    expect(studyStatusText({ ...base, status: 'error', error: 'The study cannot run: study: is missing.' })).toBe('The study cannot run: study: is missing.');
  });
});

describe('epochsDone(run)', () => {
  it('counts the epochs run while a run waits, runs or was cancelled, and all it planned once it ended', () => {
    expect([run('waiting', 0), run('running', 5), run('cancelled', 3)].map(epochsDone)).toEqual([0, 5, 3]);
    expect([run('finished', 20), run('diverged', 4), run('stalled', 7), run('failed', 0)].map(epochsDone)).toEqual([20, 20, 20, 20]);
  });
});
