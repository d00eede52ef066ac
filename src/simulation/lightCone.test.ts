import { describe, expect, it } from 'vitest';
import { adjoint } from '../gradients/adjoint';
import type { GateSpec, Model } from '../model/types';
import { randomProblem } from '../testing/randomCells';
import { unreachableParams } from './lightCone';

function model(cell: GateSpec[], options: Partial<Model> = {}): Model {
  return { recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 2, cell, readout: [{ observable: 'Z', wire: 0 }], head: { weights: [1], bias: 0 }, ...options };
}
const ry = (wire: number, param: string): GateSpec => ({ gate: 'RY', wires: [wire], angle: { param } });
const cnot = (a: number, b: number): GateSpec => ({ gate: 'CNOT', wires: [a, b] });

describe('unreachableParams(model)', () => {
  it('names a parameter on a hidden wire that never meets the readout wire', () => {
    expect(unreachableParams(model([{ gate: 'RY', wires: [0], angle: { input: true } }, ry(1, 'a'), ry(2, 'b'), cnot(1, 0)]))).toEqual(['b']);
  });

  it('follows a hidden wire into the next step, where a gate couples it to the readout', () => {
    expect(unreachableParams(model([cnot(1, 0), ry(1, 'a')]))).toEqual([]);
    expect(unreachableParams(model([cnot(1, 0), ry(2, 'b'), cnot(2, 1)]))).toEqual([]);
  });

  it('a data wire is reset at the end of a measure-reset step, but carried under coherent', () => {
    const cell = [cnot(1, 0), ry(1, 'c')];
    const twoData = { dataQubits: 2, hiddenQubits: 0 };
    expect(unreachableParams(model(cell, twoData))).toEqual(['c']);
    expect(unreachableParams(model(cell, { ...twoData, recurrence: 'coherent' }))).toEqual([]);
  });

  it('a parameter counts as reaching when any one of its gates reaches', () => {
    expect(unreachableParams(model([ry(2, 'a'), ry(0, 'a')]))).toEqual([]);
  });

  it('every parameter it names has an exact gradient of zero, on random cells', () => {
    let named = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const problem = randomProblem(seed, { recurrence: seed % 3 === 0 ? 'coherent' : 'measure-reset', dataQubits: 1 + (seed % 2), hiddenQubits: 2, steps: 3 });
      const unreachable = unreachableParams(problem.model);
      if (unreachable.length === 0) continue;
      const gradient = adjoint(problem).gradient;
      for (const p of unreachable) expect(Math.abs(gradient[p]), `seed ${seed}, ${p}`).toBeLessThan(1e-12);
      named += unreachable.length;
    }
    expect(named).toBeGreaterThan(0);
  });
});
