/**
 * The outputs chart's words: `describeOutputs` is what screen readers hear as the chart's
 * description, so it must count steps and scored steps exactly as the chart shades them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeOutputs } from './outputsChart';
import { createOutputsChart } from './outputsChart';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';
import { legendLayout, MARGIN, LEGEND_ROW } from './outputsLayers';

describe('describeOutputs(data)', () => {
  it('says when there is nothing to show', () => {
    expect(describeOutputs({ outputs: [], targets: [] })).toBe('No simulation yet.');
  });

  it('counts steps after the washout with a target as scored, and quotes the loss', () => {
    const text = describeOutputs({ outputs: [[0.5], [-0.25], [0.125], [0]], targets: [[1], [0], null, [0.5]], washout: 1, loss: 0.0625 });
    expect(text).toBe('4 steps, 2 scored. Outputs range from \u22120.250 to 0.500. Loss 0.063.');
  });
});

describe('describeOutputs(data) with a forecast', () => {
  it('says how many free-running steps follow the window', () => {
    const text = describeOutputs({ outputs: [[0.5], [0.25]], targets: [[0.25], null], forecast: [0.1, 0.2, 0.3] });
    expect(text).toBe('2 steps, 1 scored. Outputs range from 0.250 to 0.500. Free-running forecast of 3 more steps.');
  });
});

describe('createOutputsChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the axes, the unscored band, targets, outputs, the forecast and the legend it drew last time', async () => {
    const r = renderChart(480, 240, (svg) => createOutputsChart(svg));
    r.chart.update({ outputs: [[0.1], [0.35], [0.2], [-0.15], [0.4]], targets: [[0], [0.3], null, [-0.2], [0.5]], washout: 1, loss: 0.0081, forecast: [0.3, 0.1] });
    await expectSnapshot(r.text(), 'outputsChart');
    expect(r.svg.querySelector('g.chart-series')?.querySelectorAll('circle.chart-point--output')).toHaveLength(5);
  });

  it('draws two outputs, each with its target, in its own colour class and marker shape, named in the legend (docs/spec.md §5.3)', async () => {
    const r = renderChart(480, 240, (svg) => createOutputsChart(svg));
    r.chart.update({ outputs: [[0.1, -0.4], [0.35, -0.2], [0.2, 0.1]], targets: [null, [0.3, -0.25], [0.25, 0]], washout: 0, loss: 0.002 });
    await expectSnapshot(r.text(), 'outputsChart-two');
    const groups = Array.from(r.svg.querySelector('g.chart-series')?.querySelectorAll('g.chart-output') ?? []);
    expect(groups.map((g) => g.getAttribute('class'))).toEqual(['chart-output chart-output--paired', 'chart-output chart-series--1 chart-output--paired']);
    expect(groups[0].querySelectorAll('circle.chart-point--output')).toHaveLength(3);
    expect(groups[1].querySelectorAll('path.chart-point--output')).toHaveLength(3); // a square, not a circle
    expect(groups[1].querySelectorAll('path.chart-point--target')).toHaveLength(2);
    expect(Array.from(r.svg.querySelectorAll('.chart-legend-text')).map((t) => t.textContent)).toEqual(['ŷ₀', 'ŷ₁', 'not scored', 'solid ŷ, dashed target']);
    expect(describeOutputs({ outputs: [[0.1, -0.4], [0.35, -0.2]], targets: [null, [0.3, -0.25]], names: ['y', 'z'] })).toBe('2 steps, 1 scored. 2 outputs (y, z). Outputs range from \u22120.400 to 0.350.');
  });
});

describe('the legend in rows (docs/spec.md §5.3: several outputs)', () => {
  const three = { outputs: [[0.1, -0.4, 0.2], [0.35, -0.2, 0.1]], targets: [null, [0.3, -0.25, 0]], washout: 0, names: ['ŷ (x)', 'ŷ (y)', 'ŷ (z)'] };

  it('wraps at a phone width and puts every item inside the chart', () => {
    const { items, rows } = legendLayout(three, 350);
    expect(rows).toBe(2);
    const room = 350 - MARGIN.left - MARGIN.right;
    for (const item of items) expect(item.x).toBeLessThan(room);
    expect(items.map((i) => i.y)).toEqual([0, 0, 0, LEGEND_ROW, LEGEND_ROW]);
  });

  it('keeps one row when there is room, and the single-output legend as it was, its forecast only with a forecast', () => {
    expect(legendLayout(three, 1200).rows).toBe(1);
    expect(legendLayout({ outputs: [[0.1]], targets: [[0]], forecast: [0.2] }, 480)).toMatchObject({ rows: 1, items: [{ x: 0 }, { x: 92 }, { x: 184 }, { x: 276, key: 'forecast' }] });
    expect(legendLayout({ outputs: [[0.1]], targets: [[0]] }, 480).items.map((i) => i.key)).toEqual(['output', 'target', 'unscored']);
  });

  it('starts the plot area below the last legend row', () => {
    const r = renderChart(350, 240, (svg) => createOutputsChart(svg));
    r.chart.update(three);
    const band = r.svg.querySelector('g.chart-unscored-layer')?.querySelector('rect');
    expect(Number(band?.getAttribute('y'))).toBe(MARGIN.top + LEGEND_ROW);
  });
});
