/**
 * The teaching slice on a fresh store: Explain asks the worker for the occurrence with the
 * mistake and files the reply (or the refusal in words); closing drops a late reply; the
 * comparison runs the chosen parameter with the form's settings, files progress and the
 * result, and Cancel stops the worker and drops whatever arrives after. The real service
 * answers in-thread in the last test of the comparison. For a QLSTM occurrence, Explain asks
 * with its circuit, layer, qubit, angle and step and files the reply apart; the bias under
 * shots is measured on request, and dropped when cancelled or when another occurrence opens.
 */
import { selectQrnn } from './selectors';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabService } from '../worker/labService';
import type { CompareProgressCallback, CompareReply, ExplainReply, ExplainRequest } from '../worker/protocol';
import { isQlstmExperiment, qlstmParamNames } from '../model/types';
import { QLSTM_BIAS_LIMITS } from '../worker/teachingProtocol';
import { COMPARE_DEFAULTS, createLabStore, type TeachingApi } from './index';
import { BIAS_DEFAULTS, qlstmTargetOf } from './teachingSlice';

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

describe('the teaching slice: Explain for a QLSTM occurrence, and the bias under shots', () => {
  const qlstmSine = readFileSync(new URL('../../public/experiments/qlstm-sine.json', import.meta.url), 'utf8');
  const at = { circuit: 'g', layer: 0, qubit: 1, angle: 'alpha', step: 4 } as const;
  const service = createLabService();

  /** An API answering with the real service on the QLSTM preset, whatever text the store holds, each reply released by hand. */
  function qlstmApi() {
    const asked: ExplainRequest[] = [];
    const pending: (() => void)[] = [];
    const api: TeachingApi = {
      explain(_text, options) {
        asked.push(options);
        return new Promise((resolve) => { pending.push(() => resolve(service.explain(qlstmSine, options))); });
      },
      compare: () => Promise.reject(new Error('not asked')),
      cancelCompare: () => undefined,
    };
    const release = async (promise: Promise<void>) => {
      (pending.shift() as () => void)();
      await promise;
    };
    return { api, asked, release };
  }

  it('opens on the occurrence, asks for the QLSTM walkthrough with the mistake, and files it apart from a QRNN one', async () => {
    const { api, asked, release } = qlstmApi();
    const store = storeWith(api);
    const opening = store.getState().openExplain(at);
    expect(store.getState()).toMatchObject({ explainTarget: at, explainStatus: 'running', qlstmExplanation: null, explanation: null });
    expect(asked).toEqual([{ kind: 'qlstm', ...at, sequence: 0, params: undefined, withMistake: true }]);
    await release(opening);
    const x = store.getState().qlstmExplanation;
    expect(store.getState().explainStatus).toBe('done');
    expect([x?.param, x?.step, store.getState().explanation]).toEqual(['g.0.1.alpha', 4, null]);
    expect(Math.abs((x?.sum ?? 0) - (x?.adjoint ?? 1))).toBeLessThan(1e-9);
  });

  it('measures the bias on the explained occurrence with the form\u2019s settings, and drops it when cancelled, closed or superseded', async () => {
    const { api, asked, release } = qlstmApi();
    const store = storeWith(api);
    await release(store.getState().openExplain(at));
    expect(store.getState().biasSettings).toEqual(BIAS_DEFAULTS);
    store.getState().setBiasSettings({ shots: 50, seeds: 3 });
    const measuring = store.getState().measureBias();
    expect(store.getState().biasStatus).toBe('running');
    expect(asked[1]).toEqual({ kind: 'qlstm-bias', ...at, shots: 50, seeds: 3, sequence: 0, params: undefined });
    await release(measuring);
    const b = store.getState().bias;
    expect(store.getState().biasStatus).toBe('done');
    expect([b?.shots, b?.seeds, b?.occurrence.estimates.length, b?.occurrence.exact]).toEqual([50, 3, 3, store.getState().qlstmExplanation?.contribution]);

    const cancelled = store.getState().measureBias();
    store.getState().cancelBias();
    await release(cancelled);
    expect(store.getState()).toMatchObject({ biasStatus: 'cancelled', bias: null });

    const superseded = store.getState().measureBias();
    const other = store.getState().openExplain({ ...at, step: 2 });
    expect(store.getState()).toMatchObject({ biasStatus: 'idle', bias: null, qlstmExplanation: null });
    await release(superseded);
    expect(store.getState().biasStatus).toBe('idle');
    await release(other);
    expect(store.getState().qlstmExplanation?.step).toBe(2);
    store.getState().closeExplain();
    expect(store.getState()).toMatchObject({ explainTarget: null, qlstmExplanation: null, biasStatus: 'idle', bias: null });
  });

  it('opens on a QLSTM document’s occurrence named as the page’s views name it, its parameter’s slot and a step, with the real service', async () => {
    const store = createLabStore();
    expect(store.getState().loadExperimentText(qlstmSine)).toBe(true);
    store.getState().attachTeachingApi({ explain: service.explain, compare: () => Promise.reject(new Error('not asked')), cancelCompare: () => undefined });
    const experiment = store.getState().experiment;
    if (!experiment || !isQlstmExperiment(experiment)) throw new Error('not a QLSTM');
    const slot = qlstmParamNames(experiment.model).indexOf('g.0.1.alpha');
    await store.getState().openExplain({ gate: slot, step: 4 });
    expect(store.getState().explainTarget).toEqual(at);
    expect(store.getState().explainError).toBeNull();
    expect(store.getState().qlstmExplanation?.param).toBe('g.0.1.alpha');
    await store.getState().openExplain({ gate: qlstmParamNames(experiment.model).length, step: 0 });
    expect(store.getState()).toMatchObject({ explainTarget: null, explainStatus: 'error', qlstmExplanation: null });
  });

  it('reads a QLSTM occurrence off a parameter name and a step, and nothing off a head parameter', () => {
    expect(qlstmTargetOf('g.0.1.alpha', 4)).toEqual(at);
    expect(qlstmTargetOf('y.12.10.gamma', 0)).toEqual({ circuit: 'y', layer: 12, qubit: 10, angle: 'gamma', step: 0 });
    expect([qlstmTargetOf('s0', 1), qlstmTargetOf('q.0.0.alpha', 1), qlstmTargetOf('f.0.0.delta', 1)]).toEqual([null, null, null]);
  });

  it('files a refused measurement in words, and says so when no QLSTM occurrence is explained', async () => {
    const { api, release } = qlstmApi();
    const store = storeWith(api);
    await store.getState().measureBias();
    expect(store.getState()).toMatchObject({ biasStatus: 'error', biasError: 'Open the explanation of a QLSTM occurrence first.' });
    await release(store.getState().openExplain(at));
    store.getState().setBiasSettings({ shots: 50, seeds: 1 });
    await release(store.getState().measureBias());
    expect(store.getState()).toMatchObject({ biasStatus: 'error', bias: null });
    expect(store.getState().biasError).toBe(`The bias measurement was refused: seeds: Seeds must be a whole number from 2 to ${QLSTM_BIAS_LIMITS.seeds}.`);
  });
});
