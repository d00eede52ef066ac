import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseExperiment, parseExperimentText } from './parse';
import { canonicalObject, serializeExperiment } from './serialize';
import type { Experiment } from './types';
import { CASE_NAMES, caseText } from '../testing/cases';

const FIXTURES = CASE_NAMES;

/** The example file of docs/spec.md §2, in the SPEC's key order. */
const SPEC_EXAMPLE = {
  format: 'qrnn-lab.experiment', version: 1,
  name: 'Sine, 1 data + 2 hidden',
  model: {
    recurrence: 'measure-reset',
    dataQubits: 1, hiddenQubits: 2,
    cell: [
      { gate: 'RY', wires: [0], angle: { input: true, transform: 'arccos' } },
      { gate: 'RY', wires: [1], angle: { param: 'a1' } },
      { gate: 'CNOT', wires: [0, 1] },
      { gate: 'CRZ', wires: [1, 2], angle: { param: 'w', input: true } },
    ],
    readout: [{ observable: 'Z', wire: 0 }],
    head: { weights: ['s'], bias: 'c' },
    noise: { p1: 0, p2: 0, gamma: 0, q: 0 },
  },
  params: { a1: 0.1, w: 0.5, s: 1.0, c: 0.0 },
  frozen: [],
  data: { kind: 'inline', inputs: [0.1, 0.5, -0.2], targets: [0.5, -0.2, null] },
  loss: { kind: 'mse', washout: 0 },
  training: {
    gradient: { method: 'parameter-shift', shots: null },
    optimizer: { kind: 'adam', learningRate: 0.05 },
    epochs: 50, batchSize: 8, seed: 1,
  },
};

function parsed(file: unknown): Experiment {
  const result = parseExperiment(file);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.experiment;
}

function fixture(name: string): Experiment {
  return parsed(JSON.parse(caseText(name)));
}

/** `v` with the keys of every object, except inside `params`, in reverse order. */
function reversed(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => reversed(x));
  if (typeof v !== 'object' || v === null || key === 'params') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x, k)]));
}

