import { describe, expect, it } from 'vitest';
import { generateMackeyGlass } from './mackeyGlass';
import { pathsOf, run, seriesOf } from '../testing/series';

describe('generateMackeyGlass', () => {
  it('with defaults matches an independent NumPy RK4 reference at samples 0, 1, 100, 399 to 1e-9', () => {
    const s = seriesOf(run(generateMackeyGlass, {})).inputs;
    expect(s).toHaveLength(400);
    // Same scheme in Python (float64): history 1.2, dt 0.1, delay 170 steps, 500 time units skipped.
    const reference: [number, number][] = [[0, 1.063751978498454], [1, 1.0112027778836172], [100, 0.8585142675723105], [399, 1.235721723539286]];
    for (const [i, v] of reference) expect(Math.abs(s[i] - v), `sample ${i}`).toBeLessThan(1e-9);
  });

  it('stays on the attractor, within [0.4, 1.35], after the transient', () => {
    const s = seriesOf(run(generateMackeyGlass, { length: 2000 })).inputs;
    expect(Math.min(...s)).toBeGreaterThan(0.4);
    expect(Math.max(...s)).toBeLessThan(1.35);
    expect(Math.max(...s) - Math.min(...s)).toBeGreaterThan(0.8);
  });

  it('is bit-identical from run to run, and a sampleEvery of 2 keeps every other default sample', () => {
    const a = seriesOf(run(generateMackeyGlass, {})).inputs;
    expect(seriesOf(run(generateMackeyGlass, {})).inputs).toEqual(a);
    const b = seriesOf(run(generateMackeyGlass, { sampleEvery: 2, length: 200 })).inputs;
    for (let i = 0; i < 200; i++) expect(b[i]).toBe(a[2 * i]);
  });

  it('refuses tau below dt, a sampleEvery that is not a multiple of dt, and too much work', () => {
    expect(pathsOf(run(generateMackeyGlass, { tau: 0.05 }))).toEqual(['data.tau']);
    expect(pathsOf(run(generateMackeyGlass, { sampleEvery: 0.25 }))).toEqual(['data.sampleEvery']);
    expect(pathsOf(run(generateMackeyGlass, { length: 100_000, sampleEvery: 10, dt: 0.1 }))).toEqual(['data.length']);
    expect(pathsOf(run(generateMackeyGlass, { n: 0, history: -1 }))).toEqual(['data.n', 'data.history']);
  });
});
