/**
 * Every baseline's back-propagation through time against central finite differences, on
 * random small problems with a washout, unscored (null) steps and two outputs.
 */
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../core/rng';
import type { LossSpec, Sequence } from '../model/types';
import { baselineModel, type BaselineModel } from './head';
import { batchGradient, meanSequenceLoss, sequenceGradient } from './loss';
import { lstmRecurrence } from './lstm';
import { gruRecurrence } from './gru';
import { linearRecurrence } from './linear';
import { drawReservoir, reservoirRecurrence } from './esn';
import type { Recurrence } from './recurrence';

const LOSS: LossSpec = { kind: 'mse', washout: 2 };
const uniform = (rng: Rng, a: number) => a * (2 * rng.next() - 1);

/** `T` steps of `i` inputs in [-1, 1]; two outputs, unscored at steps 3 and 5. */
function randomSequence(rng: Rng, i: number, T: number): Sequence {
  return {
    inputs: Array.from({ length: T }, () => Array.from({ length: i }, () => uniform(rng, 1))),
    targets: Array.from({ length: T }, (_, t) => (t === 3 || t === 5 ? null : [uniform(rng, 1), uniform(rng, 1)])),
  };
}

function randomParams(rng: Rng, model: BaselineModel): Float64Array {
  return Float64Array.from({ length: model.size }, () => uniform(rng, 0.8));
}

/** `(L(p + h e_k) - L(p - h e_k)) / 2h` for every `k`. */
function centralDifferences(f: (p: Float64Array) => number, p: Float64Array, h = 1e-5): Float64Array {
  return p.map((_, k) => {
    const plus = p.slice(), minus = p.slice();
    plus[k] += h; minus[k] -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/** Entrywise within 1e-6 of the finite difference, relative to it (or to 1% of the largest entry, for entries near 0). */
function expectClose(exact: Float64Array, fd: Float64Array): void {
  const scale = fd.reduce((s, g) => Math.max(s, Math.abs(g)), 0);
  expect(scale).toBeGreaterThan(1e-3);
  exact.forEach((g, k) => expect(Math.abs(g - fd[k]), `entry ${k}: ${g} vs ${fd[k]}`).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(fd[k]), 1e-2 * scale)));
}

const KINDS: [string, (rng: Rng) => Recurrence][] = [
  ['lstm', () => lstmRecurrence(2, 3)],
  ['gru', () => gruRecurrence(2, 3)],
  ['linear', () => linearRecurrence(2, 3)],
  ['esn', (rng) => reservoirRecurrence(drawReservoir(rng, 6, 2, 0.9, 1))],
];

describe('exact gradients by back-propagation through time', () => {
  it.each(KINDS)('%s: one sequence, every parameter, matches central differences to 1e-6', (_, recurrence) => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const model = baselineModel(recurrence(rng), 2);
      const params = randomParams(rng, model), seq = randomSequence(rng, 2, 9);
      const { loss, gradient } = sequenceGradient(model, params, seq, LOSS);
      expect(loss).toBeGreaterThan(0);
      expect(gradient.length).toBe(model.size);
      expectClose(gradient, centralDifferences((p) => meanSequenceLoss(model, p, [seq], LOSS) as number, params));
    }
  });

  it.each(KINDS)('%s: a batch is the mean over its scored sequences (one sequence has none)', (_, recurrence) => {
    const rng = createRng(7);
    const model = baselineModel(recurrence(rng), 2);
    const params = randomParams(rng, model);
    const unscored: Sequence = { ...randomSequence(rng, 2, 6), targets: [[0.1, 0.2], [0.3, 0.4], null, null, null, null] };
    const batch = [randomSequence(rng, 2, 8), unscored, randomSequence(rng, 2, 5)];
    const { loss, gradient } = batchGradient(model, params, batch, LOSS);
    expect(loss).toBe(meanSequenceLoss(model, params, batch, LOSS));
    expectClose(gradient, centralDifferences((p) => meanSequenceLoss(model, p, batch, LOSS) as number, params));
  });

  it('a sequence with no scored step has no loss and a zero gradient', () => {
    const model = baselineModel(lstmRecurrence(1, 2), 1);
    const params = randomParams(createRng(3), model);
    const seq: Sequence = { inputs: [[0.1], [0.2], [0.3]], targets: [[1], [2], null] };
    const { loss, gradient } = sequenceGradient(model, params, seq, LOSS);
    expect(loss).toBeNull();
    expect([...gradient].every((g) => g === 0)).toBe(true);
  });
});
