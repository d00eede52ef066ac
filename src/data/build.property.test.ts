import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { DataSpec } from '../model/types';
import { buildDataset, firstSequence } from './build';

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
