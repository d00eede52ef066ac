import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES } from '../core/gates';
import { parseExperiment, parseExperimentText } from '../model/parse';
import { LIMITS } from '../model/types';
import { serializeExperiment } from '../model/serialize';
import { HOSTILE_CASES, hostileFile, hostilePath } from '../testing/hostile';
import { encodeBase64url } from './base64url';
import { MAX_FRAGMENT_CHARS, decodeLink, encodeLink, encodeReadableLink, type LinkResult } from './link';

const RESERVED = new Set(['__proto__']);
/** A JSON value the parser keeps as it is (it drops '__proto__' keys, with a warning). */
const json = fc.jsonValue({ maxDepth: 2 }).filter((v) => !JSON.stringify(v).includes('"__proto__"'));
const number = fc.double({ noNaN: true, noDefaultInfinity: true });
/** A number within the magnitude limit of docs/spec.md §2 (angles, factors, offsets, head coefficients, parameters). */
const bounded = fc.double({ min: -LIMITS.magnitude, max: LIMITS.magnitude, noNaN: true });
const probability = (max: number) => fc.double({ min: 0, max, noNaN: true });

/** Unknown fields for an object whose own fields are `known`. */
const extras = (...known: string[]) => fc.dictionary(fc.string({ maxLength: 6 }).filter((k) => !known.includes(k) && !RESERVED.has(k)), json, { maxKeys: 2 });

const paramName = fc.oneof(fc.constantFrom('a', 'theta_1', 'my angle', 'ü', 'w', 'bias'), fc.string({ minLength: 1, maxLength: 5, unit: 'binary' })).filter((s) => !RESERVED.has(s));

/**
 * Every angle form of docs/spec.md §1.3 and 5.1: a number, or an expression with a `param`, an
 * `input`, a `bias` (another name than its `param`) or any of them together; a bias alone
 * takes no `factor` or `transform`.
 */
function angleArb(names: string[], width: number) {
  const expression = fc.record({
    param: fc.option(fc.constantFrom(...names), { nil: undefined }),
    input: fc.option(fc.oneof(fc.constant(true as const), fc.integer({ min: 0, max: width - 1 })), { nil: undefined }),
    factor: fc.option(bounded, { nil: undefined }),
    offset: fc.option(bounded, { nil: undefined }),
    transform: fc.option(fc.constantFrom('linear', 'arccos', 'arctan'), { nil: undefined }),
    bias: fc.option(fc.constantFrom(...names), { nil: undefined }),
  }).filter((a) => (a.param !== undefined || a.input !== undefined || a.bias !== undefined) && a.bias !== a.param)
    .map((a) => (a.param === undefined && a.input === undefined ? { ...a, factor: undefined, transform: undefined } : a));
  const withExtras = fc.tuple(expression, extras('param', 'input', 'factor', 'offset', 'transform', 'bias')).map(([a, x]) => ({ ...x, ...strip(a) }));
  return fc.oneof(bounded, withExtras);
}

/** A Pauli readout, or a probabilities readout of 1 to 4 distinct readable wires (docs/spec.md §5.2). */
function readoutArb(readable: number) {
  const pauli = fc.record({ observable: fc.constantFrom('X', 'Y', 'Z'), wire: fc.integer({ min: 0, max: readable - 1 }) });
  const probabilities = fc.record({
    observable: fc.constant('probabilities'),
    wires: fc.uniqueArray(fc.integer({ min: 0, max: readable - 1 }), { minLength: 1, maxLength: Math.min(4, readable) }),
  });
  return fc.oneof({ weight: 3, arbitrary: pauli }, { weight: 1, arbitrary: probabilities });
}

/** Features a list of readouts gives: one per Pauli, `2^k` per probabilities readout. */
function featuresOf(readouts: readonly { observable: string; wires?: number[] }[]): number {
  return readouts.reduce((n, r) => n + (r.wires === undefined ? 1 : 1 << r.wires.length), 0);
}

