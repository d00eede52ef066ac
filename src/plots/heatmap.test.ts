/**
 * The heat map's words and marks: the strongest cell named in the description, one cell per
 * (parameter, step) with an occurrence, none where there is none, and the chosen row and
 * focused cell outlined.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeHeatmap, heatmapExtent, heatmapMarks } from './heatmapLayout';
import { createHeatmapChart } from './heatmap';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';

const rows = { names: ['a', 'b'], steps: 3, values: Float64Array.from([0.1, -0.3, 0.05, NaN, 0.2, -0.1]) };

describe('describeHeatmap(data)', () => {
  it('counts parameters and steps and names the strongest contribution', () => {
    expect(describeHeatmap({ rows, chosen: 'a', focusedStep: null })).toBe('2 parameters over 3 steps. The strongest is a at step 1: \u22120.300.');
    expect(describeHeatmap({ rows: { names: [], steps: 0, values: new Float64Array(0) }, chosen: null, focusedStep: null })).toBe('No contributions yet.');
  });
});

describe('heatmapMarks(data, width, height)', () => {
  const { cells, labels } = heatmapMarks({ rows, chosen: 'b', focusedStep: 2 }, 400, 120);

  it('draws a cell for every value and none for NaN, coloured on one extent', () => {
    expect(cells.filter((c) => c.className.startsWith('heatmap-cell')).map((c) => c.key)).toEqual(['a:0', 'a:1', 'a:2', 'b:1', 'b:2']);
    expect(heatmapExtent(rows)).toBe(0.5);
    expect(cells.find((c) => c.key === 'a:1')?.fill).toContain('var(--contribution-negative)');
  });

  it('outlines the chosen row and its focused step, and sets its label in bold', () => {
    expect(cells.find((c) => c.key === 'b:2')?.className).toBe('heatmap-cell is-negative is-focused');
    expect(cells.find((c) => c.key === 'a:0')?.className).toBe('heatmap-cell');
    expect(cells.some((c) => c.key === 'chosen-row')).toBe(true);
    expect(labels.find((l) => l.key === 'row-b')?.className).toBe('heatmap-row-label is-chosen');
  });
});

describe('createHeatmapChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the cells, the chosen row, the focused cell and the labels it drew last time', async () => {
    const r = renderChart(400, 120, (svg) => createHeatmapChart(svg));
    r.chart.update({ rows, chosen: 'b', focusedStep: 2 });
    await expectSnapshot(r.text(), 'heatmap');
    expect(r.svg.querySelectorAll('rect.heatmap-cell')).toHaveLength(5);
  });
});
