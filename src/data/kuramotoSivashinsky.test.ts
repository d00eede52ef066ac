import { describe, expect, it } from 'vitest';
import { generateKuramotoSivashinsky } from './kuramotoSivashinsky';
import { pathsOf, run, seriesOf } from '../testing/series';

const gen = generateKuramotoSivashinsky;

describe('generateKuramotoSivashinsky', () => {
  it('with defaults gives 400 samples of u at grid point 0, on the attractor (|u| < 4, rms in [0.8, 1.6])', () => {
    const s = seriesOf(run(gen, {})).inputs;
    expect(s).toHaveLength(400);
    expect(Math.max(...s.map(Math.abs))).toBeLessThan(4);
    const rms = Math.sqrt(s.reduce((a, v) => a + v * v, 0) / s.length);
    expect(rms).toBeGreaterThan(0.8);
    expect(rms).toBeLessThan(1.6);
  });

  it('is bit-identical for the same seed and differs for another seed', () => {
    const spec = { transient: 100, length: 50 };
    const a = seriesOf(run(gen, spec, 2)).inputs;
    expect(seriesOf(run(gen, spec, 2)).inputs).toEqual(a);
    expect(seriesOf(run(gen, spec, 3)).inputs).not.toEqual(a);
  });

  it('observes a grid point, or Re(v_m) / N, which stays below 2 in magnitude and is not constant', () => {
    const spec = { transient: 100, length: 40 };
    const point = seriesOf(run(gen, { ...spec, observe: { point: 5 } })).inputs;
    const mode = seriesOf(run(gen, { ...spec, observe: { mode: 2 } })).inputs;
    expect(point).not.toEqual(seriesOf(run(gen, spec)).inputs);
    expect(Math.max(...mode.map(Math.abs))).toBeLessThan(2);
    expect(Math.max(...mode.map(Math.abs))).toBeGreaterThan(0.01);
  });

  it('refuses N that is not a power of two, a point off the grid and mode 0 or the Nyquist mode', () => {
    expect(pathsOf(run(gen, { N: 48 }))).toEqual(['data.N']);
    expect(pathsOf(run(gen, { observe: { point: 64 } }))).toEqual(['data.observe.point']);
    expect(pathsOf(run(gen, { observe: { mode: 0 } }))).toEqual(['data.observe.mode']);
    expect(pathsOf(run(gen, { observe: { mode: 32 } }))).toEqual(['data.observe.mode']);
    expect(pathsOf(run(gen, { observe: { point: 1, mode: 1 } }))).toEqual(['data.observe']);
    expect(pathsOf(run(gen, { observe: 3 }))).toEqual(['data.observe']);
  });

  it('refuses more work than the bound allows, naming data.length', () => {
    expect(pathsOf(run(gen, { length: 100_000, sampleEvery: 10 }))).toEqual(['data.length']);
  });
});
