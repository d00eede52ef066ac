import { describe, expect, it } from 'vitest';
import type { DataSpec } from '../../model/types';
import { fitTargets, targetCount } from './targetFit';

describe('fitTargets(data, m)', () => {
  it('fits when the data give m targets, or cannot say (every inline target null)', () => {
    expect(fitTargets({ kind: 'lorenz', target: ['y', 'z'] }, 2)).toEqual({ kind: 'fits' });
    expect(fitTargets({ kind: 'inline', inputs: [1], targets: [null] }, 3)).toEqual({ kind: 'fits' });
  });

  it('Lorenz takes the next components, or keeps the first ones', () => {
    expect(fitTargets({ kind: 'lorenz', component: 'x', target: 'z' }, 2)).toMatchObject({ kind: 'fix', data: { target: ['z', 'x'] }, label: 'Predict z and x' });
    expect(fitTargets({ kind: 'lorenz', target: ['y', 'z'] }, 1)).toMatchObject({ kind: 'fix', data: { target: 'y' } });
    expect(fitTargets({ kind: 'lorenz' }, 4)).toMatchObject({ kind: 'none' });
  });

  it('a CSV keeps its first target columns, and sends to the Data panel for more', () => {
    const csv: DataSpec = { kind: 'csv', text: 'a,b,c\n1,2,3', column: 'a', targetColumns: ['b', 'c'] };
    expect(fitTargets(csv, 1)).toMatchObject({ kind: 'fix', data: { targetColumn: 'b' } });
    expect((fitTargets(csv, 1) as { data: Record<string, unknown> }).data.targetColumns).toBeUndefined();
    expect(fitTargets(csv, 3)).toMatchObject({ kind: 'none', dataPanel: true });
  });

  it('inline data keep their rows: cut to fewer targets, never padded', () => {
    const inline: DataSpec = { kind: 'inline', inputs: [1, 2], targets: [null, [0.5, 0.25]] };
    expect(fitTargets(inline, 1)).toMatchObject({ kind: 'fix', data: { targets: [null, 0.5] } });
    expect(fitTargets({ kind: 'inline', inputs: [1], targets: [0.5] }, 2)).toMatchObject({ kind: 'none', dataPanel: false });
  });

  it('a generator of one series offers Lorenz, keeping the windowing', () => {
    const fit = fitTargets({ kind: 'sine', period: 20, window: 12, horizon: 1, split: 0.75 }, 2);
    expect(fit).toMatchObject({ kind: 'fix', label: 'Switch to Lorenz, predicting x and y', data: { kind: 'lorenz', target: ['x', 'y'], window: 12, horizon: 1, split: 0.75 } });
    expect((fit as { problem: string }).problem).toMatch(/^The sine wave gives one target per step; 2 outputs need 2 targets\./);
  });

  it('targetCount reads each kind', () => {
    expect(targetCount({ kind: 'lorenz', component: 'y' })).toBe(1);
    expect(targetCount({ kind: 'csv', text: '', targetColumns: [1, 2] })).toBe(2);
    expect(targetCount({ kind: 'inline', inputs: [1], targets: [[1, 2, 3]] })).toBe(3);
  });
});
