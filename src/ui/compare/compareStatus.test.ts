import { describe, expect, it } from 'vitest';
import { compareStatusText } from './compareStatus';

describe('compareStatusText', () => {
  it('says that an immediate cancel finished nothing, not "after 0 of 0"', () => {
    expect(compareStatusText('cancelled', { done: 0, total: 0 }, null)).toBe('Cancelled before any configuration finished.');
    expect(compareStatusText('cancelled', { done: 0, total: 10 }, null)).toBe('Cancelled before any configuration finished.');
    expect(compareStatusText('cancelled', null, null)).toBe('Cancelled before any configuration finished.');
  });

  it('names what finished before a cancel, and what is kept', () => {
    expect(compareStatusText('cancelled', { done: 3, total: 10 }, null)).toBe('Cancelled after 3 of 10 configurations.');
    expect(compareStatusText('cancelled', { done: 3, total: 10 }, null, 3)).toBe('Cancelled after 3 of 10 configurations. The 3 finished ones are kept below.');
    expect(compareStatusText('cancelled', { done: 1, total: 10 }, null, 1)).toBe('Cancelled after 1 of 10 configurations. The finished one is kept below.');
  });

  it('makes counts agree', () => {
    expect(compareStatusText('done', { done: 1, total: 1 }, null)).toBe('Done: 1 configuration.');
    expect(compareStatusText('done', { done: 10, total: 10 }, null)).toBe('Done: 10 configurations.');
    expect(compareStatusText('running', { done: 0, total: 0 }, null)).toBe('Starting the comparison\'s workers…');
    expect(compareStatusText('running', { done: 2, total: 10 }, null)).toBe('Running on the worker pool: 2 of 10 configurations done.');
  });
});
