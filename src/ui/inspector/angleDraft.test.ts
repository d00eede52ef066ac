/**
 * Tests of the inspector's angle form: round trips, defaults left out, multiples of π, and
 * bad text handed on as `NaN` for the parser to refuse.
 */
import { describe, expect, it } from 'vitest';
import type { Angle } from '../../model/types';
import { angleOf, draftOf, fixedValueOf, readAngleNumber } from './angleDraft';
import { fieldOf } from './fieldOf';

describe('angleDraft', () => {
  it('angleOf(draftOf(angle)) gives the angle back', () => {
    const angles: Angle[] = [
      0.25, { param: 'a' }, { input: true, transform: 'arccos' }, { param: 'w', input: 2, factor: 2, offset: -0.5, transform: 'arctan' },
      { param: 'w', input: true, bias: 'b' }, { bias: 'b', offset: 0.5 },
    ];
    for (const angle of angles) expect(angleOf(draftOf(angle))).toEqual(angle);
  });

  it('leaves defaults out and writes component 0 as true', () => {
    const draft = { ...draftOf({ param: 'a' }), input: true, index: '0', factor: '1', offset: '0', transform: 'linear' as const };
    expect(angleOf(draft)).toEqual({ param: 'a', input: true });
    expect(angleOf({ ...draft, input: false, transform: 'arccos' })).toEqual({ param: 'a' });
  });

  it('readAngleNumber(text) reads numbers and multiples or fractions of π', () => {
    expect(readAngleNumber('0.5')).toBe(0.5);
    expect(readAngleNumber('pi/2')).toBeCloseTo(Math.PI / 2, 15);
    expect(readAngleNumber('−3π/4')).toBeCloseTo((-3 * Math.PI) / 4, 15);
    expect(readAngleNumber('2pi')).toBeCloseTo(2 * Math.PI, 15);
    expect(readAngleNumber('1e-3')).toBe(0.001);
    expect(readAngleNumber('abc')).toBeNaN();
    expect(readAngleNumber('')).toBeNaN();
  });

  it('bad text becomes NaN in the angle, for the parser to refuse', () => {
    expect(angleOf({ ...draftOf(0), value: 'ninety' })).toBeNaN();
    expect((angleOf({ ...draftOf({ param: 'a' }), factor: 'x' }) as { factor: number }).factor).toBeNaN();
  });

  it('fixedValueOf(angle, params) is offset + factor * theta without an input, the offset with one', () => {
    expect(fixedValueOf({ param: 'a', factor: 2, offset: 0.5 }, { a: 0.25 })).toBe(1);
    expect(fixedValueOf({ param: 'a', input: true, offset: 0.5 }, { a: 0.25 })).toBe(0.5);
    expect(fixedValueOf(0.3, {})).toBe(0.3);
  });

  it('fixedValueOf adds the bias (docs/spec.md §5.1), and a bias alone is offset + bias, not offset + factor', () => {
    expect(fixedValueOf({ param: 'a', bias: 'b' }, { a: 0.25, b: 0.5 })).toBe(0.75);
    expect(fixedValueOf({ bias: 'b', offset: 1 }, { b: 0.5 })).toBe(1.5);
    expect(fixedValueOf({ input: true, bias: 'b' }, { b: 0.5 })).toBe(0.5);
  });
});

describe('fieldOf(path, edited)', () => {
  it('routes a refusal to the field the parser names, else to the edited one', () => {
    expect(fieldOf('model.cell[2].angle.factor', 'param')).toBe('factor');
    expect(fieldOf('model.cell[3].wires', 'kind')).toBe('wires');
    expect(fieldOf('model.cell[3].wires[1]', 'kind')).toBe('wires');
    expect(fieldOf('model.cell[2].angle', 'param')).toBe('param');
    expect(fieldOf('', 'offset')).toBe('offset');
    expect(fieldOf('model.cell[1].angle.bias', 'param')).toBe('bias');
    expect(fieldOf('params.bias', 'biasValue')).toBe('biasValue');
  });
});