/** The object without its `undefined` fields (absent, as in a file). */
function strip<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function gateArb(n: number, names: string[], width: number) {
  const usable = GATE_NAMES.filter((g) => GATES[g].arity <= n);
  return fc.constantFrom(...usable).chain((gate) => {
    const wires = GATES[gate].arity === 1
      ? fc.tuple(fc.integer({ min: 0, max: n - 1 }))
      : fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 2 });
    const angle = GATES[gate].parametrised ? angleArb(names, width) : fc.constant(undefined);
    return fc.tuple(wires, angle, extras('gate', 'wires', 'angle')).map(([w, a, x]) => strip({ ...x, gate, wires: [...w], angle: a }));
  });
}

/**
 * Data for inputs of `width` components and `outputs` outputs (docs/spec.md §5.3): inline
 * targets are numbers or one-element lists for one output and rows for several; a generator
 * gives one output, or Lorenz several through its `target` list.
 */
function dataArb(width: number, outputs: number) {
  const entry: fc.Arbitrary<number | number[]> = width === 1 ? fc.oneof(number, fc.tuple(number)) : fc.array(number, { minLength: width, maxLength: width });
  const target: fc.Arbitrary<number | number[]> = outputs === 1 ? fc.oneof(number, fc.tuple(number)) : fc.array(number, { minLength: outputs, maxLength: outputs });
  const inline = fc.integer({ min: 1, max: 6 }).chain((T) => fc.record({
    kind: fc.constant('inline'),
    inputs: fc.array(entry, { minLength: T, maxLength: T }),
    targets: fc.array(fc.option(target, { nil: null }), { minLength: T, maxLength: T }),
  }));
  const kinds = outputs === 1 ? ['sine', 'sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky', 'csv'] as const : ['lorenz'] as const;
  const generated = fc.record({
    kind: fc.constantFrom(...kinds),
    seed: fc.option(fc.integer(), { nil: undefined }),
    window: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    split: fc.option(fc.double({ min: 0.1, max: 1, noNaN: true }), { nil: undefined }),
    normalize: fc.option(fc.constantFrom('minmax', 'minmax01', 'zscore', 'none'), { nil: undefined }),
    target: outputs === 1 ? fc.constant(undefined) : fc.shuffledSubarray(['x', 'y', 'z'], { minLength: outputs, maxLength: outputs }),
  }).map(strip);
  // A generator's series is scalar: only angles reading component 0 fit it; it gives at most 3 outputs (Lorenz's x, y, z).
  const data = width === 1 && outputs <= 3 ? fc.oneof(inline, generated) : inline;
  return fc.tuple(data, extras('kind', 'inputs', 'targets', 'seed', 'window', 'split', 'normalize', 'target')).map(([d, x]) => ({ ...x, ...d }));
}

/**
 * A valid experiment file as a plain JSON object: random cells from the gate table, every angle
 * form (a bias included), Pauli and probabilities readouts, one head or an array of heads,
 * inline or generated data with as many targets per step as outputs, unknown fields.
 */
