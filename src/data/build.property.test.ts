import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataSpec } from '../model/types';
import { buildDataset, firstSequence } from './build';
import { MAX_CSV_COLUMNS } from './csv';

/** Every field any kind reads, so that arbitrary values reach every validator. */
const FIELDS = [
  'seed', 'window', 'horizon', 'stride', 'split', 'normalize', 'length', 'period', 'amplitude', 'phase', 'noise',
  'start', 'step', 'count', 'tau', 'beta', 'gamma', 'n', 'dt', 'history', 'sampleEvery', 'transient', 'sigma', 'rho',
  'component', 'target', 'L', 'N', 'observe', 'text', 'column', 'targetColumn', 'header', 'inputs', 'targets',
] as const;
const KINDS = ['inline', 'sine', 'sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky', 'csv', 'other'];

const fieldsArb = fc.record(Object.fromEntries(FIELDS.map((f) => [f, fc.anything()])), { requiredKeys: [] });
const specArb = fc.tuple(fc.constantFrom(...KINDS), fieldsArb).map(([kind, fields]) => ({ ...fields, kind }));

/** A result is well formed: a dataset, or field errors whose paths start at `data`. */
function wellFormed(spec: unknown): boolean {
  const r = buildDataset(spec as DataSpec);
  if (r.ok) return Array.isArray(r.dataset.train) && r.dataset.train.length > 0;
  return r.errors.length > 0 && r.errors.every((e) => /^data(\.|\[|$)/.test(e.path) && typeof e.message === 'string' && !e.message.startsWith('could not be built'));
}

describe('buildDataset on malformed specs', () => {
  it('never throws and always names a data field, for any kind with arbitrary field values (fast-check, 300 runs)', () => {
    fc.assert(fc.property(specArb, (spec) => wellFormed(spec) && (firstSequence(spec as DataSpec) === null) !== buildDataset(spec as DataSpec).ok), { numRuns: 300, seed: 20261121 });
  });

  it('never throws for an arbitrary value in place of the whole spec (fast-check, 300 runs)', () => {
    fc.assert(fc.property(fc.anything(), (spec) => wellFormed(spec)), { numRuns: 300, seed: 7 });
  });

  it('never throws for valid-looking numbers in random combinations (fast-check, 200 runs)', () => {
    const small = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(undefined));
    const arb = fc.record({
      kind: fc.constantFrom('sine', 'sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky'),
      window: small, horizon: small, stride: small, split: small, length: small, count: small, period: small,
      dt: small, tau: small, transient: small, sampleEvery: small, N: fc.constantFrom(8, 16, 32, 64, undefined),
    }, { requiredKeys: ['kind'] });
    fc.assert(fc.property(arb, (spec) => wellFormed(JSON.parse(JSON.stringify(spec)))), { numRuns: 200, seed: 3 });
  });
});

describe('csv data on hostile text (issue 7)', () => {
  /** A CSV of `rows` rows of `columns` fields, each a number or a word, maybe quoted. */
  const csvArb = fc.record({
    columns: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: MAX_CSV_COLUMNS - 2, max: MAX_CSV_COLUMNS + 2 }), fc.integer({ min: 1, max: 3 * MAX_CSV_COLUMNS })),
    rows: fc.integer({ min: 1, max: 4 }),
    header: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t'),
    cell: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.constantFrom('x', '"a,b"', '', 'NaN')),
  }).map(({ columns, rows, header, delimiter, cell }) => {
    const line = (f: (c: number) => string) => Array.from({ length: columns }, (_, c) => f(c)).join(delimiter);
    const body = Array.from({ length: rows }, (_, r) => line((c) => ((c + r) % 3 === 0 ? cell : String(c + r)))).join('\n');
    return { text: `${header ? `${line((c) => `c${c}`)}\n` : ''}${body}\n`, columns };
  });

  it('never throws; a row past MAX_CSV_COLUMNS is refused naming data.text, the count and the cap (fast-check, 150 runs)', () => {
    fc.assert(fc.property(csvArb, ({ text, columns }) => {
      const spec = { kind: 'csv', text, column: 0, window: 1, horizon: 0 } as unknown as DataSpec;
      const r = buildDataset(spec);
      if (!wellFormed(spec)) return false;
      if (columns <= MAX_CSV_COLUMNS) return r.ok || r.errors.every((e) => !/columns; at most/.test(e.message));
      return !r.ok && r.errors.length === 1 && r.errors[0].path === 'data.text' && r.errors[0].message.includes(`at most ${MAX_CSV_COLUMNS.toLocaleString('en-US')} are allowed`) && /has [\d,]+ columns/.test(r.errors[0].message);
    }), { numRuns: 150, seed: 11 });
  });

  it('refuses the one-row CSV of 2.4 million columns (explicit example)', () => {
    const r = buildDataset({ kind: 'csv', text: `${'1,'.repeat(2_400_000)}1\n` } as unknown as DataSpec);
    expect(r).toEqual({ ok: false, errors: [{ path: 'data.text', message: 'row 1 has 2,400,001 columns; at most 1,000 are allowed' }] });
  });
});
