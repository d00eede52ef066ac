import { describe, expect, it } from 'vitest';
import { amplitudeDamp, dampDual, depolarize1, depolarize2, readoutError } from './channels';
import { embed, identity, matmul, maxAbsDiff, randomDensity, randomMatrix } from '../testing/dense';
import { dagger, pauliMatrix, type Pauli } from './gates';
import { hermiticityError, minEigenvalue, trace } from './density';
import { createRng } from './rng';

const TOL = 1e-12;
const PAULIS: (Pauli | 'I')[] = ['I', 'X', 'Y', 'Z'];
const op = (p: Pauli | 'I') => (p === 'I' ? identity(2) : pauliMatrix(p));

/** sum_k K rho K^dagger for full operators. */
function krausSum(kraus: Float64Array[], rho: Float64Array, dim: number): Float64Array {
  const out = new Float64Array(rho.length);
  for (const k of kraus) {
    const term = matmul(matmul(k, rho, dim), dagger(k, dim), dim);
    for (let p = 0; p < out.length; p++) out[p] += term[p];
  }
  return out;
}

const scaled = (m: Float64Array, s: number) => m.map((x) => x * s);

describe('noise channels on a 3-qubit register', () => {
  const n = 3, dim = 8;

  it('depolarize1 equals (1-p) rho + p/3 (X rho X + Y rho Y + Z rho Z) on the wire', () => {
    const rng = createRng(4);
    for (const wire of [0, 1, 2]) {
      const rho = randomDensity(rng, dim), p = 0.23;
      const kraus = PAULIS.map((q) => scaled(embed(op(q), [wire], n), Math.sqrt(q === 'I' ? 1 - p : p / 3)));
      const got = Float64Array.from(rho);
      depolarize1(got, n, wire, p);
      expect(maxAbsDiff(got, krausSum(kraus, rho, dim))).toBeLessThan(TOL);
    }
  });

  it('depolarize2 equals (1-p) rho + p/15 sum over the 15 non-identity Pauli pairs', () => {
    const rng = createRng(5);
    for (const wires of [[0, 2], [2, 1]]) {
      const rho = randomDensity(rng, dim), p = 0.17;
      const kraus: Float64Array[] = [];
      for (const a of PAULIS) for (const b of PAULIS) {
        const pair = matmul(embed(op(a), [wires[0]], n), embed(op(b), [wires[1]], n), dim);
        kraus.push(scaled(pair, Math.sqrt(a === 'I' && b === 'I' ? 1 - p : p / 15)));
      }
      const got = Float64Array.from(rho);
      depolarize2(got, n, wires, p);
      expect(maxAbsDiff(got, krausSum(kraus, rho, dim))).toBeLessThan(TOL);
    }
  });

  it('amplitudeDamp equals its Kraus form and keeps the state a state', () => {
    const rng = createRng(6);
    const rho = randomDensity(rng, dim), g = 0.3, wire = 1;
    const k0 = embed(Float64Array.of(1, 0, 0, 0, 0, 0, Math.sqrt(1 - g), 0), [wire], n);
    const k1 = embed(Float64Array.of(0, 0, Math.sqrt(g), 0, 0, 0, 0, 0), [wire], n);
    const got = Float64Array.from(rho);
    amplitudeDamp(got, n, wire, g);
    expect(maxAbsDiff(got, krausSum([k0, k1], rho, dim))).toBeLessThan(TOL);
    expect(trace(got, dim)[0]).toBeCloseTo(1, 12);
    expect(hermiticityError(got, dim)).toBeLessThan(TOL);
    expect(minEigenvalue(got, dim)).toBeGreaterThan(-1e-9);
  });

  it('dampDual is the adjoint of amplitude damping: Tr[X D(rho)] = Tr[D*(X) rho]', () => {
    const rng = createRng(8);
    const rho = randomDensity(rng, dim);
    const m = randomMatrix(rng, dim, dim);
    const x = matmul(m, dagger(m, dim), dim); // Hermitian observable
    const damped = Float64Array.from(rho);
    amplitudeDamp(damped, n, 2, 0.4);
    const dual = Float64Array.from(x);
    dampDual(dual, n, 2, 0.4);
    const lhs = trace(matmul(x, damped, dim), dim), rhs = trace(matmul(dual, rho, dim), dim);
    expect(Math.abs(lhs[0] - rhs[0])).toBeLessThan(1e-12);
  });

  it('readoutError scales an expectation by 1 - 2q', () => {
    expect(readoutError(0.5, 0.1)).toBeCloseTo(0.4, 15);
    expect(readoutError(-1, 0.5)).toBe(-0);
  });
});
