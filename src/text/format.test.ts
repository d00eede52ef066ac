import { describe, expect, it } from 'vitest';
import { formatContribution, formatExponent, formatFixed, formatNumber, formatTick } from './format';

describe('formatContribution(v)', () => {
  it('keeps three decimals, an exponent below 1e-3 and a typographic minus', () => {
    expect(formatContribution(-0.0423)).toBe('\u22120.042');
    expect(formatContribution(0.00012)).toBe('1.20e\u22124');
    expect(formatContribution(0)).toBe('0.000');
  });

  it('never writes a negative zero', () => {
    expect(formatContribution(-0)).toBe('0.000');
    expect(formatContribution(-0.0)).toBe('0.000');
  });
});

describe('formatNumber(v, digits)', () => {
  it('shows floating-point noise as zero, never signed', () => {
    expect(formatNumber(3.79e-19)).toBe('0.000');
    expect(formatNumber(-1.22e-16)).toBe('0.000');
    expect(formatNumber(-0.0001, 2)).toBe('\u22121.00e\u22124');
    expect(formatNumber(-0.0004, 3)).toBe('\u22124.00e\u22124');
  });

  it('uses one minus sign everywhere, the exponent included', () => {
    expect(formatNumber(-2.49e-7)).toBe('\u22122.49e\u22127');
    expect(formatNumber(-1234567)).toBe('\u22121.23e+6');
    expect(formatNumber(-0.5)).toBe('\u22120.500');
  });
});

describe('formatFixed and formatExponent', () => {
  it('never write a negative zero or an ASCII minus', () => {
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    expect(formatFixed(-0.5, 2)).toBe('\u22120.50');
    expect(formatExponent(-2.49e-11)).toBe('\u22122.49e\u221211');
    expect(formatExponent(4e-19)).toBe('0.00');
  });
});

describe('formatTick(v)', () => {
  it('keeps a tick short, with one minus sign everywhere, the exponent included', () => {
    expect(formatTick(0.5)).toBe('0.5');
    expect(formatTick(-1.5)).toBe('\u22121.5');
    expect(formatTick(-2e-7)).toBe('\u22122e\u22127');
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(-1e-17)).toBe('0');
    expect(formatTick(2_000_000)).toBe('2e+6');
  });
});
