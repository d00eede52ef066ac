/**
 * The analysis and view slices on a fresh `createLabStore()`: an analysis reply is filed or
 * refused in words; the selectors read the live training report while a run is running and
 * the analysis otherwise; the chosen parameter falls back to the first circuit parameter;
 * the view's step and zoom are kept in range.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisSuccess, ContributionTable, TrainingProgress } from '../worker/protocol';
import { selectChosenParam, selectContributions, selectContributionSource, selectGradient, selectIsLive, selectTimelineSteps } from './analysisSelectors';
import { createLabStore, ZOOM_LIMITS } from './index';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');

const table = (names: string[]): ContributionTable => ({
  names, param: Uint16Array.from([0]), gate: Uint16Array.from([1]), step: Uint32Array.from([0]), contribution: Float64Array.from([0.5]),
});

const analysis: AnalysisSuccess = {
  ok: true, experimentName: 'sine', sequence: 0, sequences: 4, steps: 2, inputs: [[0], [1]], targets: [null, [0.5]], washout: 0,
  outputCount: 1, outputs: Float64Array.from([0, 0.1]), loss: 0.16, gradient: { b: 0.5 }, occurrences: table(['b']), headParams: [], unreachable: [],
  hiddenQubits: 1, bloch: new Float64Array(6), memory: { bins: [], fit: null }, memoryNote: null, contributionsDeferred: null, forecast: null, params: { b: 1 }, computedIn: 'in-thread',
};

const report = { runId: 1, status: 'running', occurrences: table(['c']), gradient: { c: 0.25 }, params: {} } as unknown as TrainingProgress;

describe('the analysis slice', () => {
  it('files a success, keeps it through a refusal, and says why the refusal happened', () => {
    const store = createLabStore();
    store.getState().analysisStarted();
    expect(store.getState().analysisStatus).toBe('running');
    store.getState().analysisReplied(analysis);
    expect(store.getState().analysis).toBe(analysis);
    store.getState().analysisReplied({ ok: false, errors: [{ path: 'data.window', message: 'must be at least 2' }] });
    expect(store.getState().analysis).toBe(analysis);
    expect(store.getState().analysisError).toBe('The analysis was refused: data.window: must be at least 2.');
  });
});

describe('analysis selectors', () => {
  it('read the analysis when no run is running, and the live report while one is', () => {
    const store = createLabStore();
    store.getState().analysisReplied(analysis);
    expect(selectContributionSource(store.getState())).toBe('analysis');
    expect(selectContributions(store.getState())?.names).toEqual(['b']);
    store.setState({ trainingStatus: 'running', trainingReport: report });
    expect(selectIsLive(store.getState())).toBe(true);
    expect(selectContributions(store.getState())?.names).toEqual(['c']);
    expect(selectGradient(store.getState())).toEqual({ c: 0.25 });
    store.setState({ trainingStatus: 'paused' });
    expect(selectContributionSource(store.getState())).toBe('analysis');
  });

  it('choose the picked parameter while it exists, else the first circuit parameter', () => {
    const store = createLabStore();
    expect(selectChosenParam(store.getState())).toBeNull();
    store.getState().loadExperimentText(sine);
    expect(selectChosenParam(store.getState())).toBe('a');
    store.getState().analysisReplied(analysis);
    expect(selectChosenParam(store.getState())).toBe('b');
    store.getState().chooseParam('s');
    expect(selectChosenParam(store.getState())).toBe('s');
    store.getState().chooseParam('gone');
    expect(selectChosenParam(store.getState())).toBe('b');
  });

  it('take the timeline\'s steps from the analysis', () => {
    const store = createLabStore();
    expect(selectTimelineSteps(store.getState())).toBe(0);
    store.getState().analysisReplied(analysis);
    expect(selectTimelineSteps(store.getState())).toBe(2);
  });
});

describe('the view slice', () => {
  it('clears the focused occurrence when another parameter is chosen, and ignores an equal focus', () => {
    const store = createLabStore();
    store.getState().focusOccurrence({ gate: 1, step: 3 });
    const focused = store.getState().focusedOccurrence;
    store.getState().focusOccurrence({ gate: 1, step: 3 });
    expect(store.getState().focusedOccurrence).toBe(focused);
    store.getState().chooseParam('c');
    expect(store.getState().focusedOccurrence).toBeNull();
  });

  it('keeps the step a non-negative integer and the zoom within its limits', () => {
    const store = createLabStore();
    store.getState().chooseStep(-2);
    expect(store.getState().chosenStep).toBe(0);
    store.getState().chooseStep(4.7);
    expect(store.getState().chosenStep).toBe(4);
    for (let i = 0; i < 20; i++) store.getState().zoomTimeline(ZOOM_LIMITS.step);
    expect(store.getState().timelineZoom).toBe(ZOOM_LIMITS.max);
    for (let i = 0; i < 20; i++) store.getState().zoomTimeline(1 / ZOOM_LIMITS.step);
    expect(store.getState().timelineZoom).toBe(ZOOM_LIMITS.min);
  });
});
