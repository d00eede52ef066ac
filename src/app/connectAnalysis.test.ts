/**
 * `connectAnalysis(store, api)`: a burst of edits costs one analysis, nothing is asked while
 * a run is running, the run's parameters are used once it stops, and a stale reply never
 * overwrites a newer one. The worker API is scripted; the debounce is shortened.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../store';
import type { AnalysisReply, AnalyzeOptions, TrainingProgress } from '../worker/protocol';
import { connectAnalysis } from './connectAnalysis';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const refusal = (message: string): AnalysisReply => ({ ok: false, errors: [{ path: '', message }] });

describe('connectAnalysis(store, api)', () => {
  it('asks once after a burst of edits, with the chosen sequence', async () => {
    const store = createLabStore();
    const analyze = vi.fn(async (_text: string, _options?: AnalyzeOptions) => refusal('scripted'));
    const stop = connectAnalysis(store, { analyze }, { debounceMs: 5 });
    store.getState().loadExperimentText(sine);
    store.getState().chooseAnalysisSequence(2);
    await wait(30);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0][1]).toEqual({ sequence: 2, params: undefined, contributions: 'auto' });
    stop();
  });

  it('asks nothing while a run is running, then asks with the run\'s parameters when it pauses', async () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sine);
    store.setState({ trainingStatus: 'running', trainingReport: { params: { a: 1.5 } } as unknown as TrainingProgress });
    const analyze = vi.fn(async () => refusal('scripted'));
    const stop = connectAnalysis(store, { analyze }, { debounceMs: 5 });
    await wait(30);
    expect(analyze).not.toHaveBeenCalled();
    store.setState({ trainingStatus: 'paused' });
    await wait(30);
    expect(analyze).toHaveBeenCalledWith(expect.any(String), { sequence: 0, params: { a: 1.5 }, contributions: 'auto' });
    stop();
  });

  it('asks again with the file\'s parameters when Reset ends a paused run', async () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sine);
    store.setState({ trainingStatus: 'paused', trainingReport: { params: { a: 1.5 } } as unknown as TrainingProgress });
    const analyze = vi.fn(async (_text: string, _options?: AnalyzeOptions) => refusal('scripted'));
    const stop = connectAnalysis(store, { analyze }, { debounceMs: 5 });
    await wait(30);
    analyze.mockClear();
    store.setState({ trainingStatus: 'idle' });
    await wait(30);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0][1]).toEqual({ sequence: 0, params: undefined, contributions: 'auto' });
    stop();
  });

  it('asks for exact contributions when the user does, and defers them again after an edit', async () => {
    const store = createLabStore();
    const analyze = vi.fn(async (_text: string, _options?: AnalyzeOptions) => refusal('scripted'));
    const stop = connectAnalysis(store, { analyze }, { debounceMs: 5 });
    store.getState().loadExperimentText(sine);
    await wait(30);
    store.getState().computeExactContributions();
    await wait(30);
    expect(analyze.mock.calls.map((c) => c[1]?.contributions)).toEqual(['auto', 'exact']);
    store.getState().loadExperimentText(sine.replace('"Sine prediction', '"Sine, edited'));
    await wait(30);
    expect(analyze.mock.calls.map((c) => c[1]?.contributions)).toEqual(['auto', 'exact', 'auto']);
    stop();
  });

  it('files only the newest request\'s reply', async () => {
    const store = createLabStore();
    const replies: ((r: AnalysisReply) => void)[] = [];
    const analyze = () => new Promise<AnalysisReply>((resolve) => replies.push(resolve));
    const stop = connectAnalysis(store, { analyze }, { debounceMs: 1 });
    store.getState().loadExperimentText(sine);
    await wait(15);
    store.getState().chooseAnalysisSequence(1);
    await wait(15);
    expect(replies).toHaveLength(2);
    replies[1](refusal('newer'));
    replies[0](refusal('older'));
    await wait(1);
    expect(store.getState().analysisError).toBe('The analysis was refused: newer.');
    stop();
  });
});
