import { describe as group, it, expect } from 'vitest';
import { child, complete, copyExtras, copyJson, describe, index, isObject, MAX_DEPTH, newReport, numberPhrase, own, readChoice, readNumber, readString } from './parseCheck';

group('field paths', () => {
  it('child and index write paths like model.cell[2].wires[1]', () => {
    expect(index(child(index(child('model', 'cell'), 2), 'wires'), 1)).toBe('model.cell[2].wires[1]');
    expect(child('', 'params')).toBe('params');
  });

  it('child quotes a key that is not an identifier', () => {
    expect(child('params', 'my angle')).toBe('params["my angle"]');
    expect(child('', '0')).toBe('["0"]');
  });
});

group('describe', () => {
  it('describe(value) quotes strings and names lists and objects', () => {
    expect([describe('abc'), describe(1.5), describe(null), describe(true), describe([]), describe({}), describe(undefined), describe(Number.NaN)])
      .toEqual(['"abc"', '1.5', 'null', 'true', 'a list', 'an object', 'nothing', 'NaN']);
  });

  it('describe(value) shortens a long string', () => {
    expect(describe('x'.repeat(500))).toBe(`"${'x'.repeat(38)}..."`);
  });
});

group('readers', () => {
  it('readNumber refuses a string with "must be a finite number"', () => {
    const r = newReport();
    expect(readNumber(r, 'abc', 'params.w')).toBeUndefined();
    expect(r.errors).toEqual([{ path: 'params.w', message: 'must be a finite number, got "abc"' }]);
  });

  it('readNumber reads -0 as 0 and names a missing field as required', () => {
    const r = newReport();
    expect(Object.is(readNumber(r, -0, 'x'), 0)).toBe(true);
    readNumber(r, undefined, 'epochs', { integer: true, min: 0 });
    expect(r.errors).toEqual([{ path: 'epochs', message: 'is required: an integer of at least 0' }]);
  });

  it('numberPhrase states each kind of bound in words', () => {
    expect(numberPhrase({ integer: true, min: 1, max: 12 })).toBe('an integer from 1 to 12');
    expect(numberPhrase({ above: 0 })).toBe('a number greater than 0');
    expect(numberPhrase({ above: 0, below: 1 })).toBe('a number strictly between 0 and 1');
    expect(numberPhrase({ max: 3 })).toBe('a number of at most 3');
    expect(numberPhrase({ integer: true })).toBe('an integer');
  });

  it('readString and readChoice name what they expected', () => {
    const r = newReport();
    readString(r, '', 'p', true);
    readChoice(r, 'W', 'o', ['X', 'Y', 'Z']);
    expect(r.errors).toEqual([
      { path: 'p', message: 'must be a non-empty string, got ""' },
      { path: 'o', message: "must be one of 'X', 'Y', 'Z', got \"W\"" },
    ]);
  });

  it('own never returns an inherited property such as constructor', () => {
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own(JSON.parse('{"constructor": 1}') as Record<string, unknown>, 'constructor')).toBe(1);
  });

  it('isObject accepts plain and null-prototype objects only', () => {
    expect([isObject({}), isObject(Object.create(null)), isObject([]), isObject(null), isObject(new Date(0)), isObject(new Map())])
      .toEqual([true, true, false, false, false, false]);
  });

  it('complete(parts) is undefined as soon as one part is', () => {
    expect(complete({ a: 1, b: 'x' })).toEqual({ a: 1, b: 'x' });
    expect(complete({ a: 1, b: undefined })).toBeUndefined();
  });
});

group('copyJson', () => {
  it('copyJson(value) deep-copies JSON values', () => {
    const value = { a: [1, { b: null, c: 'x' }], d: true };
    const r = newReport();
    const copy = copyJson(r, value, 'x', 0);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect((copy as { a: unknown[] }).a).not.toBe(value.a);
    expect(r.errors).toEqual([]);
  });

  it('copyJson drops a __proto__ key with a warning and leaves every prototype alone', () => {
    const r = newReport();
    const copy = copyJson(r, JSON.parse('{"__proto__": {"polluted": true}, "k": 1}'), 'model.extra', 0) as Record<string, unknown>;
    expect(copy).toEqual({ k: 1 });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.warnings).toEqual([{ path: 'model.extra.__proto__', message: "was ignored: '__proto__' is not allowed as a field name" }]);
  });

  it('copyJson refuses values JSON cannot hold', () => {
    const r = newReport();
    for (const v of [Number.POSITIVE_INFINITY, 10n, new Date(0), () => 1, [undefined]]) copyJson(r, v, 'x', 0);
    expect(r.errors.map((e) => e.message)).toEqual([
      'must be a finite number, got Infinity',
      'must be a JSON value (null, true/false, a number, a string, a list or an object), got a bigint',
      'must be a JSON value (null, true/false, a number, a string, a list or an object), got an object',
      'must be a JSON value (null, true/false, a number, a string, a list or an object), got a function',
      'must be a JSON value (null, true/false, a number, a string, a list or an object), got nothing',
    ]);
  });

  it(`copyJson refuses nesting deeper than ${MAX_DEPTH} levels, and a cycle, with one error`, () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const v of [deep, cyclic]) {
      const r = newReport();
      expect(copyJson(r, v, 'x', 0)).toBeUndefined();
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].message).toBe(`is nested too deeply (more than ${MAX_DEPTH} levels)`);
    }
  });

  it('copyExtras copies only the fields not named as known', () => {
    const r = newReport();
    const target: Record<string, unknown> = { gate: 'H' };
    copyExtras(r, { gate: 'X', note: 'kept', skipped: undefined }, ['gate'], 'model.cell[0]', target);
    expect(target).toEqual({ gate: 'H', note: 'kept' });
  });
});
