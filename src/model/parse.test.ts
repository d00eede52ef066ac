import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseExperiment, parseExperimentText } from './parse';
import { serializeExperiment } from './serialize';
import type { FieldError, ParseResult } from './types';
import { CASE_NAMES, caseText } from '../testing/cases';
import { HOSTILE_CASES, hostileFile, hostilePath } from '../testing/hostile';

const FIXTURES = CASE_NAMES;

function text(name: string): string {
  return caseText(name);
}

function fixture(name = 'shared-gate-every-step'): Record<string, unknown> {
  return JSON.parse(text(name)) as Record<string, unknown>;
}

function errorsOf(result: ParseResult): FieldError[] {
  return result.ok ? [] : result.errors;
}

/** The errors for the fixture with top-level fields replaced (or removed, for `undefined`). */
function errorsWith(changes: Record<string, unknown>): FieldError[] {
  return errorsOf(parseExperiment(JSON.parse(JSON.stringify({ ...fixture(), ...changes })) as unknown));
}

/** A result is either a valid experiment, or a non-empty list of errors each with a path and a message. */
function wellFormed(result: ParseResult): boolean {
  if (result.ok) return typeof result.experiment === 'object' && Array.isArray(result.warnings);
  return result.errors.length > 0 && result.errors.every((e) => typeof e.path === 'string' && typeof e.message === 'string' && e.message !== '');
}

describe('parseExperiment: the reference fixtures', () => {
  it.each(FIXTURES)('parseExperiment(%s) accepts the file with no warnings', (name) => {
    expect(parseExperiment(fixture(name))).toEqual({ ok: true, experiment: fixture(name), warnings: [] });
  });

  it.each(FIXTURES)('parseExperimentText(%s) reads the file text', (name) => {
    expect(parseExperimentText(text(name))).toEqual(parseExperiment(fixture(name)));
  });

  it('returns a copy that shares nothing with its input', () => {
    const file = fixture();
    const result = parseExperiment(file);
    if (!result.ok) throw new Error('fixture refused');
    expect(result.experiment.model).not.toBe(file.model);
    (result.experiment.model.cell[0].wires as number[])[0] = 9;
    expect(file).toEqual(fixture());
  });
});

describe('parseExperiment: the file itself', () => {
  it('refuses anything but an object, at path ""', () => {
    for (const [input, got] of [[null, 'null'], [[1], 'a list'], ['text', '"text"'], [3, '3'], [undefined, 'nothing']] as const) {
      expect(parseExperiment(input)).toEqual({ ok: false, errors: [{ path: '', message: `an experiment file must be a JSON object, got ${got}` }] });
    }
  });

  it('refuses a file with another format, or none', () => {
    expect(errorsWith({ format: 'qrnn-lab.result' })).toEqual([
      { path: 'format', message: 'must be "qrnn-lab.experiment" (the mark of a QRNN Lab experiment file), got "qrnn-lab.result"' },
    ]);
    expect(errorsWith({ format: undefined })).toEqual([{ path: 'format', message: 'is required: "qrnn-lab.experiment" (the mark of a QRNN Lab experiment file)' }]);
  });

  it('refuses a version newer than this lab through migrate, and checks nothing else', () => {
    expect(errorsWith({ version: 7, model: 'whatever' })).toEqual([
      { path: 'version', message: 'this file was written by a newer QRNN Lab (version 7); this lab reads versions up to 1' },
    ]);
  });

  it('requires a name but accepts an empty one', () => {
    expect(errorsWith({ name: undefined })).toEqual([{ path: 'name', message: 'is required: a string' }]);
    expect(errorsWith({ name: 42 })).toEqual([{ path: 'name', message: 'must be a string, got 42' }]);
    expect(errorsWith({ name: '' })).toEqual([]);
  });

  it('collects every error of a file, not just the first', () => {
    const file = fixture();
    const model = file.model as { cell: Record<string, unknown>[]; readout: Record<string, unknown>[] };
    model.cell[0].gate = 'RQ';
    model.cell[1].wires = [0, 5];
    model.readout[0].wire = 1;
    (file.data as { targets: unknown[] }).targets.push(3);
    expect(errorsOf(parseExperiment({ ...file, params: { theta: 'abc', phi: 1 }, training: { epochs: -1 } })).map((e) => e.path)).toEqual([
      'model.cell[0].gate', 'model.cell[1].wires[1]', 'model.readout[0].wire', 'params.theta', 'data.targets', 'training.epochs',
    ]);
  });

  it('supplies [] for an absent frozen list', () => {
    const result = parseExperiment({ ...fixture(), frozen: undefined });
    expect(result.ok && result.experiment.frozen).toEqual([]);
  });
});

