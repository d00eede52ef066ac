/**
 * The comparison chart's words and marks on a small hand-made comparison: the description
 * names the exact value and each method's best configuration; every estimate is a dot of
 * its configuration; configurations of equal cost are dodged apart, in cost order along the
 * log axis; the mean markers' shapes follow the method; far estimates are pinned and
 * flagged; the exact line sits at the exact value; the legend lists the methods shown.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComparePoint, CompareSuccess } from '../worker/protocol';
import { comparisonMarks, configurationName, COMPARISON_MARGIN, describeComparison, dodged, formatShots } from './comparisonChartLayout';
import { marksToSvg } from './gradientBarsMarks';
import { createComparisonChart } from './comparisonChart';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';

const point = (method: ComparePoint['method'], h: number | null, shots: number, executions: number, estimates: number[]): ComparePoint => {
  const mean = estimates.reduce((s, e) => s + e, 0) / estimates.length;
  const std = Math.sqrt(estimates.reduce((s, e) => s + (e - mean) ** 2, 0) / (estimates.length - 1));
  const rmse = Math.sqrt(estimates.reduce((s, e) => s + (e + 0.5) ** 2, 0) / estimates.length);
  return { method, h, shots, estimates, mean, std, bias: mean + 0.5, rmse, circuitExecutions: executions, totalShots: executions * shots };
};

const data: CompareSuccess = {
  ok: true, param: 'theta', exact: -0.5, repeats: 4, computedIn: 'in-thread',
  points: [
    point('parameter-shift', null, 100, 10, [-0.45, -0.55, -0.5, -0.52]),
    point('finite-difference', 0.1, 100, 2, [-0.3, -0.7, -0.6, -0.4]),
    point('spsa', null, 100, 2, [-0.2, -0.9, -0.5, 9]),
    point('parameter-shift', null, 1000, 10, [-0.49, -0.51, -0.5, -0.5]),
  ],
};

describe('describeComparison(data)', () => {
  it('names the exact value and the lowest-rmse configuration of each method', () => {
    expect(describeComparison(data)).toBe(
      'dL/dtheta: 4 configurations of 4 estimates each, against the exact value \u22120.5000. '
      + 'parameter-shift at 1,000 shots has the lowest error of its method, rmse 0.0071 for 10,000 shots per estimate; '
      + 'finite differences h = 0.1 at 100 shots has the lowest error of its method, rmse 0.1581 for 200 shots per estimate; '
      + 'SPSA at 100 shots has the lowest error of its method, rmse 4.7566 for 200 shots per estimate.',
    );
    expect(describeComparison(null)).toBe('No comparison yet.');
  });

  it('writes shot counts short and configurations in words', () => {
    expect([100, 1000, 20000, 1_000_000].map(formatShots)).toEqual(['100', '1k', '20k', '1M']);
    expect(configurationName(data.points[1])).toBe('finite differences h = 0.1 at 100 shots');
  });
});

describe('comparisonMarks(data, width, height)', () => {
  const marks = comparisonMarks(data, 640, 320);
  const attr = (m: { attrs: Record<string, string | number> }, name: string) => Number(m.attrs[name]);
  const centre = (i: number) => {
    const t = String(marks.spreads.find((m) => m.key === `mean-${i}`)?.attrs.transform);
    const [x, y] = t.slice('translate('.length, -1).split(',').map(Number);
    return { x, y };
  };

  it('draws every estimate as a dot of its configuration', () => {
    expect(marks.dots).toHaveLength(16);
    expect(marks.dots.filter((d) => d.attrs['data-config'] === 2)).toHaveLength(4);
    expect(marks.dots.every((d) => d.className.includes(`cmp--${data.points[Number(d.attrs['data-config'])].method}`))).toBe(true);
  });

  it('dodges configurations of equal cost and orders costs along the log axis', () => {
    expect(centre(1).x).toBeLessThan(centre(2).x);
    expect(centre(2).x - centre(1).x).toBeGreaterThan(8);
    expect(centre(1).x).toBeLessThan(centre(0).x);
    expect(centre(0).x).toBeLessThan(centre(3).x);
  });

  it('pins an estimate beyond the range to the edge and flags it, and puts the exact line at the exact value', () => {
    const far = marks.dots.find((d) => d.key === 'dot-2-3');
    expect(far?.className).toContain('is-clipped');
    expect(attr(far as { attrs: Record<string, number> }, 'cy')).toBeCloseTo(COMPARISON_MARGIN.top, 6);
    const exact = marks.labels.find((m) => m.key === 'exact') as { attrs: Record<string, number> };
    expect(exact.attrs.y1).toBeCloseTo(centre(3).y, 0);
  });

  it('shapes the means by method, labels finite-difference steps, and lists the methods in the legend', () => {
    expect(marks.spreads.find((m) => m.key === 'mean-0')?.attrs.d).toMatch(/A/);
    expect(marks.spreads.find((m) => m.key === 'mean-1')?.attrs.d).not.toMatch(/A/);
    expect(marks.labels.find((m) => m.key === 'h-1')?.text).toBe('0.1');
    expect(marks.labels.filter((m) => m.className === 'chart-legend-text').map((m) => m.text)).toEqual(['parameter-shift', 'finite differences (h)', 'SPSA']);
    expect(marksToSvg(640, 320, marks)).toContain('exact (adjoint) \u22120.5000');
  });

  it('spreads near neighbours evenly about their mean and leaves distant ones in place', () => {
    expect(dodged([100, 100, 110, 300], 10)).toEqual([93.33333333333333, 103.33333333333333, 113.33333333333333, 300]);
    expect(dodged([50, 10], 10)).toEqual([50, 10]);
  });

  it('draws nothing without data', () => {
    expect(comparisonMarks(null, 640, 320)).toEqual({ axes: [], spreads: [], dots: [], labels: [] });
  });
});

describe('createComparisonChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the axes, the estimates, the means with their spreads, the exact line and the legend it drew last time', async () => {
    const r = renderChart(640, 320, (svg) => createComparisonChart(svg));
    r.chart.update(data);
    await expectSnapshot(r.text(), 'comparisonChart');
    expect(r.svg.querySelectorAll('circle').length).toBeGreaterThanOrEqual(16);
  });
});
