import { describe, expect, it } from 'vitest';
import { generateLorenz, lorenzStep } from './lorenz';
import { pathsOf, run, seriesOf } from '../testing/series';

describe('lorenzStep', () => {
  it('reproduces one RK4 step of dt = 0.01 computed in exact rational arithmetic, to 1e-12', () => {
    // Python fractions: RK4 with sigma 10, rho 28, beta 8/3, dt 1/100, then rounded to float64.
    const cases: [number[], number[]][] = [
      [[1, 1, 1], [1.0125671910736112, 1.2599177989452743, 0.9848909717916053]],
      [[-8.5, 3.25, 27], [-7.388576424372428, 3.1012041935102594, 26.040487507237533]],
    ];
    for (const [start, expected] of cases) {
      const state = Float64Array.from(start);
      lorenzStep(state, 0.01, 10, 28, 8 / 3);
      for (let i = 0; i < 3; i++) expect(Math.abs(state[i] - expected[i])).toBeLessThan(1e-12);
    }
  });
});

describe('generateLorenz', () => {
  it('with defaults gives 600 samples of x that stay bounded (|x| < 25) while z stays in (0, 55)', () => {
    const x = seriesOf(run(generateLorenz, { length: 5000 }));
    const z = seriesOf(run(generateLorenz, { length: 5000, component: 'z' }));
    expect(seriesOf(run(generateLorenz, {})).inputs).toHaveLength(600);
    expect(Math.max(...x.inputs.map(Math.abs))).toBeLessThan(25);
    expect(Math.min(...z.inputs)).toBeGreaterThan(0);
    expect(Math.max(...z.inputs)).toBeLessThan(55);
  });

  it('with target z is a cross-prediction pair: inputs are x, targets z of the same trajectory', () => {
    const pair = seriesOf(run(generateLorenz, { target: 'z' }));
    expect(pair.cross).toBe(true);
    expect(pair.inputs).toEqual(seriesOf(run(generateLorenz, {})).inputs);
    expect(pair.targets).toEqual([seriesOf(run(generateLorenz, { component: 'z' })).inputs]);
  });

  it('with target ["y", "z"] gives one target series per output, of the same trajectory (docs/spec.md §5.3)', () => {
    const pair = seriesOf(run(generateLorenz, { target: ['y', 'z'] }));
    expect(pair.cross).toBe(true);
    expect(pair.targets).toEqual([seriesOf(run(generateLorenz, { component: 'y' })).inputs, seriesOf(run(generateLorenz, { component: 'z' })).inputs]);
    expect(run(generateLorenz, { target: ['y', 'y'] })).toMatchObject({ ok: false, errors: [{ path: 'data.target' }] });
    expect(run(generateLorenz, { target: ['w'] })).toMatchObject({ ok: false, errors: [{ path: 'data.target' }] });
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = seriesOf(run(generateLorenz, {}, 3)).inputs;
    expect(seriesOf(run(generateLorenz, {}, 3)).inputs).toEqual(a);
    expect(seriesOf(run(generateLorenz, {}, 4)).inputs).not.toEqual(a);
  });

  it('with the defaults the seed nudges the start only, as src/data/README.md says: seeds 1 and 2 differ by at most about 2 on a range of about 32', () => {
    const a = seriesOf(run(generateLorenz, {}, 1)).inputs;
    const b = seriesOf(run(generateLorenz, {}, 2)).inputs;
    const most = Math.max(...a.map((v, i) => Math.abs(v - b[i])));
    const range = Math.max(...a) - Math.min(...a);
    expect(most).toBeGreaterThan(0.5);
    expect(most).toBeLessThan(3);
    expect(range).toBeGreaterThan(25);
  });

  it('refuses an unknown component, a fractional sampleEvery and a dt above 0.1', () => {
    expect(pathsOf(run(generateLorenz, { component: 'w', sampleEvery: 1.5, dt: 0.5 }))).toEqual(['data.dt', 'data.sampleEvery', 'data.component']);
  });
});
