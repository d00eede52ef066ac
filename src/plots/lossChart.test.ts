/**
 * The loss chart's words and domains: `describeLoss` is what screen readers hear as the
 * chart's description; the domains keep the x axis on the planned epochs and give the log
 * scale only positive values.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeLoss, formatLoss } from './lossChart';
import { epochDomain, logTicks, lossDomain } from './lossScales';
import { createLossChart } from './lossChart';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';

describe('describeLoss(data, log)', () => {
  it('says when there is nothing to show', () => {
    expect(describeLoss({ train: [], test: [], epochs: 40 })).toBe('No training yet.');
  });

  it('gives the epochs done of those planned, each loss from first to latest, and the scale', () => {
    const text = describeLoss({ train: [0.4385, 0.3407, 0.04023], test: [0.4876, null, 0.02916], epochs: 40 }, true);
    expect(text).toBe('3 of 40 epochs. Train loss from 0.439 at epoch 1 to 0.0402 at epoch 3. Test loss from 0.488 at epoch 1 to 0.0292 at epoch 3. Logarithmic scale.');
  });

  it('says when a series has a single value or none', () => {
    expect(describeLoss({ train: [0.25], test: [null] })).toBe('1 epoch. Train loss 0.250 at epoch 1. No test loss. Linear scale.');
  });
});

describe('formatLoss(v)', () => {
  it('keeps three significant digits and switches to an exponent below 1e-3', () => {
    expect(formatLoss(0.04023)).toBe('0.0402');
    expect(formatLoss(0.000123)).toBe('1.23e\u22124');
    expect(formatLoss(-1.5)).toBe('\u22121.50');
  });
});

describe('epochDomain(data) and lossDomain(data, log)', () => {
  it('runs x from epoch 1 to the planned epochs, or further if training went further', () => {
    expect(epochDomain({ train: [0.4, 0.3], test: [], epochs: 40 })).toEqual([1, 40]);
    expect(epochDomain({ train: [0.4, 0.3, 0.2], test: [], epochs: 2 })).toEqual([1, 3]);
    expect(epochDomain({ train: [], test: [] })).toEqual([1, 2]);
  });

  it('starts a linear y at zero and spans powers of ten on a log y, ignoring zero, null and NaN', () => {
    const data = { train: [0.44, 0.1, 0.04], test: [0.49, null, 0, NaN] };
    expect(lossDomain(data, false)).toEqual([0, 0.49 * 1.08]);
    expect(lossDomain(data, true)).toEqual([0.01, 1]);
    expect(lossDomain({ train: [], test: [] }, true)).toEqual([0.01, 1]);
  });
});

describe('logTicks(domain)', () => {
  it('puts ticks on 1, 2 and 5 times each power of ten inside the domain', () => {
    expect(logTicks([0.01, 1])).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
    expect(logTicks([0.03, 0.4])).toEqual([0.05, 0.1, 0.2]);
  });

  it('thins out on a short axis: powers of ten only, then every second or fifth one', () => {
    expect(logTicks([1e-4, 1], 400)).toEqual([1e-4, 2e-4, 5e-4, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
    expect(logTicks([1e-4, 1], 160)).toEqual([1e-4, 0.001, 0.01, 0.1, 1]);
    expect(logTicks([1e-8, 1], 100)).toEqual([1e-8, 1e-6, 1e-4, 0.01, 1]);
    expect(logTicks([1e-20, 1], 100)).toEqual([1e-20, 1e-15, 1e-10, 1e-5, 1]);
  });
});

describe('createLossChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());
  const history = { train: [0.44, 0.3, 0.1, 0.05], test: [0.49, null, 0.12, 0.06], epochs: 6 };

  it('draws the axes, both lines with their end points and the legend it drew last time (linear y)', async () => {
    const r = renderChart(480, 240, (svg) => createLossChart(svg));
    r.chart.update(history);
    await expectSnapshot(r.text(), 'lossChart');
    expect(r.svg.querySelectorAll('path.chart-line')).toHaveLength(2);
  });

  it('draws the log scale it drew last time', async () => {
    const r = renderChart(480, 240, (svg) => createLossChart(svg));
    r.chart.update(history);
    r.chart.setLogScale(true);
    await expectSnapshot(r.text(), 'lossChart-log');
  });
});
