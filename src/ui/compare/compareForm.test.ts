/**
 * The comparison form's parsing: spaces or commas between numbers, duplicates dropped, the
 * defaults round-trip through the fields, and every bad value is refused with its field.
 */
import { describe, expect, it } from 'vitest';
import { COMPARE_DEFAULTS } from '../../store';
import { fieldsOf, parseFields } from './compareForm';

describe('parseFields(fields)', () => {
  it('reads lists separated by spaces or commas and drops duplicates', () => {
    expect(parseFields({ shots: '100, 1000 1000', steps: '0.5,0.1', repeats: '6' })).toEqual({ ok: true, settings: { shots: [100, 1000], steps: [0.5, 0.1], repeats: 6 } });
    expect(parseFields({ shots: '100', steps: '', repeats: '2' })).toEqual({ ok: true, settings: { shots: [100], steps: [], repeats: 2 } });
  });

  it('round-trips the defaults through the fields', () => {
    expect(fieldsOf(COMPARE_DEFAULTS)).toEqual({ shots: '100 1000 10000', steps: '0.5 0.1 0.02', repeats: '24' });
    expect(parseFields(fieldsOf(COMPARE_DEFAULTS))).toEqual({ ok: true, settings: COMPARE_DEFAULTS });
  });

  it('refuses bad values, naming the field', () => {
    const field = (shots: string, steps: string, repeats: string) => {
      const r = parseFields({ shots, steps, repeats });
      return r.ok ? null : r.field;
    };
    expect(field('', '0.1', '6')).toBe('shots');
    expect(field('100.5', '0.1', '6')).toBe('shots');
    expect(field('2000000', '0.1', '6')).toBe('shots');
    expect(field('100', '0 0.1', '6')).toBe('steps');
    expect(field('100', 'h', '6')).toBe('steps');
    expect(field('100', '0.1', '1')).toBe('repeats');
    expect(field('100', '0.1', 'many')).toBe('repeats');
    expect(field('1 2 3 4 5 6 7 8 9 10 11', '0.1 0.2 0.3 0.4', '6')).toBe('shots');
  });
});
