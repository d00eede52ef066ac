/**
 * Random experiments for property tests: cells that use every parametrised gate kind, both
 * recurrences, trainable heads, input-scaled and transformed angles, shared parameters and,
 * optionally, noise and the hybrid additions of docs/spec.md §5 (angle biases, a
 * probabilities readout, two outputs). Seeded, so a failure names its seed.
 */
import { PARAMETRISED_GATES, FIXED_GATES, GATES } from '../core/gates';
import { createRng, type Rng } from '../core/rng';
import { featureCount } from '../model/outputs';
import type { GateSpec, Model, Readout, Recurrence, Sequence, Transform } from '../model/types';
import type { GradientProblem } from '../gradients/types';

export interface RandomCellOptions {
  recurrence: Recurrence;
  dataQubits: number;
  hiddenQubits: number;
  steps: number;
  noise?: boolean;
  /**
   * docs/spec.md §5.1-5.3: a bias on some angles (one angle a bias alone), a probabilities
   * readout after the Pauli ones, and two heads with targets of two components.
   */
  hybrid?: boolean;
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
  const readout: Readout[] = [{ observable: 'Z' as const, wire: 0 }, { observable: (['X', 'Y', 'Z'] as const)[rng.int(3)], wire: rng.int(readoutWires) }];
  params.w0 = 0.8; params.w1 = -0.5; params.bias = 0.1;
  if (o.hybrid) return hybridProblem(rng, o, { cell, readout, params, names, readoutWires });
  const model = modelOf(o, cell, readout, { weights: ['w0', 'w1'], bias: 'bias' });
  const sequence: Sequence = {
    inputs: Array.from({ length: o.steps }, () => [rng.next() * 2 - 1]),
    targets: Array.from({ length: o.steps }, (_, t) => (t === 1 ? null : [rng.next() * 2 - 1])),
  };
  return { model, params, sequence, loss: { kind: 'mse', washout: 1 } };
}

/**
 * The §5 additions on a random cell: a bias (its own parameter, or one of the shared names
 * used as a bias) on about half the angles and an angle that is a bias alone; a
 * probabilities readout over up to two readable wires; two heads over every feature.
 */
function hybridProblem(rng: Rng, o: RandomCellOptions, parts: { cell: GateSpec[]; readout: Readout[]; params: Record<string, number>; names: string[]; readoutWires: number }): GradientProblem {
  const { params, names } = parts;
  const cell = parts.cell.map((g, i): GateSpec => {
    if (typeof g.angle !== 'object' || rng.next() < 0.5) return g;
    const own = `b${i}`;
    const bias = rng.next() < 0.7 ? own : names.find((p) => p !== (g.angle as { param?: string }).param) as string;
    if (bias === own) params[own] = rng.normal();
    return { ...g, angle: { ...g.angle, bias } };
  });
  params.beta = rng.normal();
  cell.push({ gate: 'RX', wires: [parts.readoutWires - 1], angle: { bias: 'beta', offset: 0.2 } });
  const k = Math.min(2, parts.readoutWires);
  const wires = k === 1 ? [0] : rng.next() < 0.5 ? [0, 1] : [1, 0];
  const readout: Readout[] = [...parts.readout, { observable: 'probabilities', wires }];
  const features = featureCount(readout);
  const head = [0, 1].map((j) => {
    const weights = Array.from({ length: features }, (_, i) => { params[`h${j}${i}`] = rng.normal() * 0.7; return `h${j}${i}`; });
    params[`o${j}`] = rng.normal() * 0.2;
    return { weights, bias: `o${j}` };
  });
  const model = modelOf(o, cell, readout, head);
  const sequence: Sequence = {
    inputs: Array.from({ length: o.steps }, () => [rng.next() * 2 - 1]),
    targets: Array.from({ length: o.steps }, (_, t) => (t === 1 ? null : [rng.next() * 2 - 1, rng.next() * 2 - 1])),
  };
  return { model, params, sequence, loss: { kind: 'mse', washout: 1 } };
}

/** The model of a random problem: the register and noise of the options, with this cell, readout and head. */
function modelOf(o: RandomCellOptions, cell: GateSpec[], readout: Readout[], head: Model['head']): Model {
  return {
    recurrence: o.recurrence,
    dataQubits: o.dataQubits,
    hiddenQubits: o.hiddenQubits,
    cell,
    readout,
    head,
    noise: o.noise ? { p1: 0.02, p2: 0.05, gamma: 0.03, q: 0.02 } : undefined,
  };
}
