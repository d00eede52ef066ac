import { describe, expect, it } from 'vitest';
import { angleLabel, gateLabel } from './labels';

describe('angleLabel(angle)', () => {
  it('writes the docs/spec.md §1.3 expression compactly', () => {
    expect(angleLabel({ param: 'a' })).toBe('a');
    expect(angleLabel({ param: 'w', input: true, factor: 2 })).toBe('2·w·x');
    expect(angleLabel({ input: true, transform: 'arccos' })).toBe('acos x');
    expect(angleLabel(Math.PI / 2)).toBe('π/2');
  });

  it('adds a bias after the product (docs/spec.md §5.1)', () => {
    expect(angleLabel({ param: 'w', input: true, bias: 'b' })).toBe('w·x + b');
    expect(angleLabel({ param: 'a', bias: 'b', offset: -0.5 })).toBe('a + b − 0.5');
  });

  it('writes a bias alone as the bias, not 1 + b: the product term is absent', () => {
    expect(angleLabel({ bias: 'b' })).toBe('b');
    expect(gateLabel({ gate: 'RY', wires: [0], angle: { bias: 'b', offset: Math.PI } })).toBe('RY(b + π)');
  });
});