describe('parseExperiment: params and the names that use them', () => {
  it('refuses a parameter value that is not a finite number', () => {
    expect(errorsWith({ params: { theta: 'abc', phi: 0.1 } })).toEqual([{ path: 'params.theta', message: 'must be a number from -1000000 to 1000000, got "abc"' }]);
    expect(errorsWith({ params: { theta: 1e21, phi: 0.1 } })).toEqual([{ path: 'params.theta', message: 'must be a number from -1000000 to 1000000, got 1e+21' }]);
    expect(errorsWith({ params: [1, 2] })[0]).toEqual({ path: 'params', message: 'must be an object of parameter names and their values, like {"a": 0.1}, got a list' });
  });

  it('refuses a parameter a gate uses but params lacks, naming the gate field', () => {
    expect(errorsWith({ params: { phi: 0.1 } })).toEqual([{ path: 'model.cell[2].angle.param', message: "parameter 'theta' is used by model.cell[2].angle but missing from params" }]);
  });

  it('refuses a parameter the head uses but params lacks, naming the head field', () => {
    const file = fixture();
    (file.model as { head: Record<string, unknown> }).head = { weights: ['s'], bias: 'c' };
    expect(errorsOf(parseExperiment({ ...file, params: { theta: 1, phi: 2, s: 1 } }))).toEqual([
      { path: 'model.head.bias', message: "parameter 'c' is used by model.head.bias but missing from params" },
    ]);
  });

  it('does not take an inherited name such as constructor for a parameter', () => {
    const file = fixture();
    (file.model as { head: Record<string, unknown> }).head = { weights: ['constructor'], bias: 'toString' };
    expect(errorsOf(parseExperiment(file)).map((e) => e.message)).toEqual([
      "parameter 'constructor' is used by model.head.weights[0] but missing from params",
      "parameter 'toString' is used by model.head.bias but missing from params",
    ]);
  });

  it('accepts a parameter nothing uses, with a warning', () => {
    expect(parseExperiment({ ...fixture(), params: { theta: 0.4, phi: -0.3, spare: 1 } })).toMatchObject({
      ok: true,
      warnings: [{ path: 'params.spare', message: "parameter 'spare' is not used by any gate or the head" }],
    });
  });

  it('refuses a frozen name that is not in params, and a frozen list of the wrong kind', () => {
    expect(errorsWith({ frozen: ['theta', 'psi'] })).toEqual([{ path: 'frozen[1]', message: "parameter 'psi' is not in params, so it cannot be frozen" }]);
    expect(errorsWith({ frozen: 'theta' })).toEqual([{ path: 'frozen', message: 'must be a list of parameter names, got "theta"' }]);
    expect(errorsWith({ frozen: [3] })).toEqual([{ path: 'frozen[0]', message: 'must be a non-empty string, got 3' }]);
  });

  it('refuses an input component that inline data does not have', () => {
    const file = fixture();
    ((file.model as { cell: { angle: Record<string, unknown> }[] }).cell[0].angle).input = 2;
    expect(errorsOf(parseExperiment(file))).toEqual([{ path: 'model.cell[0].angle.input', message: 'input component 2 is out of range: each entry of data.inputs has component 0' }]);
    file.data = { kind: 'inline', inputs: [[1, 2], [3, 4]], targets: [0, 0] };
    expect(errorsOf(parseExperiment(file))).toEqual([{ path: 'model.cell[0].angle.input', message: 'input component 2 is out of range: each entry of data.inputs has components 0..1' }]);
  });
});

describe('parseExperiment: fields the SPEC does not name', () => {
  it('keeps unknown top-level fields as deep copies', () => {
    const notes = { author: 'ada', tags: ['sine', { level: 2 }], reviewed: null };
    const result = parseExperiment({ ...fixture(), notes });
    expect(result.ok && result.experiment.notes).toEqual(notes);
    expect(result.ok && result.experiment.notes).not.toBe(notes);
  });

  it('drops a __proto__ key with a warning and pollutes no prototype', () => {
    const file = JSON.parse(text('shared-gate-every-step').replace('"name"', '"__proto__": {"polluted": 1}, "name"').replace('"theta": 0.4', '"__proto__": 2, "theta": 0.4')) as unknown;
    const result = parseExperiment(file);
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { path: 'params.__proto__', message: "was ignored: '__proto__' is not allowed as a field name" },
        { path: '__proto__', message: "was ignored: '__proto__' is not allowed as a field name" },
      ],
    });
    expect(result.ok && Object.getPrototypeOf(result.experiment)).toBe(Object.prototype);
    expect(result.ok && Object.getPrototypeOf(result.experiment.params)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown field nested deeper than the limit instead of overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = parseExperimentText(text('shared-gate-every-step').replace('"name"', `"deep": ${deep}, "name"`));
    expect(result).toEqual({ ok: false, errors: [{ path: expect.stringMatching(/^deep(\[0\])+$/), message: 'is nested too deeply (more than 64 levels)' }] });
  });

  it('refuses a cyclic object instead of looping', () => {
    const file = fixture();
    file.self = file;
    expect(wellFormed(parseExperiment(file))).toBe(true);
    expect(parseExperiment(file).ok).toBe(false);
  });

  it('refuses values JSON cannot hold in an unknown field', () => {
    expect(errorsOf(parseExperiment({ ...fixture(), when: new Date(0), big: 1n }))).toEqual([
      { path: 'when', message: 'must be a JSON value (null, true/false, a number, a string, a list or an object), got an object' },
      { path: 'big', message: 'must be a JSON value (null, true/false, a number, a string, a list or an object), got a bigint' },
    ]);
  });

  it('reads -0 as 0 everywhere', () => {
    const result = parseExperiment({ ...fixture(), params: { theta: -0, phi: 1 }, extra: [-0] });
    expect(result.ok && Object.is(result.experiment.params.theta, 0)).toBe(true);
    expect(result.ok && result.experiment.extra).toEqual([0]);
  });
});

