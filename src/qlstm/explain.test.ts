/**
 * The QLSTM walkthrough (explain.ts) against the engine's own methods and against finite
 * differences it does not use: the contribution is parameter-shift's (the same bits), the
 * occurrences sum to the adjoint gradient, `d a / d angle` is the circuit's derivative,
 * `dL/da` the loss's derivative with respect to that evaluation's results, the input `u` is
 * what the recurrence fed the circuit; the common mistake is off except in `VQC_y`.
 */
import { describe, expect, it } from 'vitest';
import { atan } from '../core/detmath';
import { QLSTM_CIRCUITS } from '../model/types';
import { randomQlstmProblem } from '../testing/randomQlstm';
import { qlstmAdjoint } from './adjoint';
import { circuitAngles, evaluateCircuit } from './circuit';
import { explainQlstmOccurrence } from './explain';
import type { OccurrenceRef } from './occurrence';
import { qlstmParameterShift } from './parameterShift';
import { circuitsOf, runWith } from './run';
import type { QlstmProblem } from './types';

const single = randomQlstmProblem(21, { inputSize: 1, hiddenSize: 2, layers: 1, steps: 4 });
const wide = randomQlstmProblem(5, { inputSize: 2, hiddenSize: 1, layers: 2, steps: 5, outputs: 2, washout: 1 });

const same = (o: OccurrenceRef, at: OccurrenceRef) => o.circuit === at.circuit && o.layer === at.layer && o.qubit === at.qubit && o.angle === at.angle && o.step === at.step;

/**
 * One occurrence of every circuit, at several steps, layers, qubits and angles, named for the
 * report; none of those whose contribution must be 0 (`VQC_f` at step 0 multiplies
 * `c_{-1} = 0`; a last layer's `gamma` commutes with the measured `Z`; in `VQC_h` only
 * qubits `0..h-1` are read, and not every rotation reaches them).
 */
const cases: [string, QlstmProblem, OccurrenceRef][] = ([
  ...QLSTM_CIRCUITS.map((circuit, k): [string, QlstmProblem, OccurrenceRef] => ['single', single, { circuit, layer: 0, qubit: k % 3, angle: k % 2 ? 'beta' : 'alpha', step: (k + 1) % 4 }]),
  ['wide', wide, { circuit: 'g', layer: 1, qubit: 2, angle: 'beta', step: 3 }],
  ['wide', wide, { circuit: 'y', layer: 0, qubit: 0, angle: 'beta', step: 4 }],
  ['wide', wide, { circuit: 'h', layer: 0, qubit: 2, angle: 'alpha', step: 0 }],
] as [string, QlstmProblem, OccurrenceRef][]).map(([label, problem, at]) => [`${label} ${at.circuit}.${at.layer}.${at.qubit}.${at.angle} at step ${at.step}`, problem, at]);

