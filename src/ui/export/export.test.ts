/**
 * The Export menu's pure parts: picture names made unique, export file names from the
 * experiment's name, and the worker call's refusals when there is nothing to export or no
 * worker, and its answer through an attached service.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../store';
import { createLabService } from '../../worker/labService';
import { exportFileName, PYTHON_TARGETS } from './exportActions';
import { attachExportApi, requestProgram } from './exportApi';
import { uniqueNames } from './plotTargets';

const sine = readFileSync(new URL('../../../public/experiments/sine.json', import.meta.url), 'utf8');

describe('uniqueNames(names)', () => {
  it('numbers repeats from the second on', () => {
    expect(uniqueNames(['Loss', 'Plot', 'Plot', 'Plot'])).toEqual(['Loss', 'Plot', 'Plot (2)', 'Plot (3)']);
  });
});

describe('exportFileName(store, extension, suffix)', () => {
  it('names exports after the experiment, with the target or picture as suffix', () => {
    const store = createLabStore();
    expect(exportFileName(store, 'qasm')).toBe('experiment.qasm');
    store.getState().loadExperimentText(sine);
    expect(exportFileName(store, 'py', PYTHON_TARGETS[0].suffix)).toBe('sine-prediction-1-data-2-hidden-pennylane.py');
    expect(exportFileName(store, 'png', 'Gradients, Heat map')).toBe('sine-prediction-1-data-2-hidden-gradients-heat-map.png');
  });
});

describe('requestProgram(state, target)', () => {
  it('refuses without an experiment or a worker, and asks the attached service otherwise', async () => {
    const store = createLabStore();
    attachExportApi(null);
    expect(await requestProgram(store.getState(), 'qasm3')).toMatchObject({ ok: false, message: 'Open an experiment to export it.' });
    store.getState().loadExperimentText(sine);
    expect(await requestProgram(store.getState(), 'qasm3')).toMatchObject({ ok: false, message: 'The computation worker is not connected.' });
    attachExportApi(createLabService());
    const reply = await requestProgram(store.getState(), 'numpy');
    expect(reply.ok && reply.text).toMatch(/import numpy as np/);
    attachExportApi({ exportProgram: () => Promise.reject(new Error('worker gone')) });
    expect(await requestProgram(store.getState(), 'qasm3')).toMatchObject({ ok: false, message: 'The export failed: worker gone' });
    attachExportApi(null);
  });
});
