import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, dagger, kron2, pauliMatrix, type Pauli } from './gates';
import { identity, matmul, maxAbsDiff, randomDensity } from '../testing/dense';
import { createRng } from './rng';

const TOL = 1e-12;
const angles = [0, 0.3, -1.7, Math.PI, 2.9];

describe('GATES', () => {
  it('every gate matrix is unitary at several angles', () => {
    for (const name of GATE_NAMES) {
      const g = GATES[name];
      const dim = 1 << g.arity;
      for (const a of angles) {
        const m = g.matrix(a);
        expect(maxAbsDiff(matmul(m, dagger(m, dim), dim), identity(dim)), `${name}(${a})`).toBeLessThan(TOL);
      }
    }
  });

  it('the generator K gives d(G rho G^dagger)/da = -(i/2) [K, G rho G^dagger] for every rotation', () => {
    const rng = createRng(2);
    for (const name of GATE_NAMES) {
      const g = GATES[name];
      if (!g.parametrised || !g.generator) continue;
      const dim = 1 << g.arity;
      const gen = g.generator;
      const factor = (p: string) => (p === 'I' ? identity(2) : pauliMatrix(p as Pauli));
      let k = gen.paulis.length === 1 ? factor(gen.paulis[0]) : kron2(gen.controlled ? Float64Array.of(0, 0, 0, 0, 0, 0, 1, 0) : factor(gen.paulis[0]), factor(gen.paulis[1]));
      k = k.map((x) => x * gen.scale);
      const rho = randomDensity(rng, dim);
      const conjugated = (a: number) => { const m = g.matrix(a); return matmul(matmul(m, rho, dim), dagger(m, dim), dim); };
      const a = 0.77, h = 1e-5;
      const plus = conjugated(a + h), minus = conjugated(a - h);
      const numeric = plus.map((x, i) => (x - minus[i]) / (2 * h));
      const s = conjugated(a);
      const comm = matmul(k, s, dim).map((x, i) => x - matmul(s, k, dim)[i]);
      const analytic = new Float64Array(comm.length);
      for (let p = 0; p < comm.length; p += 2) { analytic[p] = 0.5 * comm[p + 1]; analytic[p + 1] = -0.5 * comm[p]; }
      expect(maxAbsDiff(numeric, analytic), name).toBeLessThan(1e-8);
    }
  });

  it('RX(pi) is -iX, RZZ is diagonal, CRX has the control on the first wire', () => {
    const rx = GATES.RX.matrix(Math.PI);
    expect(maxAbsDiff(rx, Float64Array.of(0, 0, 0, -1, 0, -1, 0, 0))).toBeLessThan(TOL);
    const crx = GATES.CRX.matrix(Math.PI);
    // |10> -> -i|11>: column 2 has -i in row 3
    expect(crx[2 * (3 * 4 + 2) + 1]).toBeCloseTo(-1, 12);
    expect(crx[2 * (1 * 4 + 1)]).toBe(1);
  });
});
