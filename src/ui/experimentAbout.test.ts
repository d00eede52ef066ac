import { describe, expect, it } from 'vitest';
import { firstSentence } from './ExperimentAbout';

describe('firstSentence(text)', () => {
  it('ends at the first full stop, question or exclamation mark followed by a space or the end', () => {
    expect(firstSentence('Which method wins? Both train the same cell.')).toBe('Which method wins?');
    expect(firstSentence('Lorenz x in, y and z out (1 + 2 qubits). More follows.')).toBe('Lorenz x in, y and z out (1 + 2 qubits).');
    expect(firstSentence('A number like 0.5 is not an end. Here it ends.')).toBe('A number like 0.5 is not an end.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });
});
