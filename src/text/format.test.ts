import { describe, expect, it } from 'vitest';
import { formatContribution } from './format';

describe('formatContribution(v)', () => {
  it('keeps three decimals, an exponent below 1e-3 and a typographic minus', () => {
    expect(formatContribution(-0.0423)).toBe('\u22120.042');
    expect(formatContribution(0.00012)).toBe('1.20e\u22124');
    expect(formatContribution(0)).toBe('0.000');
  });
});
