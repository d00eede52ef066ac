/**
 * The snapshot helper itself: numbers rounded to 2 decimals wherever they appear, attributes
 * in a fixed order, and a chart that redraws (update, resize) into the same elements rather
 * than adding new ones.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderChart, roundNumbers } from './chartSnapshot.test-helper';
import { createLossChart } from './lossChart';
import { createGradientBarsChart } from './gradientBars';

afterEach(() => vi.unstubAllGlobals());

describe('roundNumbers(value)', () => {
  it('rounds decimals and exponents to 2 decimals, leaves integers and names alone, never writes -0', () => {
    expect(roundNumbers('M52.504,0.5H460.125')).toBe('M52.5,0.5H460.13');
    expect(roundNumbers('translate(0,-0.001) h0 chart-layer--axes 12')).toBe('translate(0,0) h0 chart-layer--axes 12');
    expect(roundNumbers('1e-7 2.5e+2')).toBe('0 250');
  });
});

describe('renderChart(width, height, create)', () => {
  it('writes attributes in alphabetical order whatever order the chart set them', () => {
    const r = renderChart(200, 100, (svg) => createLossChart(svg));
    const first = r.text().split('\n')[0];
    expect(first).toBe('<svg aria-labelledby="loss-chart-title loss-chart-desc" class="loss-chart" data-epochs="0" data-scale="linear" height="100" role="img" viewBox="0 0 200 100" width="200">');
  });

  it('gives the same text after the same data again, and after a resize there and back', () => {
    const history = { train: [0.4, 0.2, 0.1], test: [0.5, 0.3, 0.2], epochs: 5 };
    const r = renderChart(480, 240, (svg) => createLossChart(svg));
    r.chart.update(history);
    const once = r.text();
    r.chart.update(history);
    expect(r.text()).toBe(once);
    r.resize(300, 200);
    expect(r.text()).not.toBe(once);
    r.resize(480, 240);
    expect(r.text()).toBe(once);
  });

  it('removes the marks of data that went away (the keyed join)', () => {
    const r = renderChart(480, 260, (svg) => createGradientBarsChart(svg));
    const bar = (step: number, contribution: number) => ({ gate: 0, step, contribution, label: `step ${step}` });
    r.chart.update({ param: 'a', bars: [bar(0, 0.1), bar(1, 0.2)], total: 0.3, headPart: 0, reference: null });
    expect(r.svg.querySelectorAll('rect.bars-bar')).toHaveLength(2);
    r.chart.update({ param: 'a', bars: [bar(0, 0.1)], total: 0.1, headPart: 0, reference: null });
    expect(r.svg.querySelectorAll('rect.bars-bar')).toHaveLength(1);
    r.chart.destroy();
    expect(r.text()).not.toContain('<rect');
  });
});