const experimentArb = fc.record({
  recurrence: fc.constantFrom('measure-reset', 'coherent'),
  D: fc.integer({ min: 0, max: 3 }),
  H: fc.integer({ min: 0, max: 3 }),
  width: fc.integer({ min: 1, max: 3 }),
  names: fc.uniqueArray(paramName, { minLength: 1, maxLength: 5 }),
}).filter(({ recurrence, D, H }) => D + H >= 1 && (recurrence === 'coherent' || D >= 1)).chain(({ recurrence, D, H, width, names }) => {
  const n = D + H;
  const readoutWires = recurrence === 'coherent' ? n : D;
  const readout = fc.array(readoutArb(readoutWires), { minLength: 1, maxLength: 3 });
  const coefficient = fc.oneof(fc.constantFrom(...names), bounded);
  const oneHead = (count: number) => fc.record({ weights: fc.array(coefficient, { minLength: count, maxLength: count }), bias: coefficient });
  // One head object, or an array of 1 to 3 heads over every feature (docs/spec.md §5.3).
  const head = (count: number) => fc.oneof(oneHead(count), fc.array(oneHead(count), { minLength: 1, maxLength: 3 }));
  const noise = fc.option(fc.record({ p1: probability(1), p2: probability(1), gamma: probability(1), q: probability(0.5) }), { nil: undefined });
  const model = fc.tuple(fc.array(gateArb(n, names, width), { maxLength: 8 }), readout, noise, extras('recurrence', 'dataQubits', 'hiddenQubits', 'cell', 'readout', 'head', 'noise'))
    .chain(([cell, r, z, x]) => head(featuresOf(r)).map((h) => strip({ ...x, recurrence, dataQubits: D, hiddenQubits: H, cell, readout: r, head: h, noise: z })));
  const training = fc.option(fc.record({
    gradient: fc.record({ method: fc.constantFrom('adjoint', 'parameter-shift', 'finite-difference', 'spsa'), shots: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: null }) }),
    optimizer: fc.record({ kind: fc.constantFrom('sgd', 'adam', 'spsa', 'ridge'), learningRate: fc.double({ min: 1e-6, max: 1, noNaN: true }) }),
    epochs: fc.nat(100), batchSize: fc.integer({ min: 1, max: 32 }), seed: fc.integer(),
  }), { nil: undefined });
  const loss = fc.option(fc.record({ kind: fc.constant('mse'), washout: fc.nat(5) }), { nil: undefined });
  const top = extras('format', 'version', 'name', 'model', 'params', 'frozen', 'data', 'loss', 'training');
  return model.chain((m) => fc.record({
    name: fc.string({ unit: 'binary', maxLength: 30 }),
    model: fc.constant(m), data: dataArb(width, Array.isArray(m.head) ? m.head.length : 1), training, loss,
    params: fc.array(bounded, { minLength: names.length, maxLength: names.length }).map((v) => Object.fromEntries(names.map((k, i) => [k, v[i]]))),
    frozen: fc.subarray(names),
    extra: top,
  })).map(({ extra, ...e }) => strip({ ...extra, format: 'qrnn-lab.experiment', version: 1, ...validTogether(e) }));
});

/**
 * The cross-block rules of docs/spec.md §2 on a random file: the washout leaves a scored step
 * of a sequence whose length the data states, and `ridge` trains the head only (every name is
 * frozen).
 */
function validTogether<T extends { data: Record<string, unknown>; loss?: { washout: number }; training?: { optimizer: { kind: string } }; frozen: string[]; params: Record<string, number> }>(e: T): T {
  const steps = Array.isArray(e.data.inputs) ? e.data.inputs.length : typeof e.data.window === 'number' ? e.data.window : undefined;
  const loss = e.loss && steps !== undefined ? { ...e.loss, washout: e.loss.washout % steps } : e.loss;
  const frozen = e.training?.optimizer.kind === 'ridge' ? Object.keys(e.params) : e.frozen;
  return { ...e, loss, frozen };
}

/** The file as a lab reads it: text, then the parser. */
function parsedFile(file: unknown) {
  const r = parseExperimentText(JSON.stringify(file));
  if (!r.ok) throw new Error(`the arbitrary made an invalid file: ${JSON.stringify(r.errors)}`);
  return r.experiment;
}

/** A decoded link is a valid experiment or a refusal whose every error has a path and a message. */
function wellFormed(r: LinkResult): boolean {
  if (r.ok) return parseExperiment(JSON.parse(JSON.stringify(r.experiment))).ok && typeof r.flags === 'object' && Array.isArray(r.warnings);
  return r.errors.length > 0 && r.errors.every((e) => typeof e.path === 'string' && typeof e.message === 'string' && e.message.length > 0);
}

describe('round trips of random experiments (fast-check)', () => {
  it('decodeLink(await encodeLink(e)) gives e exactly, and so does the readable #j= link (200 runs)', async () => {
    await fc.assert(fc.asyncProperty(experimentArb, async (file) => {
      const e = parsedFile(file);
      const back = await decodeLink(await encodeLink(e));
      expect(back.ok && back.experiment).toEqual(e);
      const readable = await decodeLink(encodeReadableLink(e));
      expect(readable.ok && readable.experiment).toEqual(e);
    }), { numRuns: 200 });
  });

  it('parseExperimentText(serializeExperiment(e)) gives e exactly (300 runs)', () => {
    fc.assert(fc.property(experimentArb, (file) => {
      const e = parsedFile(file);
      const back = parseExperimentText(serializeExperiment(e));
      expect(back.ok && back.experiment).toEqual(e);
    }), { numRuns: 300 });
  });
});

