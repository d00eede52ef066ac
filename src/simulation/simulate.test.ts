import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { inlineSequence } from '../model/sequence';
import { compileCell } from './cell';
import { densityEngine } from './densityEngine';
import type { InlineData } from '../model/types';
import { CASE_NAMES, caseExpected, caseExperiment } from '../testing/cases';

const caseNames = CASE_NAMES;

function load(name: string) {
  return { experiment: caseExperiment(name), expected: caseExpected(name) };
}

describe('simulate(model, params, sequence, loss) on the reference cases', () => {
  it('has every shared case to check', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of caseNames) {
    it(`reproduces outputs and loss of ${name} to 1e-9`, () => {
      const { experiment, expected } = load(name);
      const seq = inlineSequence(experiment.data as InlineData);
      const result = simulate(experiment.model, experiment.params, seq, experiment.loss);
      expect(result.outputs.length).toBe(expected.outputs.length);
      const rows = expected.outputs.map((y) => (typeof y === 'number' ? [y] : y));
      result.outputs.forEach((y, t) => y.forEach((v, j) => expect(Math.abs(v - rows[t][j]), `step ${t} output ${j}`).toBeLessThan(1e-9)));
      expect(Math.abs((result.loss as number) - (expected.loss as number))).toBeLessThan(1e-9);
    });

    it(`gives the same result for ${name} with the general density-matrix engine`, () => {
      const { experiment } = load(name);
      const seq = inlineSequence(experiment.data as InlineData);
      const fast = simulate(experiment.model, experiment.params, seq, experiment.loss);
      const dense = simulate(experiment.model, experiment.params, seq, experiment.loss, { engine: densityEngine });
      fast.outputs.flat().forEach((y, i) => expect(Math.abs(y - dense.outputs.flat()[i])).toBeLessThan(1e-12));
      fast.bloch.flat(2).forEach((v, i) => expect(Math.abs(v - dense.bloch.flat(2)[i])).toBeLessThan(1e-12));
    });
  }

  it('a cell whose register has no hidden qubit forgets: each step depends only on its input', () => {
    const { experiment } = load('one-qubit-one-parameter');
    const model = { ...experiment.model, cell: [{ gate: 'RY' as const, wires: [0], angle: { input: true as const } }] };
    const r = simulate(model, {}, { inputs: [[0.3], [1.1], [0.3]], targets: [null, null, null] }, { kind: 'mse', washout: 0 });
    expect(r.outputs[0][0]).toBeCloseTo(Math.cos(0.3), 14);
    expect(r.outputs[2][0]).toBeCloseTo(r.outputs[0][0], 14);
    expect(r.loss).toBeNull();
    expect(compileCell(model).gateNoiseFree).toBe(true);
  });
});

describe('gate fusion (simulation/fuse.ts)', () => {
  it('gives the same outputs as gate-by-gate simulation on random layered cells with CNOT rings and interleaved one-wire gates', async () => {
    const { randomProblem } = await import('../testing/randomCells');
    for (let seed = 1; seed <= 12; seed++) {
      const p = randomProblem(seed, { recurrence: seed % 2 ? 'measure-reset' : 'coherent', dataQubits: 2, hiddenQubits: 2, steps: 3 });
      const cell = [...p.model.cell, { gate: 'CNOT' as const, wires: [0, 1] }, { gate: 'RY' as const, wires: [1], angle: 0.3 }, { gate: 'CNOT' as const, wires: [1, 2] }, { gate: 'X' as const, wires: [3] }, { gate: 'SWAP' as const, wires: [3, 0] }, { gate: 'RZ' as const, wires: [3], angle: 0.7 }];
      const model = { ...p.model, cell };
      const fused = simulate(model, p.params, p.sequence, p.loss);
      const oneByOne = simulate(model, p.params, p.sequence, p.loss, { fuse: false, engine: densityEngine });
      fused.outputs.forEach((y, t) => expect(Math.abs(y[0] - oneByOne.outputs[t][0]), `seed ${seed} step ${t}`).toBeLessThan(1e-12));
    }
  });
});

describe('ten qubits', () => {
  it('a 5 + 5 measure-reset cell simulates identically with the fast engine and full 1024 x 1024 density matrices', async () => {
    const { benchmarkCase } = await import('../cli/bench/benchModel');
    const c = benchmarkCase(5, 5, 2, 1);
    const fast = simulate(c.model, c.params, c.sequence, c.loss);
    const dense = simulate(c.model, c.params, c.sequence, c.loss, { engine: densityEngine, fuse: false });
    fast.outputs.flat().forEach((y, i) => expect(Math.abs(y - dense.outputs.flat()[i])).toBeLessThan(1e-12));
    fast.bloch.flat(2).forEach((v, i) => expect(Math.abs(v - dense.bloch.flat(2)[i])).toBeLessThan(1e-12));
  });
});

describe("a step's working state written into the last one's", () => {
  it('gives the same bits as a new state a step, in the two buffers it cycles through', async () => {
    const { benchmarkCase } = await import('../cli/bench/benchModel');
    const { sequenceGates } = await import('./cell');
    const { fuseSequence } = await import('./fuse');
    const { isometryEngine } = await import('./isometryEngine');
    for (const [D, H] of [[3, 3], [4, 4]]) {
      const steps = 12;
      const c = benchmarkCase(D, H, steps);
      const cell = compileCell(c.model);
      const ops = fuseSequence(cell, sequenceGates(cell, c.params, c.sequence.inputs));
      const engine = isometryEngine(cell);
      // One run with a new state a step, then one handing each step the last one's.
      const run = (reuse: boolean) => {
        let carried = engine.initial();
        let spent: Float64Array | undefined;
        const outcomes: { expectations: number[]; carried: number[] }[] = [];
        const buffers = new Set<ArrayBufferLike>();
        for (let t = 0; t < steps; t++) {
          const work = engine.runOps(carried, ops[t], reuse ? spent : undefined);
          buffers.add(work.buffer);
          const outcome = engine.finish(carried, work);
          outcomes.push({ expectations: outcome.expectations, carried: Array.from(outcome.carried) });
          carried = outcome.carried;
          spent = work;
        }
        return { outcomes, buffers };
      };
      const fresh = run(false);
      const reused = run(true);
      expect(reused.outcomes).toEqual(fresh.outcomes);
      const freshBuffers = fresh.buffers, reusedBuffers = reused.buffers;
      expect(freshBuffers.size).toBeGreaterThan(H + 2);
      // New buffers only while the hidden state's rank grows (the state widens), then the same ones.
      expect(reusedBuffers.size).toBeLessThanOrEqual(H + 2);
    }
  });
});
