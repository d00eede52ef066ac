import { describe, expect, it } from 'vitest';
import { createFieldReader, fieldPath, isRecord } from './fields';

describe('createFieldReader', () => {
  it('number(name, fallback) returns the fallback for an absent field without an error', () => {
    const f = createFieldReader({});
    expect(f.number('period', 20, { above: 0 })).toBe(20);
    expect(f.errors).toEqual([]);
  });

  it('number(name, fallback, rule) accepts a value inside the rule', () => {
    const f = createFieldReader({ length: 50, noise: 0 });
    expect(f.number('length', 120, { integer: true, min: 2, max: 1000 })).toBe(50);
    expect(f.number('noise', 1, { min: 0 })).toBe(0);
    expect(f.errors).toEqual([]);
  });

  it('number(name, fallback, rule) refuses NaN, infinities, text, fractions and out-of-range values, naming data.<field>', () => {
    const f = createFieldReader({ a: NaN, b: Infinity, c: '3', d: 2.5, e: 0, g: 11 });
    expect(f.number('a', 1)).toBe(1);
    expect(f.number('b', 1)).toBe(1);
    expect(f.number('c', 1)).toBe(1);
    expect(f.number('d', 1, { integer: true })).toBe(1);
    expect(f.number('e', 1, { above: 0 })).toBe(1);
    expect(f.number('g', 1, { max: 10 })).toBe(1);
    expect(f.errors.map((e) => e.path)).toEqual(['data.a', 'data.b', 'data.c', 'data.d', 'data.e', 'data.g']);
    expect(f.errors[4].message).toBe('must be a finite number above 0, not 0');
    expect(f.errors[2].message).toContain('the text "3"');
  });

  it('oneOf and boolean accept listed values and refuse others', () => {
    const f = createFieldReader({ normalize: 'zscore', component: 'w', header: 'yes' });
    expect(f.oneOf('normalize', ['minmax', 'zscore'] as const, 'minmax')).toBe('zscore');
    expect(f.oneOf('component', ['x', 'y'] as const, 'x')).toBe('x');
    expect(f.boolean('header', false)).toBe(false);
    expect(f.errors.map((e) => e.path)).toEqual(['data.component', 'data.header']);
  });

  it('fieldPath and isRecord name paths and recognise plain objects', () => {
    expect(fieldPath('tau')).toBe('data.tau');
    expect(fieldPath('')).toBe('data');
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
  });
});