describe('parseExperimentText', () => {
  it('refuses text that is not JSON at path "", naming the syntax problem', () => {
    const result = parseExperimentText('{"format": "qrnn-lab.experiment",}');
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/^this is not valid JSON: .+/) }] });
    expect(errorsOf(parseExperimentText(''))[0].message).toMatch(/^this is not valid JSON: Unexpected end of JSON input/);
  });

  it('gives the line and column when the JSON parser names a position', () => {
    expect(errorsOf(parseExperimentText('{\n  "a": 1,\n}'))[0].message).toMatch(/line 3, column 1/);
  });

  it('ignores a byte-order mark', () => {
    expect(parseExperimentText(`\uFEFF${text('one-qubit-one-parameter')}`).ok).toBe(true);
  });
});

describe('parseExperiment never throws', () => {
  it('turns any JSON value into a valid experiment or a non-empty error list', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => wellFormed(parseExperiment(v))), { numRuns: 500 });
  });

  it('turns any JavaScript value, including dates, maps, bigints and sparse lists, into a result', () => {
    const anything = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true });
    fc.assert(fc.property(anything, (v) => wellFormed(parseExperiment(v))), { numRuns: 500 });
  });

  it('turns any string into a result', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (s) => wellFormed(parseExperimentText(s))), { numRuns: 500 });
  });

  it('turns an experiment with any top-level field replaced by any value into a result', () => {
    const field = fc.constantFrom('format', 'version', 'name', 'model', 'params', 'frozen', 'data', 'loss', 'training');
    fc.assert(fc.property(field, fc.anything(), (key, v) => wellFormed(parseExperiment({ ...fixture(), [key]: v }))), { numRuns: 300 });
  });
});

type Path = (string | number)[];

/** Every path below the root of a JSON value, parents first. */
function paths(v: unknown, prefix: Path = []): Path[] {
  if (typeof v !== 'object' || v === null) return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...prefix, k], ...paths((v as Record<string, unknown>)[k], [...prefix, k])]);
}

/** A copy of `file` with the value at `path` replaced by `value`, or removed when `value` is undefined. */
function mutated(file: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(file) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy);
  const last = path[path.length - 1];
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

describe('parseExperiment on mutated fixtures', () => {
  const mutation = fc.constantFrom(...FIXTURES).chain((name) => {
    const file = fixture(name);
    return fc.tuple(fc.constant(file), fc.constantFrom(...paths(file)), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }));
  });

  it('either accepts a mutated fixture or names a field for every error', () => {
    fc.assert(fc.property(mutation, ([file, path, value]) => {
      const result = parseExperiment(mutated(file, path, value));
      return wellFormed(result) && (result.ok || result.errors.every((e) => e.path !== ''));
    }), { numRuns: 2000 });
  });

  it('reads back an accepted mutated fixture exactly from its serialized text', () => {
    fc.assert(fc.property(mutation, ([file, path, value]) => {
      const result = parseExperiment(mutated(file, path, value));
      if (!result.ok) return true;
      expect(parseExperimentText(serializeExperiment(result.experiment))).toEqual(result);
      return true;
    }), { numRuns: 1000 });
  });
});

describe('parseExperiment on the hostile files of the issues (src/testing/hostile.ts)', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.what}: refused naming ${c.path} on every reference fixture`, () => {
      for (const name of FIXTURES) {
        const result = parseExperiment(hostileFile(c, fixture(name)));
        expect([...new Set(errorsOf(result).map((e) => e.path))], name).toEqual([hostilePath(c, fixture(name))]);
      }
    });
  }

  it('a hostile change on top of a random accepted mutation of a fixture is still refused naming its field (fast-check, 300 runs)', () => {
    const arb = fc.tuple(fc.constantFrom(...FIXTURES), fc.constantFrom(...HOSTILE_CASES), fc.constantFrom('name', 'description', 'frozen'), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(fc.property(arb, ([name, c, key, value]) => {
      const file = fixture(name);
      if (key === 'frozen') file.frozen = [];
      else file[key] = key === 'name' ? String(JSON.stringify(value)) : value;
      const paths = [...new Set(errorsOf(parseExperiment(hostileFile(c, file))).map((e) => e.path))];
      expect(paths).toEqual([hostilePath(c, file)]);
    }), { numRuns: 300 });
  });
});
