/**
 * Random experiments for property tests: cells that use every parametrised gate kind, both
 * recurrences, trainable heads, input-scaled and transformed angles, shared parameters and,
 * optionally, noise. Seeded, so a failure names its seed.
 */
import { PARAMETRISED_GATES, FIXED_GATES, GATES } from '../core/gates';
import { createRng } from '../core/rng';
import type { GateSpec, Model, Recurrence, Sequence, Transform } from '../model/types';
import type { GradientProblem } from '../gradients/types';

export interface RandomCellOptions {
  recurrence: Recurrence;
  dataQubits: number;
  hiddenQubits: number;
  steps: number;
  noise?: boolean;
}

export function randomProblem(seed: number, o: RandomCellOptions): GradientProblem {
  const rng = createRng(seed);
  const n = o.dataQubits + o.hiddenQubits;
  const names = ['a', 'b', 'c', 'd', 'e'];
  const params: Record<string, number> = {};
  names.forEach((p) => { params[p] = rng.normal(); });
  const transforms: Transform[] = ['linear', 'arccos', 'arctan'];
  const wiresFor = (arity: number) => {
    const a = rng.int(n);
    if (arity === 1) return [a];
    let b = rng.int(n - 1);
    if (b >= a) b++;
    return [a, b];
  };
  const cell: GateSpec[] = [{ gate: 'RY', wires: [0], angle: { input: true, transform: 'arccos' } }];
  // Every parametrised kind once, in random order, plus a few fixed gates.
  const kinds = [...PARAMETRISED_GATES].sort(() => rng.next() - 0.5);
  for (const gate of kinds) {
    const arity = GATES[gate].arity;
    if (arity === 2 && n < 2) continue;
    const scaled = rng.next() < 0.4;
    cell.push({
      gate,
      wires: wiresFor(arity),
      angle: scaled
        ? { param: names[rng.int(names.length)], input: true, factor: 0.5 + rng.next(), transform: transforms[rng.int(3)] }
        : { param: names[rng.int(names.length)], offset: rng.normal() * 0.3 },
    });
    if (rng.next() < 0.5) {
      const fixed = FIXED_GATES[rng.int(FIXED_GATES.length)];
      if (GATES[fixed].arity === 1 || n >= 2) cell.push({ gate: fixed, wires: wiresFor(GATES[fixed].arity) });
    }
  }
  const readoutWires = o.recurrence === 'measure-reset' ? o.dataQubits : n;
  const readout = [{ observable: 'Z' as const, wire: 0 }, { observable: (['X', 'Y', 'Z'] as const)[rng.int(3)], wire: rng.int(readoutWires) }];
  params.w0 = 0.8; params.w1 = -0.5; params.bias = 0.1;
  const model: Model = {
    recurrence: o.recurrence,
    dataQubits: o.dataQubits,
    hiddenQubits: o.hiddenQubits,
    cell,
    readout,
    head: { weights: ['w0', 'w1'], bias: 'bias' },
    noise: o.noise ? { p1: 0.02, p2: 0.05, gamma: 0.03, q: 0.02 } : undefined,
  };
  const sequence: Sequence = {
    inputs: Array.from({ length: o.steps }, () => [rng.next() * 2 - 1]),
    targets: Array.from({ length: o.steps }, (_, t) => (t === 1 ? null : rng.next() * 2 - 1)),
  };
  return { model, params, sequence, loss: { kind: 'mse', washout: 1 } };
}
