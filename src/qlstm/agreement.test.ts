/**
 * Parameter-shift (local, docs/spec.md §7) equals the adjoint to 1e-9 on every occurrence and
 * every parameter, and finite differences agree to about 1e-6, on random QLSTMs of several
 * shapes: two qubits (one CNOT ring) and more (two rings), one and two layers, one output
 * and a head array, with and without unscored steps.
 */
import { describe, expect, it } from 'vitest';
import { randomQlstmProblem, type RandomQlstmOptions } from '../testing/randomQlstm';
import { adjointKeeping, KEPT_STATES_BYTES, qlstmAdjoint } from './adjoint';
import { qlstmFiniteDifference } from './finiteDifference';
import { qlstmParameterShift } from './parameterShift';

const SHAPES: [string, RandomQlstmOptions][] = [
  ['1+1 qubits, 1 layer (n = 2)', { inputSize: 1, hiddenSize: 1, layers: 1, steps: 5 }],
  ['1+2 qubits, 2 layers, washout and unscored steps', { inputSize: 1, hiddenSize: 2, layers: 2, steps: 6, washout: 1 }],
  ['2+2 qubits, 1 layer, two outputs', { inputSize: 2, hiddenSize: 2, layers: 1, steps: 4, outputs: 2 }],
  ['3+1 qubits, 2 layers, three outputs', { inputSize: 3, hiddenSize: 1, layers: 2, steps: 3, outputs: 3 }],
];

describe.each(SHAPES)('a random QLSTM, %s', (_, shape) => {
  const problem = randomQlstmProblem(11 + shape.inputSize * 7 + shape.hiddenSize, shape);
  const exact = qlstmAdjoint(problem);
  const n = shape.inputSize + shape.hiddenSize;

  it('reports one occurrence per circuit, layer, qubit, angle and step', () => {
    expect(exact.occurrences).toHaveLength(18 * shape.layers * n * shape.steps);
    // Not all zero: the gradient carries signal through every circuit.
    for (const circuit of ['f', 'i', 'g', 'o', 'h', 'y']) expect(exact.occurrences.some((o) => o.circuit === circuit && Math.abs(o.contribution) > 1e-8), circuit).toBe(true);
  });

  it('parameter-shift equals the adjoint to 1e-9 on every occurrence and every parameter', () => {
    const shifted = qlstmParameterShift(problem);
    expect(shifted.occurrences.map(({ param, step }) => `${param}|${step}`)).toEqual(exact.occurrences.map(({ param, step }) => `${param}|${step}`));
    shifted.occurrences.forEach((o, i) => expect(Math.abs(o.contribution - exact.occurrences[i].contribution), `${o.param} step ${o.step}`).toBeLessThan(1e-9));
    for (const [p, g] of Object.entries(exact.gradient)) expect(Math.abs(shifted.gradient[p] - g), p).toBeLessThan(1e-9);
    expect(shifted.loss).toBe(exact.loss);
    expect(shifted.outputs).toEqual(exact.outputs);
  });

  it('central finite differences agree with the adjoint to 1e-6, per parameter and per occurrence', () => {
    const perParameter = qlstmFiniteDifference(problem, { h: 1e-5 });
    for (const [p, g] of Object.entries(exact.gradient)) expect(Math.abs(perParameter.gradient[p] - g), p).toBeLessThan(1e-6);
    const perOccurrence = qlstmFiniteDifference(problem, { h: 1e-5, perOccurrence: true });
    perOccurrence.occurrences.forEach((o, i) => expect(Math.abs(o.contribution - exact.occurrences[i].contribution), `${o.param} step ${o.step}`).toBeLessThan(1e-6));
  });
});

describe('frozen parameters', () => {
  it('have no occurrences and no gradient, and the rest are unchanged', () => {
    const problem = randomQlstmProblem(5, { inputSize: 1, hiddenSize: 2, layers: 1, steps: 4 });
    const all = qlstmAdjoint(problem);
    const trainable = Object.keys(problem.params).filter((p) => !p.startsWith('g.') && p !== 'b0');
    for (const method of [qlstmAdjoint, qlstmParameterShift]) {
      const some = method({ ...problem, trainable });
      expect(some.occurrences.every((o) => o.circuit !== 'g')).toBe(true);
      expect(Object.keys(some.gradient).sort()).toEqual([...trainable].sort());
      for (const p of trainable) expect(Math.abs(some.gradient[p] - all.gradient[p]), p).toBeLessThan(1e-9);
    }
  });
});

describe('the adjoint keeping final states', () => {
  it('gives the bits of the adjoint that recomputes them, exact and with shots', () => {
    for (const [seed, o] of [[3, { inputSize: 1, hiddenSize: 3, layers: 2, steps: 9 }], [4, { inputSize: 2, hiddenSize: 1, layers: 1, steps: 6, outputs: 2, washout: 2 }]] as const) {
      const problem = randomQlstmProblem(seed, o);
      expect(adjointKeeping(KEPT_STATES_BYTES)(problem)).toEqual(adjointKeeping(0)(problem));
      expect(adjointKeeping(KEPT_STATES_BYTES)(problem, { shots: 100, seed: 5 })).toEqual(adjointKeeping(0)(problem, { shots: 100, seed: 5 }));
    }
  });
});
