import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labStore } from '../../store';
import { stepHistory } from './HistoryButtons';

const preset = readFileSync(new URL('../../../public/experiments/one-qubit.json', import.meta.url), 'utf8');

describe('stepHistory(direction) under a classroom lock', () => {
  it('refuses to undo while lock=cell holds, and undoes once the lock is lifted', () => {
    const state = labStore.getState();
    expect(state.loadExperimentText(preset, 'one-qubit.json')).toBe(true);
    const before = labStore.getState().experiment;
    const edited = structuredClone(before!);
    edited.params.theta = 1.25;
    expect(labStore.getState().commitExperiment(edited).ok).toBe(true);
    labStore.getState().setClassroomFlags({ lock: ['cell'] });
    expect(stepHistory(-1)).toBe(false);
    expect(labStore.getState().experiment?.params.theta).toBe(1.25);
    labStore.getState().setClassroomFlags({});
    expect(stepHistory(-1)).toBe(true);
    expect(labStore.getState().experiment?.params.theta).toBe(before?.params.theta);
  });
});
