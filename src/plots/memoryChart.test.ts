/**
 * The memory chart's words and marks: the factor per step and the trend in words, points
 * only for positive values (a log axis), and the fitted line within the axis.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeMemory, formatLogTick, memoryChartMarks, memoryTrend } from './memoryChartLayout';
import { createMemoryChart } from './memoryChart';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';

const profile = {
  bins: [
    { distance: 0, sensitivity: 0.5, contribution: 0.02, count: 10 },
    { distance: 1, sensitivity: 0.2, contribution: 0.008, count: 9 },
    { distance: 2, sensitivity: 0.08, contribution: 0, count: 8 },
  ],
  fit: { slope: Math.log(0.4), intercept: Math.log(0.5), factorPerStep: 0.4 },
};

describe('describeMemory(profile)', () => {
  it('gives the distances and the factor per step with its trend', () => {
    expect(describeMemory(profile)).toBe('Distances 0 to 2 steps. Sensitivity changes by a factor of 0.400 per step: memory fades.');
    expect(describeMemory(null)).toBe('No memory profile yet.');
  });

  it('calls a factor near 1 "holds" and above it "grows"', () => {
    expect(memoryTrend(1.01)).toBe('holds');
    expect(memoryTrend(1.3)).toBe('grows');
  });
});

describe('memoryChartMarks(profile, width, height)', () => {
  const marks = memoryChartMarks(profile, 480, 260);

  it('plots positive values only: a zero contribution has no point', () => {
    const points = marks.series.filter((m) => m.kind === 'circle').map((m) => m.key);
    expect(points).toEqual(['sensitivity-0', 'sensitivity-1', 'sensitivity-2', 'contribution-0', 'contribution-1']);
  });

  it('prints the factor and draws the fitted line inside the plot', () => {
    expect(marks.labels.find((m) => m.key === 'factor')?.text).toBe('× 0.400 per step: memory fades');
    const fit = marks.series.find((m) => m.key === 'fit')?.attrs as Record<string, number>;
    for (const y of [fit.y1, fit.y2]) {
      expect(y).toBeGreaterThanOrEqual(50);
      expect(y).toBeLessThanOrEqual(260 - 40);
    }
  });

  it('labels decades of the log axis', () => {
    expect(marks.axes.filter((m) => m.key.startsWith('ytick')).map((m) => m.text)).toEqual(['1e\u22123', '0.01', '0.1', '1']);
    expect(formatLogTick(1e-5)).toBe('1e\u22125');
  });
});

describe('createMemoryChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the log axis, both series, the fitted line and the labels it drew last time', async () => {
    const r = renderChart(480, 260, (svg) => createMemoryChart(svg));
    r.chart.update(profile);
    await expectSnapshot(r.text(), 'memoryChart');
    expect(r.svg.querySelectorAll('circle')).toHaveLength(5);
  });
});
