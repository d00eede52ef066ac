import { describe, expect, it } from 'vitest';
import { outputLegendNames, targetNames } from './outputNames';

describe('targetNames(data, m)', () => {
  it('names Lorenz components and CSV columns, one per output', () => {
    expect(targetNames({ kind: 'lorenz', target: ['y', 'z'] }, 2)).toEqual(['y', 'z']);
    expect(targetNames({ kind: 'lorenz', component: 'y' }, 1)).toEqual(['y']);
    expect(targetNames({ kind: 'csv', text: '', targetColumns: ['temp', 3] }, 2)).toEqual(['temp', 'column 3']);
    expect(targetNames({ kind: 'csv', text: '', column: 'x' }, 1)).toEqual(['x']);
  });

  it('is null when the data name no targets or not as many as the outputs', () => {
    expect(targetNames({ kind: 'sine' }, 1)).toBeNull();
    expect(targetNames({ kind: 'inline', inputs: [1], targets: [[1, 2]] }, 2)).toBeNull();
    expect(targetNames({ kind: 'lorenz', target: ['y', 'z'] }, 3)).toBeNull();
  });
});

describe('outputLegendNames(data, m)', () => {
  it('calls several outputs by their targets, and leaves one output to the chart', () => {
    expect(outputLegendNames({ kind: 'lorenz', target: ['y', 'z'] }, 2)).toEqual(['ŷ (y)', 'ŷ (z)']);
    expect(outputLegendNames({ kind: 'lorenz', target: 'z' }, 1)).toBeUndefined();
  });
});
