/**
 * What a rebuilt run keeps: trained values, except where the edit changed a value, added a
 * parameter, or the trained value is no longer finite; and the epochs that remain.
 */
import { describe, expect, it } from 'vitest';
import { carriedParams, continuedExperiment } from './carryOver';
import type { Experiment } from '../model/types';

describe('carriedParams(edited, base, trained)', () => {
  it('keeps trained values, takes edited and new values, drops removed parameters', () => {
    const base = { a: 0.4, b: -0.3, gone: 1 };
    const trained = { a: 0.71, b: -0.52, gone: 2 };
    const edited = { a: 0.4, b: 1.5, fresh: 0.25 };
    expect(carriedParams(edited, base, trained)).toEqual({ a: 0.71, b: 1.5, fresh: 0.25 });
  });

  it('falls back to the edited value where the trained one is not finite', () => {
    expect(carriedParams({ a: 0.4 }, { a: 0.4 }, { a: NaN })).toEqual({ a: 0.4 });
    expect(carriedParams({ a: 0.4 }, { a: 0.4 }, { a: Infinity })).toEqual({ a: 0.4 });
  });
});

describe('continuedExperiment(edited, base, trained, done, planned)', () => {
  const edited = { params: { a: 0.4 }, training: { epochs: 40, batchSize: 4 } } as unknown as Experiment;

  it('plans only the epochs that remain, never fewer than zero', () => {
    expect(continuedExperiment(edited, { a: 0.4 }, { a: 1 }, 12, 40).training).toEqual({ epochs: 28, batchSize: 4 });
    expect(continuedExperiment(edited, { a: 0.4 }, { a: 1 }, 50, 40).training.epochs).toBe(0);
    expect(continuedExperiment(edited, { a: 0.4 }, { a: 1 }, 12, 40).params).toEqual({ a: 1 });
  });

  it('leaves the edited experiment untouched', () => {
    continuedExperiment(edited, { a: 0.4 }, { a: 1 }, 12, 40);
    expect(edited.training.epochs).toBe(40);
    expect(edited.params.a).toBe(0.4);
  });
});
