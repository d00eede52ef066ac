/**
 * Store tests on a fresh `createLabStore()`: loading experiment text, refusing bad text
 * without touching the current experiment, and the simulation status transitions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimulateSuccess } from '../worker/protocol';
import { createLabStore } from './index';
import { selectExperimentName, selectLoss, selectSimulation, selectStepCount } from './selectors';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');

const success: SimulateSuccess = {
  ok: true,
  result: { outputs: [[0.1], [0.2]], expectations: [[0.1], [0.2]], loss: 0.01, bloch: [[[0, 0, 1]], [[0, 0, 1]]] },
  experimentName: 'two steps',
  targets: [null, [0.3]],
  inputs: [[0], [1]],
  washout: 0,
  computedIn: 'worker',
};

describe('createLabStore()', () => {
  it('starts empty and idle', () => {
    const s = createLabStore().getState();
    expect(s.experiment).toBeNull();
    expect(s.experimentText).toBeNull();
    expect(s.loadError).toBeNull();
    expect(s.simulationStatus).toBe('idle');
    expect(selectStepCount(s)).toBe(0);
  });

  it('loadExperimentText(preset) makes it current with its canonical text', () => {
    const store = createLabStore();
    expect(store.getState().loadExperimentText(sine, 'sine.json')).toBe(true);
    const s = store.getState();
    expect(selectExperimentName(s)).toBe('Sine prediction, 1 data + 2 hidden');
    expect(s.experiment?.model.cell).toHaveLength(8);
    expect(JSON.parse(s.experimentText ?? '')).toMatchObject({ format: 'qrnn-lab.experiment', name: s.experiment?.name });
  });

  it('loadExperimentText(bad) refuses it, keeps the current experiment and names the field', () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sine, 'sine.json');
    const before = store.getState().experiment;
    const broken = JSON.parse(sine);
    broken.model.dataQubits = -1;
    expect(store.getState().loadExperimentText(JSON.stringify(broken), 'broken.json')).toBe(false);
    expect(store.getState().loadExperimentText('{ not json', 'pasted text')).toBe(false);
    const s = store.getState();
    expect(s.experiment).toBe(before);
    expect(s.loadError?.source).toBe('pasted text');
    expect(s.loadError?.message).toMatch(/^pasted text was not loaded: /);
  });

  it('a refused load names the refused field, and dismissLoadError() clears it', () => {
    const store = createLabStore();
    const broken = JSON.parse(sine);
    broken.model.dataQubits = -1;
    store.getState().loadExperimentText(JSON.stringify(broken), 'broken.json');
    expect(store.getState().loadError?.errors.map((e) => e.path)).toContain('model.dataQubits');
    store.getState().dismissLoadError();
    expect(store.getState().loadError).toBeNull();
  });

  it('reportLoadFailure(source, message) records a load that never reached the parser', () => {
    const store = createLabStore();
    store.getState().reportLoadFailure('sine.json', 'the server answered 404.');
    expect(store.getState().loadError).toEqual({ source: 'sine.json', message: 'sine.json was not loaded: the server answered 404.', errors: [] });
  });

  it('simulation actions move idle -> running -> done and keep the reply', () => {
    const store = createLabStore();
    store.getState().simulationStarted();
    expect(store.getState().simulationStatus).toBe('running');
    store.getState().simulationReplied(success);
    const s = store.getState();
    expect(s.simulationStatus).toBe('done');
    expect(selectSimulation(s)).toBe(success);
    expect(selectLoss(s)).toBe(0.01);
    expect(selectStepCount(s)).toBe(2);
  });

  it('a refusal or a failure sets status error with a message', () => {
    const store = createLabStore();
    store.getState().simulationReplied({ ok: false, errors: [{ path: 'model.cell[0].wires[0]', message: 'no such wire' }] });
    expect(store.getState().simulationStatus).toBe('error');
    expect(store.getState().simulationError).toContain('model.cell[0].wires[0]: no such wire');
    expect(selectSimulation(store.getState())).toBeNull();
    store.getState().simulationFailed('The lab worker crashed.');
    expect(store.getState().simulationError).toBe('The lab worker crashed.');
  });
});
