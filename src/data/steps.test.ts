import { describe, expect, it } from 'vitest';
import { createFieldReader } from './fields';
import { checkWork, stepsAtLeast, wholeSteps } from './steps';

describe('wholeSteps', () => {
  it('wholeSteps(fields, name, 1, 0.1) is 10 despite 1 / 0.1 not being exact in binary', () => {
    const f = createFieldReader({});
    expect(wholeSteps(f, 'sampleEvery', 1, 0.1)).toBe(10);
    expect(wholeSteps(f, 'sampleEvery', 0.3, 0.1)).toBe(3);
    expect(f.errors).toEqual([]);
  });

  it('refuses a duration that is not a whole multiple of dt, or shorter than dt, naming data.<name>', () => {
    const f = createFieldReader({});
    wholeSteps(f, 'sampleEvery', 0.25, 0.1);
    wholeSteps(f, 'sampleEvery', 0.04, 0.1);
    expect(f.errors.map((e) => e.path)).toEqual(['data.sampleEvery', 'data.sampleEvery']);
  });
});

describe('stepsAtLeast and checkWork', () => {
  it('stepsAtLeast rounds up, ignoring round-off below 1e-9 steps', () => {
    expect(stepsAtLeast(500, 0.1)).toBe(5000);
    expect(stepsAtLeast(1, 0.3)).toBe(4);
    expect(stepsAtLeast(0, 0.25)).toBe(0);
  });

  it('checkWork allows transient + (length - 1) * stride up to the limit and blames data.length beyond it', () => {
    const f = createFieldReader({});
    expect(checkWork(f, 10, 11, 9, 100)).toBe(true);
    expect(checkWork(f, 10, 11, 10, 100)).toBe(false);
    expect(f.errors.map((e) => e.path)).toEqual(['data.length']);
  });
});