describe('serializeExperiment', () => {
  it.each(FIXTURES)('parse(serialize(%s)) deep-equals the experiment', (name) => {
    const e = fixture(name);
    expect(parseExperimentText(serializeExperiment(e))).toEqual({ ok: true, experiment: e, warnings: [] });
  });

  it.each(FIXTURES)('serialize is idempotent on %s', (name) => {
    const once = serializeExperiment(fixture(name));
    expect(serializeExperiment(parsed(JSON.parse(once)))).toBe(once);
  });

  it('writes the SPEC example with its keys in the order the SPEC shows them', () => {
    expect(JSON.stringify(canonicalObject(parsed(SPEC_EXAMPLE)))).toBe(JSON.stringify(SPEC_EXAMPLE));
  });

  it('writes the hybrid additions in the SPEC order: bias last in an angle, wires after the observable, each head weights then bias', () => {
    const text = serializeExperiment(fixture('hybrid-input-layer-probabilities-two-outputs'));
    const doc = JSON.parse(text);
    expect(Object.keys(doc.model.cell[0].angle)).toEqual(['param', 'input', 'bias']);
    expect(Object.keys(doc.model.readout[0])).toEqual(['observable', 'wires']);
    expect(doc.model.head.map((h: object) => Object.keys(h))).toEqual([['weights', 'bias'], ['weights', 'bias']]);
  });

  it('writes each head of a head array as the SPEC writes one head (weights, then bias), and an angle\'s bias after the §1.3 fields (docs/spec.md §5.1, 5.3)', () => {
    const hybrid = { weights: ['s'], bias: 'c' };
    const data = { kind: 'inline', inputs: [0.1, 0.5], targets: [[0.5, 1], null] };
    const e = parsed({ ...SPEC_EXAMPLE, data, model: { ...SPEC_EXAMPLE.model, head: [hybrid, { bias: 0.5, weights: [2] }], cell: [{ gate: 'RY', wires: [0], angle: { bias: 'c', transform: 'arctan', input: true, param: 'w' } }] } });
    const model = (canonicalObject(e) as { model: { head: object[]; cell: { angle: object }[] } }).model;
    expect(model.head.map((h) => Object.keys(h))).toEqual([['weights', 'bias'], ['weights', 'bias']]);
    expect(Object.keys(model.cell[0].angle)).toEqual(['param', 'input', 'transform', 'bias']);
  });

  it('writes the same text whatever the key order of the experiment it is given', () => {
    for (const name of FIXTURES) {
      const e = fixture(name);
      expect(serializeExperiment(reversed(e) as Experiment)).toBe(serializeExperiment(e));
    }
  });

  it('indents by two spaces and ends with a newline', () => {
    const textOut = serializeExperiment(fixture('one-qubit-one-parameter'));
    expect(textOut.startsWith('{\n  "format": "qrnn-lab.experiment",\n  "version": 1,\n')).toBe(true);
    expect(textOut.endsWith('}\n')).toBe(true);
    expect(textOut.endsWith('\n\n')).toBe(false);
  });

  it('writes numbers as JavaScript does: the shortest text that reads back the same', () => {
    const e = parsed({ ...SPEC_EXAMPLE, params: { a1: 0.1 + 0.2, w: 1e-7, s: 1.0, c: -123456.5 } });
    expect(serializeExperiment(e)).toContain('"params": {\n    "a1": 0.30000000000000004,\n    "w": 1e-7,\n    "s": 1,\n    "c": -123456.5\n  }');
  });

  it('keeps the order of params as given', () => {
    const e = parsed({ ...SPEC_EXAMPLE, params: { w: 0.5, c: 0, a1: 0.1, s: 1 } });
    expect(Object.keys((canonicalObject(e) as { params: object }).params)).toEqual(['w', 'c', 'a1', 's']);
  });

  it('writes unknown fields after the SPEC fields, sorted by name, with their own keys sorted', () => {
    const e = parsed({ ...SPEC_EXAMPLE, zeta: 1, alpha: { y: 2, x: [{ b: 1, a: 2 }] }, model: { ...SPEC_EXAMPLE.model, layout: 'grid' } });
    const canonical = canonicalObject(e) as Record<string, Record<string, unknown>>;
    expect(Object.keys(canonical)).toEqual(['format', 'version', 'name', 'model', 'params', 'frozen', 'data', 'loss', 'training', 'alpha', 'zeta']);
    expect(JSON.stringify(canonical.alpha)).toBe('{"x":[{"a":2,"b":1}],"y":2}');
    expect(Object.keys(canonical.model).slice(-2)).toEqual(['noise', 'layout']);
  });

  it('orders the fields of generated data as the SPEC lists them, then the generator\'s own, sorted', () => {
    const e = parsed({ ...SPEC_EXAMPLE, data: { tau: 17, normalize: 'zscore', kind: 'mackey-glass', beta: 0.2, seed: 3 } });
    expect(Object.keys((canonicalObject(e) as { data: object }).data)).toEqual(['kind', 'seed', 'normalize', 'beta', 'tau']);
  });

  it('canonicalObject returns a fresh object that shares nothing with the experiment', () => {
    const e = fixture('shared-gate-every-step');
    const canonical = canonicalObject(e) as { model: { cell: { wires: number[] }[] } };
    canonical.model.cell[0].wires[0] = 9;
    expect(e.model.cell[0].wires[0]).toBe(0);
  });

  it('keeps any unknown field through a save and a load', () => {
    const key = fc.string().filter((k) => !['format', 'version', 'name', 'model', 'params', 'frozen', 'data', 'loss', 'training', '__proto__'].includes(k));
    // The parser drops '__proto__' keys at any depth (with a warning), so values never hold one.
    const value = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"__proto__"'));
    fc.assert(fc.property(fc.constantFrom(...FIXTURES), key, value, (name, k, value) => {
      const e = fixture(name);
      const withExtra = parsed({ ...e, [k]: value });
      const back = parsed(JSON.parse(serializeExperiment(withExtra)));
      expect(back).toEqual(withExtra);
      expect(back[k]).toEqual(JSON.parse(JSON.stringify(value)));
    }), { numRuns: 300 });
  });

  it('keeps an unknown field added to any object of a file (other than params) through a save and a load', () => {
    const objects = (v: unknown, at: (string | number)[] = []): (string | number)[][] => {
      if (typeof v !== 'object' || v === null) return [];
      const inner = Object.entries(v).flatMap(([k, x]) => (k === 'params' ? [] : objects(x, [...at, Array.isArray(v) ? Number(k) : k])));
      return Array.isArray(v) ? inner : [at, ...inner];
    };
    const place = fc.constantFrom(...FIXTURES).chain((name) => fc.tuple(fc.constant(fixture(name)), fc.constantFrom(...objects(fixture(name)))));
    fc.assert(fc.property(place, fc.jsonValue(), ([e, at], value) => {
      const file = structuredClone(e) as Record<string | number, unknown>;
      const target = at.reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, file);
      target['x-note'] = value;
      const withExtra = parsed(file);
      expect(parsed(JSON.parse(serializeExperiment(withExtra)))).toEqual(withExtra);
      const kept = at.reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, withExtra);
      expect(kept['x-note']).toEqual(JSON.parse(JSON.stringify(value)));
    }), { numRuns: 300 });
  });
});
