import { describe, expect, it } from 'vitest';
import { adjoint } from './adjoint';
import { parameterShift } from './parameterShift';
import { finiteDifference } from './finiteDifference';
import { randomProblem, type RandomCellOptions } from '../testing/randomCells';
import { simulate } from '../simulation/simulate';
import { densityEngine } from '../simulation/densityEngine';
import { densityAngleDerivatives } from './adjointDensity';
import { isometryAngleDerivatives } from './adjointIsometry';
import { compileCell } from '../simulation/cell';
import { generatorsOf } from './common';
import { benchmarkCase } from '../cli/bench/benchModel';
import type { Model } from '../model/types';

const shapes: [string, RandomCellOptions][] = [
  ['measure-reset 1+2', { recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 2, steps: 5 }],
  ['measure-reset 2+1', { recurrence: 'measure-reset', dataQubits: 2, hiddenQubits: 1, steps: 4 }],
  ['measure-reset 2+2 with noise', { recurrence: 'measure-reset', dataQubits: 2, hiddenQubits: 2, steps: 4, noise: true }],
  ['measure-reset 1+0 (no memory)', { recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 0, steps: 3 }],
  ['coherent 1+2', { recurrence: 'coherent', dataQubits: 1, hiddenQubits: 2, steps: 4 }],
  ['coherent 2+1 with noise', { recurrence: 'coherent', dataQubits: 2, hiddenQubits: 1, steps: 4, noise: true }],
];