describe('decodeLink on random input never throws: a valid experiment or a clear refusal (fast-check)', () => {
  const sine = parsedFile(JSON.parse(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8')));
  const base64urlText = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 400 });
  const cases: [string, fc.Arbitrary<string>][] = [
    ['any string', fc.string()],
    ['any string of full Unicode', fc.string({ unit: 'binary' })],
    ['any string after #e=1.', fc.string({ unit: 'binary' }).map((s) => `#e=1.${s}`)],
    ['random base64url after #e=1.', base64urlText.map((s) => `#e=1.${s}`)],
    ['random bytes, deflated', fc.uint8Array({ maxLength: 600 }).map((b) => `#e=1.${encodeBase64url(deflateRawSync(b))}`)],
    ['random JSON, deflated', json.map((v) => `#e=1.${encodeBase64url(deflateRawSync(Buffer.from(JSON.stringify(v))))}`)],
    ['random JSON after #j=', json.map((v) => `#j=${encodeURIComponent(JSON.stringify(v))}`)],
    ['any string after #j=', fc.string({ unit: 'binary' }).map((s) => `#j=${s}`)],
    ['random flags after a valid link', fc.array(fc.tuple(fc.constantFrom('hide', 'lock', 'lesson', 'x', 'e'), fc.string()), { maxLength: 4 }).map((fs) => fs.map(([k, v]) => `&${k}=${v}`).join(''))],
  ];
  for (const [what, arb] of cases) {
    it(`${what} (200 runs)`, async () => {
      const link = what.startsWith('random flags') ? await encodeLink(sine) : '';
      await fc.assert(fc.asyncProperty(arb, async (text) => {
        expect(wellFormed(await decodeLink(link + text))).toBe(true);
      }), { numRuns: 200 });
    });
  }

  it('every truncation and every one-character edit of valid links (from random experiments, 100 runs)', async () => {
    await fc.assert(fc.asyncProperty(experimentArb, fc.nat(), fc.nat(), fc.constantFrom(...'Aa0-_!%&#='), async (file, cut, at, c) => {
      const link = await encodeLink(parsedFile(file), { hide: ['plots'], lesson: 'l1' });
      const truncated = link.slice(0, cut % (link.length + 1));
      const k = at % link.length;
      expect(wellFormed(await decodeLink(truncated))).toBe(true);
      expect(wellFormed(await decodeLink(link.slice(0, k) + c + link.slice(k + 1)))).toBe(true);
    }), { numRuns: 100 });
  });
});

describe('hostile files of the issues, in links: refused naming the field (explicit examples and fast-check)', () => {
  const sine = JSON.parse(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8'));
  const packed = (file: unknown) => `#e=1.${encodeBase64url(deflateRawSync(Buffer.from(JSON.stringify(file))))}`;
  const refusedAt = (r: LinkResult) => (r.ok ? [] : [...new Set(r.errors.map((e) => e.path))]);

  for (const c of HOSTILE_CASES) {
    it(`${c.what}, on the sine preset: #e= and #j= links are refused naming ${c.path}`, async () => {
      const file = hostileFile(c, sine);
      expect(refusedAt(await decodeLink(packed(file)))).toEqual([hostilePath(c, sine)]);
      const readable = `#j=${encodeURIComponent(JSON.stringify(file))}`;
      // A readable link past the decoder's length limit is refused for its length, before parsing.
      expect(refusedAt(await decodeLink(readable))).toEqual([readable.length > MAX_FRAGMENT_CHARS ? 'link' : hostilePath(c, sine)]);
    });
  }

  it('every hostile change to a random valid experiment is refused naming its field (100 runs)', async () => {
    await fc.assert(fc.asyncProperty(experimentArb, fc.constantFrom(...HOSTILE_CASES), async (file, c) => {
      expect(refusedAt(await decodeLink(packed(hostileFile(c, file))))).toEqual([hostilePath(c, file)]);
    }), { numRuns: 100 });
  });
});
