/**
 * The SIMD WebAssembly kernels: the committed bytes are the assembled kernels.wat, each kernel
 * gives its scalar twin's bits, and a simulation that uses them gives the same bits as one that
 * does not (4 + 4 qubits, where the isometry engine hands its one-wire runs to them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { assemble } from '../../../scripts/wasm.mjs';
import { benchmarkCase } from '../../cli/bench/benchModel';
import { simulate } from '../../simulation/simulate';
import { adjoint } from '../../gradients/adjoint';
import { apply1 } from '../apply';
import { GATES } from '../gates';
import { gramTraceOutData, hiddenTimes, productFactored } from '../isometry';
import { environments } from '../adjointKernels';
import { createRng } from '../rng';
import { KERNELS_WASM_BASE64 } from './module';
import { simdApply1, simdArea, useSimd } from './index';

afterEach(() => useSimd(true));

describe('src/core/simd', () => {
  it('module.ts holds kernels.wat assembled (npm run wasm after an edit)', async () => {
    const bytes = await assemble(fileURLToPath(new URL('./kernels.wat', import.meta.url)));
    expect(bytes.toString('base64')).toBe(KERNELS_WASM_BASE64);
  });

  it('simdApply1 gives apply1\'s bits for a diagonal, a real and a general matrix on every bit', () => {
    const rng = createRng(3);
    const count = 4096;
    const state = Float64Array.from({ length: 2 * count }, () => rng.next() - 0.5);
    for (const m of [GATES.RZ.matrix(0.3), GATES.S.matrix(0), GATES.RY.matrix(1.2), GATES.RX.matrix(-0.8), GATES.H.matrix(0)]) {
      for (let bit = 1; bit < 12; bit++) {
        const scalar = state.slice();
        apply1(scalar, count, bit, m);
        const area = simdArea(state.length);
        if (!area) throw new Error('WebAssembly SIMD is missing here');
        area.set(state);
        simdApply1(count, bit, m);
        expect(Array.from(area)).toEqual(Array.from(scalar));
      }
    }
  });

  it('simdApply1 keeps apply1\'s zeros and their signs, with exact zeros and signed zeros in the state', () => {
    const rng = createRng(9);
    const count = 1024;
    const state = Float64Array.from({ length: 2 * count }, (_, i) => (i % 3 === 0 ? 0 : i % 3 === 1 ? -0 : rng.next() - 0.5));
    for (const m of [GATES.RZ.matrix(0.3), GATES.S.matrix(0), GATES.Z.matrix(0), GATES.RY.matrix(1.2), GATES.X.matrix(0), GATES.RX.matrix(-0.8)]) {
      for (const bit of [1, 4, 9]) {
        const scalar = state.slice();
        apply1(scalar, count, bit, m);
        const area = simdArea(state.length) as Float64Array;
        area.set(state);
        simdApply1(count, bit, m);
        for (let i = 0; i < scalar.length; i++) if (!Object.is(area[i], scalar[i])) throw new Error(`entry ${i} differs: ${area[i]} against ${scalar[i]}`);
      }
    }
  });

  it('the Gram of the hidden register has the same bits with and without the kernels', () => {
    const rng = createRng(5);
    for (const [D, H, colBits] of [[4, 4, 4], [2, 5, 3], [6, 2, 2]]) {
      const w = Float64Array.from({ length: 2 << (D + H + colBits) }, () => rng.next() - 0.5);
      const withSimd = gramTraceOutData(w, D, H, colBits);
      useSimd(false);
      const without = gramTraceOutData(w, D, H, colBits);
      useSimd(true);
      expect(Array.from(withSimd)).toEqual(Array.from(without));
    }
  });

  it('(I (x) Lambda) W has the same bits with and without the kernels, signed zeros included', () => {
    const rng = createRng(11);
    const value = (i: number) => (i % 7 === 0 ? 0 : i % 7 === 1 ? -0 : rng.next() - 0.5);
    for (const [D, H, colBits] of [[4, 4, 4], [3, 3, 3], [2, 5, 2], [5, 2, 4]]) {
      const n = 2 << (D + H + colBits);
      const w = Float64Array.from({ length: n }, (_, i) => value(i));
      const lambda = Float64Array.from({ length: 2 << (2 * H) }, (_, i) => value(i + 3));
      const withSimd = hiddenTimes(w, lambda, D, H, colBits, new Float64Array(n).fill(7));
      useSimd(false);
      const without = hiddenTimes(w, lambda, D, H, colBits, new Float64Array(n).fill(7));
      useSimd(true);
      for (let i = 0; i < n; i++) if (!Object.is(withSimd[i], without[i])) throw new Error(`${D}+${H}, entry ${i} differs: ${withSimd[i]} against ${without[i]}`);
    }
  });

  it('phi (x) S has the same bits with and without the kernels, rows permuted or not, zero amplitudes included', () => {
    const rng = createRng(17);
    const value = (i: number) => (i % 6 === 0 ? 0 : i % 6 === 1 ? -0 : rng.next() - 0.5);
    for (const [D, H, colBits] of [[4, 4, 4], [3, 3, 3], [6, 2, 1]]) {
      // Per data wire a 2-vector; one wire with a zero amplitude zeroes half the rows.
      const data = Array.from({ length: D }, (_, q) => (q === 1 ? Float64Array.of(0, 0, 0.6, -0.8) : Float64Array.from({ length: 4 }, (_, i) => value(i + q))));
      const s = Float64Array.from({ length: (2 << H) << colBits }, (_, i) => value(i));
      const rows = 1 << (D + H);
      const perm = Int32Array.from({ length: rows }, (_, r) => (r * 5 + 3) % rows);
      for (const order of [undefined, perm]) {
        const withSimd = productFactored(data, s, H, colBits, order, new Float64Array((2 * rows) << colBits).fill(7));
        useSimd(false);
        const without = productFactored(data, s, H, colBits, order, new Float64Array((2 * rows) << colBits).fill(7));
        useSimd(true);
        for (let i = 0; i < without.length; i++) if (!Object.is(withSimd[i], without[i])) throw new Error(`${D}+${H}, entry ${i} differs: ${withSimd[i]} against ${without[i]}`);
        expect(without.includes(7)).toBe(false);
      }
    }
  });

  it('the environments of a layer have the same bits with and without the kernels, signed zeros included', () => {
    const rng = createRng(13);
    const value = (i: number) => (i % 5 === 0 ? 0 : i % 5 === 1 ? -0 : rng.next() - 0.5);
    for (const [rowBits, colBits, bits] of [[8, 4, [4, 6, 11]], [6, 3, [3, 4, 5, 6, 7, 8]], [9, 0, [0, 8]], [5, 5, [9]]] as [number, number, number[]][]) {
      const n = 2 << (rowBits + colBits);
      const a = Float64Array.from({ length: n }, (_, i) => value(i));
      const y = Float64Array.from({ length: n }, (_, i) => value(i + 2));
      const withSimd = new Float64Array(8 * bits.length).fill(7), without = withSimd.slice();
      environments(a, y, 1 << rowBits, colBits, bits, withSimd);
      useSimd(false);
      environments(a, y, 1 << rowBits, colBits, bits, without);
      useSimd(true);
      for (let i = 0; i < without.length; i++) if (!Object.is(withSimd[i], without[i])) throw new Error(`entry ${i} differs: ${withSimd[i]} against ${without[i]}`);
      expect(without.some((v) => v !== 7)).toBe(true);
    }
  });

  it('a 4 + 4 adjoint gradient gives the same bits with and without the kernels', () => {
    const c = benchmarkCase(4, 4, 12);
    const problem = { model: c.model, params: c.params, sequence: c.sequence, loss: c.loss };
    const withSimd = adjoint(problem);
    useSimd(false);
    expect(withSimd).toEqual(adjoint(problem));
  });

  it('a 4 + 4 simulation gives the same bits with and without the kernels', () => {
    const c = benchmarkCase(4, 4, 20);
    const withSimd = simulate(c.model, c.params, c.sequence, c.loss);
    useSimd(false);
    const without = simulate(c.model, c.params, c.sequence, c.loss);
    expect(withSimd).toEqual(without);
  });
});
