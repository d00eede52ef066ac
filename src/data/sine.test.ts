import { describe, expect, it } from 'vitest';
import { generateSine } from './sine';
import { pathsOf, run, seriesOf } from '../testing/series';

describe('generateSine', () => {
  it('with defaults gives 120 points of sin(2 pi i / 20) to 1e-15', () => {
    const s = seriesOf(run(generateSine, {}));
    expect(s.inputs).toHaveLength(120);
    for (let i = 0; i < 120; i++) expect(Math.abs(s.inputs[i] - Math.sin((2 * Math.PI * i) / 20))).toBeLessThan(1e-15);
    expect(s.targets).toEqual([s.inputs]);
    expect(s.cross).toBe(false);
  });

  it('applies amplitude, period and phase (radians)', () => {
    const s = seriesOf(run(generateSine, { length: 10, period: 8, amplitude: 2.5, phase: 0.3 }));
    for (let i = 0; i < 10; i++) expect(Math.abs(s.inputs[i] - 2.5 * Math.sin((2 * Math.PI * i) / 8 + 0.3))).toBeLessThan(1e-14);
  });

  it('adds seeded Gaussian noise: same seed, same values; another seed, other values; sd near `noise` (within 15%)', () => {
    const spec = { length: 2000, noise: 0.2 };
    const a = seriesOf(run(generateSine, spec, 5)).inputs, b = seriesOf(run(generateSine, spec, 5)).inputs;
    const c = seriesOf(run(generateSine, spec, 6)).inputs;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const residual = a.map((v, i) => v - Math.sin((2 * Math.PI * i) / 20));
    const sd = Math.sqrt(residual.reduce((s, r) => s + r * r, 0) / residual.length);
    expect(Math.abs(sd - 0.2)).toBeLessThan(0.03);
  });

  it('refuses a non-positive period, a negative noise and a length outside 2 .. 100000', () => {
    expect(pathsOf(run(generateSine, { period: 0, noise: -1, length: 1 }))).toEqual(['data.length', 'data.period', 'data.noise']);
    expect(pathsOf(run(generateSine, { length: 100_001 }))).toEqual(['data.length']);
  });
});
