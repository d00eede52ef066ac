import { describe, expect, it } from 'vitest';
import { sampleTrajectories, type TrajectoryExecution } from './trajectories';
import { simulate } from './simulate';
import { compileCell, stepGates } from './cell';
import { engineFor } from './engine';
import { runSteps } from './steps';
import { createRng } from '../core/rng';
import type { Model } from '../model/types';

/** One data and one hidden wire; the hidden wire feeds the data wire, so steps remember. */
const oneOne: Model = {
  recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 1,
  cell: [
    { gate: 'RY', wires: [0], angle: { input: true, transform: 'arccos' } },
    { gate: 'CRX', wires: [1, 0], angle: { param: 'a' } },
    { gate: 'RY', wires: [1], angle: { param: 'b', bias: 'c' } },
    { gate: 'CNOT', wires: [0, 1] },
    { gate: 'RZ', wires: [0], angle: { param: 'a', input: true } },
  ],
  // Z and X on one wire: two settings, so two separate sets of shots.
  readout: [{ observable: 'Z', wire: 0 }, { observable: 'X', wire: 0 }],
  head: { weights: ['w', 1], bias: 0 },
};

/** Two data and one hidden wire, a probabilities readout, a Y readout and an angle bias. */
const twoOne: Model = {
  recurrence: 'measure-reset', dataQubits: 2, hiddenQubits: 1,
  cell: [
    { gate: 'RY', wires: [0], angle: { input: true, bias: 'c' } },
    { gate: 'RX', wires: [1], angle: { param: 'a', input: 1 } },
    { gate: 'CRY', wires: [2, 1], angle: { param: 'b' } },
    { gate: 'RXX', wires: [0, 2], angle: { bias: 'c' } },
    { gate: 'CNOT', wires: [1, 2] },
    { gate: 'H', wires: [0] },
  ],
  readout: [{ observable: 'probabilities', wires: [1, 0] }, { observable: 'Y', wire: 1 }],
  head: [{ weights: [1, 1, 1, 1, 'w'], bias: 0 }],
};

const params = { a: 2, b: -1.1, c: 0.4, w: 0.5 };
const inputs1 = [[0.3], [-0.6], [0.9]];
const inputs2 = [[0.3, -1], [-0.6, 0.5], [0.9, 2], [0.1, -0.4]];

function exactOf(model: Model, inputs: number[][]): number[][] {
  return simulate(model, params, { inputs, targets: inputs.map(() => null) }, { kind: 'mse', washout: 0 }, { bloch: false }).expectations;
}

/** Per step and feature: the mean over `runs` seeds of the sampled value, and its standard error. */
function meansOver(ex: TrajectoryExecution, shots: number, runs: number) {
  const sum: number[][] = [], sq: number[][] = [];
  for (let s = 0; s < runs; s++) {
    sampleTrajectories(ex, shots, createRng(1 + s)).forEach((row, t) => row.forEach((x, i) => {
      (sum[t] ??= [])[i] = (sum[t][i] ?? 0) + x;
      (sq[t] ??= [])[i] = (sq[t][i] ?? 0) + x * x;
    }));
  }
  return sum.map((row, t) => row.map((x, i) => {
    const mean = x / runs;
    return { mean, stderr: Math.sqrt(Math.max(0, sq[t][i] / runs - mean * mean) / runs) };
  }));
}

function expectMeansMatch(model: Model, inputs: number[][], shots: number, runs: number) {
  const exact = exactOf(model, inputs);
  const got = meansOver({ model, params, inputs }, shots, runs);
  expect(got.map((row) => row.length)).toEqual(exact.map((row) => row.length));
  got.forEach((row, t) => row.forEach(({ mean, stderr }, i) => {
    expect(stderr, `step ${t} feature ${i}`).toBeGreaterThan(0);
    expect(Math.abs(mean - exact[t][i]), `step ${t} feature ${i}: ${mean} against ${exact[t][i]}`).toBeLessThan(4 * stderr);
  }));
}

describe('sampleTrajectories: means agree with the exact model (docs/spec.md §6), 4 standard errors over 1500 seeds', () => {
  it('1 data + 1 hidden, Z and X on one wire (isometry engine)', () => {
    expectMeansMatch(oneOne, inputs1, 5, 1500);
  });

  it('1 data + 1 hidden with depolarizing noise, damping and readout error (density engine)', () => {
    expectMeansMatch({ ...oneOne, noise: { p1: 0.05, p2: 0.1, gamma: 0.5, q: 0.1 } }, inputs1, 5, 1500);
  });

  it('2 data + 1 hidden with a probabilities readout, a Y readout and a bias', () => {
    expectMeansMatch(twoOne, inputs2, 5, 1500);
  });

  it('2 data + 1 hidden with readout error q on the probabilities (M^(x k) p, docs/spec.md §5.2)', () => {
    expectMeansMatch({ ...twoOne, noise: { p1: 0, p2: 0, gamma: 0, q: 0.15 } }, inputs2, 5, 1500);
  });

  it('coherent recurrence: each step its own execution, readouts on a hidden wire too', () => {
    const coherent: Model = { ...twoOne, recurrence: 'coherent', readout: [{ observable: 'probabilities', wires: [2, 0] }, { observable: 'X', wire: 2 }], noise: { p1: 0, p2: 0, gamma: 0.1, q: 0 } };
    expectMeansMatch(coherent, inputs2, 5, 1500);
  });
});

describe('sampleTrajectories: shapes and frequencies', () => {
  it('gives frequencies that sum to 1 and Pauli estimates on the grid of N shots', () => {
    const rows = sampleTrajectories({ model: twoOne, params, inputs: inputs2 }, 7, createRng(3));
    for (const row of rows) {
      expect(row.slice(0, 4).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      for (const x of row) expect(Math.abs(Math.round(x * 7) - x * 7)).toBeLessThan(1e-9);
    }
  });

  it('is deterministic: the same seed gives the same features, another seed others', () => {
    const ex = { model: oneOne, params, inputs: inputs1 };
    expect(sampleTrajectories(ex, 50, createRng(9))).toEqual(sampleTrajectories(ex, 50, createRng(9)));
    expect(sampleTrajectories(ex, 50, createRng(9))).not.toEqual(sampleTrajectories(ex, 50, createRng(10)));
  });

  it('returns steps from `from` on, and with a shifted angle its means are the exact shifted execution', () => {
    const delta = Math.PI / 2;
    const ex = { model: oneOne, params, inputs: inputs1, deltaOf: (g: number, t: number) => (g === 2 && t === 1 ? delta : 0) };
    expect(sampleTrajectories(ex, 10, createRng(1), 1)).toHaveLength(2);
    const cell = compileCell(oneOne), engine = engineFor(cell);
    const exact = runSteps(engine, inputs1.length, (carried, t) => {
      const work = engine.begin(carried);
      stepGates(cell, params, inputs1[t], t === 1 ? { gate: 2, delta } : undefined).forEach((g, j) => engine.apply(work, j, g.matrix, g.conj));
      return work;
    }).expectations;
    expect(Math.abs(exact[2][0] - exactOf(oneOne, inputs1)[2][0])).toBeGreaterThan(0.05);
    meansOver(ex, 5, 1500).forEach((row, t) => row.forEach(({ mean, stderr }, i) => {
      expect(Math.abs(mean - exact[t][i]), `step ${t} feature ${i}`).toBeLessThan(4 * stderr);
    }));
  });
});
