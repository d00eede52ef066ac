import { describe, expect, it } from 'vitest';
import { createFieldReader } from './fields';
import { pairSeries, refused, scalarSeries } from './series';

describe('scalarSeries and pairSeries', () => {
  it('scalarSeries(values, w) uses the values as inputs and targets and records the default window', () => {
    expect(scalarSeries([1, 2], 5)).toEqual({ ok: true, series: { inputs: [1, 2], targets: [[1, 2]], cross: false, defaultWindow: 5 } });
  });

  it('refuses a series with a non-finite value, naming the first bad point', () => {
    const r = pairSeries([1, 2, 3], [[1, NaN, Infinity]], true);
    expect(r).toEqual({ ok: false, errors: [{ path: 'data', message: 'the generated series is not finite at point 1: the parameters make it diverge' }] });
  });
});

describe('refused', () => {
  it('is null without errors and a copy of the errors otherwise', () => {
    const f = createFieldReader({ period: -1 });
    expect(refused(f)).toBeNull();
    f.number('period', 1, { above: 0 });
    const r = refused(f);
    expect(r && !r.ok && r.errors.map((e) => e.path)).toEqual(['data.period']);
  });
});
