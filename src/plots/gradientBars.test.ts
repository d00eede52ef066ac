/**
 * The gradient bars: the description in words, a waterfall whose bars end where the next
 * begins and whose total equals the occurrences plus the head, and a strict snapshot of the
 * SVG the chart object draws (`chartSnapshot.test-helper.ts`; a missing snapshot fails,
 * update with `npx vitest run src/plots -u`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { barsSum, describeGradientBars, gradientBarsMarks, tickLabel, type GradientBarsData } from './gradientBarsLayout';
import { createGradientBarsChart } from './gradientBars';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';

const data: GradientBarsData = {
  param: 'a',
  bars: [
    { gate: 1, step: 0, contribution: 0.12, label: 'RY(a) on h0, step 0: contribution 0.120' },
    { gate: 1, step: 1, contribution: -0.042, label: 'RY(a) on h0, step 1: contribution \u22120.042' },
    { gate: 1, step: 2, contribution: 0.03, label: 'RY(a) on h0, step 2: contribution 0.030' },
  ],
  total: 0.108,
  headPart: 0,
  reference: { value: 0.108, label: 'adjoint' },
  focused: { gate: 1, step: 1 },
};

describe('describeGradientBars(data)', () => {
  it('names the parameter, counts the occurrences, gives the sum, the largest and the reference', () => {
    expect(describeGradientBars(data)).toBe('dL/da: 3 occurrences sum to 0.108. The largest is at step 0: 0.120. adjoint 0.108.');
  });

  it('mentions the head when the total holds more than the occurrences, and says when there is nothing', () => {
    expect(describeGradientBars({ ...data, bars: [], headPart: 0.5, total: 0.5, reference: null })).toBe('dL/da: 0 occurrences and the head sum to 0.500.');
    expect(describeGradientBars({ param: null, bars: [], total: null, headPart: 0, reference: null })).toBe('No gradient yet.');
  });
});

describe('gradientBarsMarks(data, width, height)', () => {
  const marks = gradientBarsMarks(data, 480, 260);
  const rect = (key: string) => marks.bars.find((m) => m.key === key)?.attrs as Record<string, number>;

  it('starts each bar where the previous one ended', () => {
    const first = rect('bar-0:1');
    const second = rect('bar-1:1');
    expect(second.y).toBeCloseTo(first.y, 9);
    expect(rect('bar-2:1').y + rect('bar-2:1').height).toBeCloseTo(second.y + second.height, 9);
  });

  it('draws the total from zero to the sum, and the reference across the plot', () => {
    expect(Number(marks.bars.find((m) => m.key === 'total')?.attrs['data-total'])).toBeCloseTo(barsSum(data), 12);
    expect(marks.bars.some((m) => m.key === 'reference')).toBe(true);
    expect(marks.labels.find((m) => m.key === 'sum')?.text).toBe('dL/da = Σ 0.108');
  });

  it('outlines the focused occurrence only', () => {
    expect(marks.bars.filter((m) => m.className.includes('is-focused')).map((m) => m.key)).toEqual(['bar-1:1']);
  });

});

describe('createGradientBarsChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the axes, the waterfall, the total, the reference and the labels it drew last time', async () => {
    const r = renderChart(480, 260, (svg) => createGradientBarsChart(svg));
    r.chart.update(data);
    await expectSnapshot(r.text(), 'gradientBars');
    expect(r.svg.querySelectorAll('rect.bars-bar')).toHaveLength(3);
  });
});

describe('the gradient bars\' tick labels', () => {
  it('give ticks close together as many decimals as they need, never one label twice', () => {
    const label = tickLabel([-0.0016, -0.0014, -0.0012, -0.001]);
    expect([-0.0016, -0.0014, -0.0012, -0.001].map(label)).toEqual(['\u22120.0016', '\u22120.0014', '\u22120.0012', '\u22120.0010']);
  });

  it('write ticks all below 1e-3 in exponent form, the minus sign kept, zero as 0', () => {
    const label = tickLabel([-5e-4, -2.5e-4, 0, 2.5e-4]);
    expect([-5e-4, -2.5e-4, 0, 2.5e-4].map(label)).toEqual(['\u22125.0e\u22124', '\u22122.5e\u22124', '0', '2.5e\u22124']);
  });
});
