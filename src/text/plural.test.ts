import { describe, expect, it } from 'vitest';
import { plural, pluralNoun } from './plural';

describe('plural(n, noun)', () => {
  it('makes the noun agree with the count', () => {
    expect(plural(1, 'step')).toBe('1 step');
    expect(plural(0, 'step')).toBe('0 steps');
    expect(plural(2, 'hidden qubit')).toBe('2 hidden qubits');
    expect(plural(1, 'hidden qubit')).toBe('1 hidden qubit');
    expect(plural(1000, 'shot')).toBe('1,000 shots');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'data row', 'data rows')).toBe('1 data row');
    expect(pluralNoun(3, 'matrix', 'matrices')).toBe('matrices');
  });
});