describe('explainQlstmOccurrence', () => {
  const shifts = new Map([single, wide].map((p) => [p, qlstmParameterShift(p)]));

  it.each(cases)('%s: the contribution is parameter-shift\u2019s, bit for bit, and the occurrences sum to the adjoint (1e-9)', (_, problem, at) => {
    const x = explainQlstmOccurrence(problem, at);
    const reported = shifts.get(problem)?.occurrences ?? [];
    expect(x.contribution).toBe(reported.find((o) => same(o, at))?.contribution);
    const mine = reported.filter((o) => o.param === x.param);
    expect(x.occurrences).toEqual(mine.map((o) => ({ step: o.step, contribution: o.contribution })));
    expect(x.occurrences.map((o) => o.step)).toEqual(problem.sequence.inputs.map((_, t) => t));
    expect(Math.abs(x.sum - qlstmAdjoint(problem).gradient[x.param])).toBeLessThan(1e-9);
    expect(x.adjoint).toBe(qlstmAdjoint({ ...problem, trainable: [x.param] }).gradient[x.param]);
    expect(x.products.reduce((a, b) => a + b, 0)).toBe(x.contribution);
    expect(Math.abs(x.contribution)).toBeGreaterThan(1e-6);
  });

  it.each(cases)('%s: d a / d angle is the circuit\u2019s derivative at u (central differences, 1e-8)', (_, problem, at) => {
    const x = explainQlstmOccurrence(problem, at);
    const { shape, gates, thetas } = circuitsOf(problem.model, problem.params);
    const k = QLSTM_CIRCUITS.indexOf(at.circuit);
    const slot = 2 * shape.n + 3 * (at.layer * shape.n + at.qubit) + ['alpha', 'beta', 'gamma'].indexOf(at.angle);
    const h = 1e-5;
    const moved = (d: number) => {
      const angles = circuitAngles(shape, x.input, thetas[k]);
      angles[slot] += d;
      return evaluateCircuit(shape, gates, angles);
    };
    const up = moved(h), down = moved(-h);
    x.dadangle.forEach((d, j) => expect(Math.abs(d - (up[j] - down[j]) / (2 * h)), `qubit ${j}`).toBeLessThan(1e-8));
    expect(x.outputs).toEqual(moved(0));
    expect(x.shifted.map((e) => e.angle)).toEqual([x.value + Math.PI / 2, x.value - Math.PI / 2]);
    expect(x.encoding.ry).toEqual(x.input.map((u) => atan(u)));
    expect(x.encoding.rz).toEqual(x.input.map((u) => atan(u * u)));
  });

  it.each(cases)('%s: dL/da is the loss\u2019s derivative with respect to that evaluation\u2019s results (1e-7)', (_, problem, at) => {
    const x = explainQlstmOccurrence(problem, at);
    const circuits = circuitsOf(problem.model, problem.params);
    const k = QLSTM_CIRCUITS.indexOf(at.circuit);
    const lossWith = (j: number, d: number) => runWith(problem.model, problem.params, problem.sequence, problem.loss, (kk, t, u) => {
      const a = evaluateCircuit(circuits.shape, circuits.gates, circuitAngles(circuits.shape, u, circuits.thetas[kk]));
      if (kk === k && t === at.step) a[j] += d;
      return a;
    }).loss as number;
    const h = 1e-6;
    x.dLda.forEach((g, j) => expect(Math.abs(g - (lossWith(j, h) - lossWith(j, -h)) / (2 * h)), `qubit ${j}`).toBeLessThan(1e-7));
    expect(x.loss).toBe(lossWith(0, 0));
  });

  it('reads the circuit input the recurrence fed it: [x_t, h_{t-1}] for a gate, with h_{t-1} the first outputs of VQC_h', () => {
    const { inputSize: i, hiddenSize: h } = wide.model;
    const gate = explainQlstmOccurrence(wide, { circuit: 'f', layer: 0, qubit: 0, angle: 'alpha', step: 3 });
    const hidden = explainQlstmOccurrence(wide, { circuit: 'h', layer: 0, qubit: 0, angle: 'alpha', step: 2 });
    expect(gate.input.slice(0, i)).toEqual(wide.sequence.inputs[3]);
    expect(gate.input.slice(i)).toEqual(hidden.outputs.slice(0, h));
    const first = explainQlstmOccurrence(wide, { circuit: 'o', layer: 0, qubit: 0, angle: 'alpha', step: 0 });
    expect(first.input).toEqual([...wide.sequence.inputs[0], 0]);
  });

  it('shows the common mistake: off for VQC_i at step 0, right for VQC_y, when asked for', () => {
    const at: OccurrenceRef = { circuit: 'i', layer: 0, qubit: 0, angle: 'beta', step: 0 };
    expect(explainQlstmOccurrence(single, at).mistake).toBeUndefined();
    const x = explainQlstmOccurrence(single, at, { withMistake: true });
    const mistake = x.mistake as { contribution: number; difference: number };
    expect(Math.abs(x.contribution)).toBeGreaterThan(1e-3);
    expect(Math.abs(mistake.difference)).toBeGreaterThan(1e-2 * Math.abs(x.contribution));
    expect(mistake.difference).toBe(mistake.contribution - x.contribution);
    for (const [problem, y] of [[single, { circuit: 'y', layer: 0, qubit: 2, angle: 'beta', step: 1 }], [wide, { circuit: 'y', layer: 1, qubit: 0, angle: 'alpha', step: 4 }]] as const) {
      const right = explainQlstmOccurrence(problem, y, { withMistake: true });
      expect(Math.abs(right.contribution)).toBeGreaterThan(1e-4);
      expect(Math.abs(right.mistake?.difference ?? 1)).toBeLessThan(1e-12);
    }
  });

  it('refuses an occurrence the model or sequence lacks, naming the field', () => {
    const at: OccurrenceRef = { circuit: 'g', layer: 0, qubit: 0, angle: 'alpha', step: 0 };
    expect(() => explainQlstmOccurrence(single, { ...at, angle: 'delta' as never })).toThrow(/^angle must be one of alpha beta gamma/);
    expect(() => explainQlstmOccurrence(single, { ...at, qubit: 3 })).toThrow(/^qubit must be 0..2/);
    expect(() => explainQlstmOccurrence(single, { ...at, step: 4 })).toThrow(/^step must be 0..3/);
    expect(() => explainQlstmOccurrence(single, { ...at, circuit: 'q' as never })).toThrow(/^circuit must be one of/);
  });
});