describe('parameter-shift equals adjoint to 1e-9, parameter and occurrence, on random cells', () => {
  for (const [label, shape] of shapes) {
    it(`${label}: every parametrised gate kind, trainable head, input-scaled angles (seeds 1-4)`, () => {
      for (let seed = 1; seed <= 4; seed++) {
        const problem = randomProblem(seed, shape);
        const a = adjoint(problem), p = parameterShift(problem);
        expect(Math.abs((a.loss as number) - (simulate(problem.model, problem.params, problem.sequence, problem.loss).loss as number))).toBeLessThan(1e-12);
        for (const name of Object.keys(a.gradient)) expect(Math.abs(a.gradient[name] - p.gradient[name]), `seed ${seed} ${name}`).toBeLessThan(1e-9);
        expect(p.occurrences.length).toBe(a.occurrences.length);
        a.occurrences.forEach((o, i) => expect(Math.abs(o.contribution - p.occurrences[i].contribution), `seed ${seed} occurrence ${i}`).toBeLessThan(1e-9));
        // A shared parameter's gradient is the sum of its occurrences (plus its head part, none here).
        const sumA = a.occurrences.filter((o) => o.param === 'a').reduce((s, o) => s + o.contribution, 0);
        expect(Math.abs(sumA - a.gradient.a)).toBeLessThan(1e-12);
      }
    });
  }

  for (const [label, shape] of shapes) {
    it(`${label} with the hybrid additions: angle biases, a probabilities readout, two outputs (seeds 1-3)`, () => {
      for (let seed = 1; seed <= 3; seed++) {
        const problem = randomProblem(seed, { ...shape, hybrid: true });
        const a = adjoint(problem), p = parameterShift(problem), f = finiteDifference(problem, { h: 1e-5 });
        expect(problem.model.cell.some((g) => typeof g.angle === 'object' && g.angle.bias !== undefined && g.angle.param !== undefined)).toBe(true);
        expect(Math.abs((a.loss as number) - (simulate(problem.model, problem.params, problem.sequence, problem.loss).loss as number))).toBeLessThan(1e-12);
        for (const name of Object.keys(a.gradient)) {
          expect(Math.abs(a.gradient[name] - p.gradient[name]), `seed ${seed} ${name}`).toBeLessThan(1e-9);
          expect(Math.abs(a.gradient[name] - f.gradient[name]), `seed ${seed} ${name} (finite differences)`).toBeLessThan(1e-6);
        }
        expect(p.occurrences.map((o) => [o.param, o.gate, o.step])).toEqual(a.occurrences.map((o) => [o.param, o.gate, o.step]));
        a.occurrences.forEach((o, i) => expect(Math.abs(o.contribution - p.occurrences[i].contribution), `seed ${seed} occurrence ${i}`).toBeLessThan(1e-9));
        const fo = finiteDifference(problem, { h: 1e-5, perOccurrence: true });
        a.occurrences.forEach((o, i) => expect(Math.abs(o.contribution - fo.occurrences[i].contribution), `seed ${seed} occurrence ${i} (per-occurrence differences)`).toBeLessThan(1e-6));
      }
    });
  }

  it('the adjoint agrees with central finite differences (h = 1e-5) on a noisy coherent cell', () => {
    const problem = randomProblem(9, shapes[5][1]);
    const a = adjoint(problem), f = finiteDifference(problem, { h: 1e-5 });
    for (const name of Object.keys(a.gradient)) expect(Math.abs(a.gradient[name] - f.gradient[name]), name).toBeLessThan(1e-7);
  });

  it('the isometry adjoint equals the density-matrix adjoint on measure-reset cells', () => {
    const problem = randomProblem(5, { recurrence: 'measure-reset', dataQubits: 2, hiddenQubits: 2, steps: 4 });
    const cell = compileCell({ ...problem.model, noise: { p1: 0, p2: 0, gamma: 0.1, q: 0.05 } });
    const coeffs = (e: number[][]) => e.map((row) => row.map((_, i) => (i + 1) * 0.3));
    const gens = generatorsOf(problem.model);
    const fast = isometryAngleDerivatives(cell, problem.params, problem.sequence.inputs, coeffs);
    const recomputed = isometryAngleDerivatives(cell, problem.params, problem.sequence.inputs, coeffs, 0); // nothing kept: each working state recomputed
    expect(recomputed.dLda).toEqual(fast.dLda);
    const slow = densityAngleDerivatives(cell, problem.params, problem.sequence.inputs, coeffs, gens);
    fast.dLda.flat().forEach((v, i) => expect(Math.abs(v - slow.dLda.flat()[i])).toBeLessThan(1e-12));
    const sim = simulate(cell.model, problem.params, problem.sequence, problem.loss, { engine: densityEngine });
    fast.expectations.flat().forEach((v, i) => expect(Math.abs(v - sim.expectations.flat()[i])).toBeLessThan(1e-12));
  });

  it('the factored adjoint equals parameter-shift on layered cells: leading runs on both registers, runs after a CNOT ring, damping and readout error', () => {
    for (const [D, H] of [[2, 2], [3, 2], [1, 3]]) {
      const c = benchmarkCase(D, H, 5, 2, D + H);
      const model = { ...c.model, readout: [{ observable: 'Z' as const, wire: 0 }, { observable: 'X' as const, wire: D - 1 }], head: { weights: [1, -0.5], bias: 0 }, noise: { p1: 0, p2: 0, gamma: 0.05, q: 0.03 } };
      const problem = { model, params: c.params, sequence: c.sequence, loss: c.loss };
      const a = adjoint(problem), p = parameterShift(problem);
      for (const name of Object.keys(a.gradient)) expect(Math.abs(a.gradient[name] - p.gradient[name]), `${D}+${H} ${name}`).toBeLessThan(1e-9);
    }
  });

  it('stays exact when a hidden state has a tiny eigenvalue, whether the factor keeps it (ill-conditioned) or drops it', () => {
    // CRX and CRY of angle `tiny` barely entangle: the hidden state has an eigenvalue near tiny^2 / 10.
    const model: Model = {
      recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 1,
      cell: [
        { gate: 'RY', wires: [0], angle: { input: true } },
        { gate: 'CRX', wires: [0, 1], angle: { param: 'tiny' } },
        { gate: 'RY', wires: [1], angle: { param: 'b' } },
        { gate: 'CRY', wires: [1, 0], angle: { param: 'tiny2' } },
      ],
      readout: [{ observable: 'Z', wire: 0 }],
      head: { weights: [1], bias: 0 },
    };
    const inputs = [[0.9], [-0.4], [1.2], [0.3]];
    const cell = compileCell(model);
    const coeffs = (e: number[][]) => e.map((row) => row.map(() => 1));
    for (const tiny of [1e-3, 1e-6, 1e-7, 1e-9]) {
      const params = { tiny, tiny2: 2 * tiny, b: 0.02 };
      const fast = isometryAngleDerivatives(cell, params, inputs, coeffs);
      const slow = densityAngleDerivatives(cell, params, inputs, coeffs, generatorsOf(model));
      fast.dLda.flat().forEach((v, i) => expect(Math.abs(v - slow.dLda.flat()[i]), `tiny ${tiny}, entry ${i}`).toBeLessThan(1e-13));
    }
  });
});
