/**
 * The outputs chart's words: `describeOutputs` is what screen readers hear as the chart's
 * description, so it must count steps and scored steps exactly as the chart shades them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeOutputs } from './outputsChart';
import { createOutputsChart } from './outputsChart';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';

describe('describeOutputs(data)', () => {
  it('says when there is nothing to show', () => {
    expect(describeOutputs({ outputs: [], targets: [] })).toBe('No simulation yet.');
  });

  it('counts steps after the washout with a target as scored, and quotes the loss', () => {
    const text = describeOutputs({ outputs: [0.5, -0.25, 0.125, 0], targets: [1, 0, null, 0.5], washout: 1, loss: 0.0625 });
    expect(text).toBe('4 steps, 2 scored. Outputs range from \u22120.250 to 0.500. Loss 0.063.');
  });
});

describe('describeOutputs(data) with a forecast', () => {
  it('says how many free-running steps follow the window', () => {
    const text = describeOutputs({ outputs: [0.5, 0.25], targets: [0.25, null], forecast: [0.1, 0.2, 0.3] });
    expect(text).toBe('2 steps, 1 scored. Outputs range from 0.250 to 0.500. Free-running forecast of 3 more steps.');
  });
});

describe('createOutputsChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the axes, the unscored band, targets, outputs, the forecast and the legend it drew last time', async () => {
    const r = renderChart(480, 240, (svg) => createOutputsChart(svg));
    r.chart.update({ outputs: [0.1, 0.35, 0.2, -0.15, 0.4], targets: [0, 0.3, null, -0.2, 0.5], washout: 1, loss: 0.0081, forecast: [0.3, 0.1] });
    await expectSnapshot(r.text(), 'outputsChart');
    expect(r.svg.querySelector('g.chart-series')?.querySelectorAll('circle.chart-point--output')).toHaveLength(5);
  });
});
