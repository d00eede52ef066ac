import { describe, expect, it } from 'vitest';
import { generateSequence } from './sequence';
import { pathsOf, run, seriesOf } from '../testing/series';

describe('generateSequence', () => {
  it('with defaults gives 10, 20, ..., 90 and a default window of count - 1 = 8', () => {
    const s = seriesOf(run(generateSequence, {}));
    expect(s.inputs).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(s.defaultWindow).toBe(8);
  });

  it('uses start, step and count; the default window is count - horizon', () => {
    const s = seriesOf(run(generateSequence, { start: -1, step: 0.5, count: 5 }, 1, 2));
    expect(s.inputs).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(s.defaultWindow).toBe(3);
  });

  it('refuses a count below 2 or a non-finite step', () => {
    expect(pathsOf(run(generateSequence, { count: 1, step: Infinity }))).toEqual(['data.step', 'data.count']);
  });
});
