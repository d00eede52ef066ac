/**
 * The teaching slice on a fresh store: Explain asks the worker for the occurrence with the
 * mistake and files the reply (or the refusal in words); closing drops a late reply; the
 * comparison runs the chosen parameter with the form's settings, files progress and the
 * result, and Cancel stops the worker and drops whatever arrives after. The real service
 * answers in-thread in the last test.
 */
import { selectQrnn } from './selectors';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabService } from '../worker/labService';
import type { CompareProgressCallback, CompareReply, ExplainReply } from '../worker/protocol';
import { COMPARE_DEFAULTS, createLabStore, type TeachingApi } from './index';

const sharedGate = readFileSync(new URL('../../public/experiments/shared-gate.json', import.meta.url), 'utf8');

/** A promise the test resolves by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

function scriptedApi() {
  const explains = [deferred<ExplainReply>(), deferred<ExplainReply>()];
  const compares: { options: unknown; onProgress: CompareProgressCallback; reply: ReturnType<typeof deferred<CompareReply>> }[] = [];
  const asked: unknown[] = [];
  let cancels = 0;
  const api: TeachingApi = {
    explain(_text, options) {
      asked.push(options);
      return explains[asked.length - 1].promise;
    },
    compare(_text, options, onProgress) {
      const reply = deferred<CompareReply>();
      compares.push({ options, onProgress, reply });
      return reply.promise;
    },
    cancelCompare() { cancels++; },
  };
  return { api, explains, compares, asked, cancels: () => cancels };
}

const refused: ExplainReply = { ok: false, errors: [{ path: 'gate', message: 'no parameter' }] };

function storeWith(api: TeachingApi) {
  const store = createLabStore();
  store.getState().loadExperimentText(sharedGate);
  store.getState().attachTeachingApi(api);
  return store;
}

describe('the teaching slice: Explain', () => {
  it('opens on an occurrence, asks with the mistake and the analysis sequence, and files a refusal in words', async () => {
    const { api, explains, asked } = scriptedApi();
    const store = storeWith(api);
    const opening = store.getState().openExplain({ gate: 2, step: 1 });
    expect(store.getState().explainTarget).toEqual({ gate: 2, step: 1 });
    expect(store.getState().explainStatus).toBe('running');
    expect(asked).toEqual([{ gate: 2, step: 1, sequence: 0, params: undefined, withMistake: true }]);
    explains[0].resolve(refused);
    await opening;
    expect(store.getState().explainStatus).toBe('error');
    expect(store.getState().explainError).toBe('The explanation was refused: gate: no parameter.');
  });

  it('explains the bias when the chosen parameter is the angle\'s bias (docs/spec.md §5.1), else leaves the choice to the worker', async () => {
    const { api, explains, asked } = scriptedApi();
    const store = storeWith(api);
    const experiment = selectQrnn(store.getState());
    if (!experiment) throw new Error('no experiment');
    const cell = experiment.model.cell.map((g, i) => (i === 2 && typeof g.angle === 'object' ? { ...g, angle: { ...g.angle, bias: 'b' } } : g));
    expect(store.getState().commitExperiment({ ...experiment, model: { ...experiment.model, cell }, params: { ...experiment.params, b: 0 } }).ok).toBe(true);
    store.getState().chooseParam('b');
    const opening = store.getState().openExplain({ gate: 2, step: 1 });
    expect(store.getState().explainTarget).toEqual({ gate: 2, step: 1, param: 'b' });
    expect(asked[0]).toMatchObject({ gate: 2, step: 1, param: 'b' });
    explains[0].resolve(refused);
    await opening;
    store.getState().chooseParam(null);
    void store.getState().openExplain({ gate: 2, step: 1 });
    expect(asked[1]).not.toHaveProperty('param');
  });

  it('drops a reply that arrives after the panel closed, and resets the mistake toggle', async () => {
    const { api, explains } = scriptedApi();
    const store = storeWith(api);
    const opening = store.getState().openExplain({ gate: 2, step: 0 });
    store.getState().setShowMistake(true);
    store.getState().closeExplain();
    explains[0].resolve(refused);
    await opening;
    expect(store.getState()).toMatchObject({ explainTarget: null, explainStatus: 'idle', explainError: null, showMistake: false });
  });

  it('says so when there is no worker', async () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sharedGate);
    await store.getState().openExplain({ gate: 2, step: 0 });
    expect(store.getState().explainError).toBe('The computation worker is not connected.');
  });
});

describe('the teaching slice: the method comparison', () => {
  it('runs the chosen parameter with the form\u2019s settings, files progress and the result', async () => {
    const { api, compares } = scriptedApi();
    const store = storeWith(api);
    store.getState().chooseParam('phi');
    store.getState().openCompare();
    expect(store.getState().compareSettings).toEqual(COMPARE_DEFAULTS);
    store.getState().setCompareSettings({ shots: [100, 1000], steps: [0.1], repeats: 6 });
    const running = store.getState().runCompare();
    expect(compares[0].options).toEqual({ param: 'phi', shots: [100, 1000], steps: [0.1], repeats: 6, sequence: 0, params: undefined });
    compares[0].onProgress(2, 6);
    expect(store.getState().compareProgress).toEqual({ done: 2, total: 6 });
    compares[0].reply.resolve({ ok: true, param: 'phi', exact: 0.1, repeats: 6, points: [], computedIn: 'worker' });
    await running;
    expect(store.getState().compareStatus).toBe('done');
    expect(store.getState().comparison?.param).toBe('phi');
    store.getState().chooseParam('theta');
    store.getState().openCompare();
    expect(store.getState().comparison).toBeNull();
  });

  it('cancels: the worker is stopped, and later progress and a late reply are dropped', async () => {
    const { api, compares, cancels } = scriptedApi();
    const store = storeWith(api);
    const running = store.getState().runCompare();
    store.getState().cancelCompare();
    expect(cancels()).toBe(1);
    compares[0].onProgress(3, 15);
    compares[0].reply.resolve({ ok: false, errors: [{ path: 'model', message: 'late' }] });
    await running;
    expect(store.getState()).toMatchObject({ compareStatus: 'cancelled', compareProgress: { done: 0, total: 0 }, compareError: null });
    store.getState().cancelCompare();
    expect(cancels()).toBe(1);
  });

  it('draws each configuration as it finishes and keeps the finished ones when cancelled', async () => {
    const { api, compares } = scriptedApi();
    const store = storeWith(api);
    const running = store.getState().runCompare();
    const point = { method: 'parameter-shift' as const, h: null, shots: 100, estimates: [0.5, 0.7], mean: 0.6, std: 0.1, bias: 0.1, rmse: Math.sqrt(0.02), circuitExecutions: 3, totalShots: 300 };
    compares[0].onProgress(1, 15, point, 0.5);
    expect(store.getState().comparison).toMatchObject({ ok: true, exact: 0.5, points: [point] });
    compares[0].onProgress(2, 15, { ...point, shots: 1000 }, 0.5);
    expect(store.getState().comparison?.points.map((p) => p.shots)).toEqual([100, 1000]);
    store.getState().cancelCompare();
    compares[0].onProgress(3, 15, { ...point, shots: 10000 }, 0.5);
    compares[0].reply.resolve({ ok: false, errors: [{ path: 'model', message: 'late' }] });
    await running;
    expect(store.getState().compareStatus).toBe('cancelled');
    expect(store.getState().comparison?.points.map((p) => p.shots)).toEqual([100, 1000]);
  });

  it('walks and compares with the real service in-thread', async () => {
    const service = createLabService();
    const store = storeWith({ explain: service.explain, compare: service.compare, cancelCompare: () => undefined });
    await store.getState().openExplain({ gate: 2, step: 3 });
    const x = store.getState().explanation;
    expect(x?.occurrences).toHaveLength(4);
    expect(Math.abs((x?.sum ?? 0) - (x?.adjoint ?? 1))).toBeLessThan(1e-12);
    expect(x?.mistake).not.toBeNull();
    store.getState().setCompareSettings({ shots: [100], steps: [0.5], repeats: 3 });
    await store.getState().runCompare();
    expect(store.getState().compareProgress).toEqual({ done: 3, total: 3 });
    expect(store.getState().comparison?.points).toHaveLength(3);
  });
});
