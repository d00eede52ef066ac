/**
 * The adjoint for measure-reset cells without gate noise, in the isometry form of
 * core/isometry.ts. Per step, with `V_j` the isometry after gate `j`, `A_j = V_j rho_H` and
 * `B_j = X_j V_j` (`X_j` the adjoint observable pulled back to just after gate `j`):
 *
 *     dL/da_j = Im Tr[B_j^dagger K_j A_j]
 *     A_{j-1} = G_j^dagger A_j,   B_{j-1} = G_j^dagger B_j
 *     Lambda_t = <0|_data B_0      (the adjoint of rho_H(t))
 *
 * so the backward pass carries two `2^n x 2^H` matrices, never a `4^n` one.
 */
import { applyToRows } from '../core/apply';
import { amplitudeDamp, dampDual } from '../core/channels';
import { dimOf, zeroState } from '../core/density';
import { dagger } from '../core/gates';
import { initialIsometry, multiplyRight, traceOutData } from '../core/isometry';
import { expectPauliIsometry } from '../core/isometry';
import { pauliMatrix, type Pauli } from '../core/gates';
import { traceAndUncompute1, traceTwiceAndUncompute1 } from '../core/adjointKernels';
import { mul2 } from '../model/fuse';
import { imPauliStringSandwich } from '../core/observables';
import { readoutError } from '../core/channels';
import { gateAt, type CompiledCell, type StepGate } from '../model/cell';
import { fuseStep } from '../model/fuse';
import { composePermutations, invertPermutation, permuteRows } from '../core/permute';
import type { AngleDerivatives } from './adjointDensity';

export function isometryAngleDerivatives(
  cell: CompiledCell,
  params: Readonly<Record<string, number>>,
  inputs: readonly (readonly number[])[],
  coefficientsOf: (expectations: number[][]) => number[][],
  _generators?: readonly (Float64Array | null)[], // the cell's own Pauli-string generators are used directly
): AngleDerivatives {
  const { n, dataQubits: D, hiddenQubits: H, noise } = cell;
  const rows = dimOf(n), cols = dimOf(H), count = rows * cols;
  const T = inputs.length, m = cell.gates.length;
  const readout = cell.model.readout;
  const gatesAt: StepGate[][] = inputs.map((x) => cell.gates.map((g) => gateAt(g, params, x)));

  const scratch = new Float64Array(2 * count);
  const runs = permutationRuns(cell);
  const pair = new Float64Array(2);
  // Forward: keep V (after the whole cell) and A = V rho_H of every step.
  const vs: Float64Array[] = [], as: Float64Array[] = [];
  const expectations: number[][] = [];
  let rhoH = zeroState(H);
  for (let t = 0; t < T; t++) {
    const v = initialIsometry(D, H);
    for (const op of fuseStep(cell, gatesAt[t])) {
      if (op.kind === 'matrix') applyToRows(v, count, H, op.wires, op.matrix);
      else permuteRows(v, cols, op.perm, scratch);
    }
    const a = multiplyRight(v, rhoH, rows, cols);
    expectations.push(readout.map((r) => readoutError(expectPauliIsometry(a, v, n, H, r.wire, r.observable), noise.q)));
    rhoH = traceOutData(a, v, D, H);
    for (let k = 0; k < H; k++) amplitudeDamp(rhoH, H, k, noise.gamma);
    vs.push(v);
    as.push(a);
  }
  const coefficients = coefficientsOf(expectations);

  const dLda = Array.from({ length: T }, () => new Array<number>(m).fill(0));
  let lambda = new Float64Array(2 * cols * cols);
  for (let t = T - 1; t >= 0; t--) {
    for (let k = 0; k < H; k++) dampDual(lambda, H, k, noise.gamma);
    // B = X V with X = I_data (x) Lambda + sum_i c_i O_i.
    const v = vs[t], a = as[t];
    const b = multiplyHidden(v, lambda, D, H);
    readout.forEach((r, i) => {
      const c = coefficients[t][i];
      if (c === 0) return;
      scratch.set(v);
      applyToRows(scratch, count, H, [r.wire], pauliMatrix(r.observable));
      for (let p = 0; p < b.length; p++) b[p] += c * scratch[p];
    });
    for (let j = m - 1; j >= 0; j--) {
      const run = runs.get(j);
      if (run) { // a run of permutation gates ending at j: un-computed in one pass each
        permuteRows(a, cols, run.inverse, scratch);
        permuteRows(b, cols, run.inverse, scratch);
        j = run.first;
        continue;
      }
      const gen = cell.gates[j].info.generator;
      const wires = cell.gates[j].wires;
      const gd = dagger(gatesAt[t][j].matrix, 1 << wires.length);
      const traced = gen !== undefined && cell.gates[j].angle !== undefined;
      if (traced && wires.length === 1) {
        const prev = j > 0 ? cell.gates[j - 1] : undefined;
        const prevGen = prev?.info.generator;
        if (prev && prevGen && prev.angle !== undefined && prev.wires.length === 1 && prev.wires[0] === wires[0]) {
          // An adjacent rotation on the same wire: both derivatives and both un-computes in one pass.
          const both = dagger(mul2(gatesAt[t][j].matrix, gatesAt[t][j - 1].matrix), 2);
          traceTwiceAndUncompute1(a, b, count, wires[0] + H, pauliMatrix(gen.paulis[0] as Pauli), pauliMatrix(prevGen.paulis[0] as Pauli), both, pair);
          dLda[t][j] = gen.scale * pair[0];
          dLda[t][j - 1] = prevGen.scale * pair[1];
          j--;
          continue;
        }
        dLda[t][j] = gen.scale * traceAndUncompute1(a, b, count, wires[0] + H, pauliMatrix(gen.paulis[0] as Pauli), gd);
        continue;
      }
      if (traced) dLda[t][j] = gen.scale * imPauliStringSandwich(b, a, rows, H, wires, gen.paulis, gen.controlled);
      applyToRows(a, count, H, wires, gd);
      applyToRows(b, count, H, wires, gd);
    }
    // Lambda_t = the rows of B_0 with the data register in |0..0>.
    const dl = 1 << D;
    lambda = new Float64Array(2 * cols * cols);
    for (let h = 0; h < cols; h++) lambda.set(b.subarray(2 * dl * h * cols, 2 * (dl * h + 1) * cols), 2 * h * cols);
  }
  return { expectations, dLda };
}

/** Maximal runs of consecutive permutation gates, keyed by their last gate, with the inverse of their product. */
function permutationRuns(cell: CompiledCell): Map<number, { first: number; inverse: Int32Array }> {
  const runs = new Map<number, { first: number; inverse: Int32Array }>();
  let j = cell.gates.length - 1;
  while (j >= 0) {
    if (!cell.gates[j].permutation) { j--; continue; }
    let first = j;
    while (first > 0 && cell.gates[first - 1].permutation) first--;
    let product = cell.gates[first].permutation as Int32Array;
    for (let k = first + 1; k <= j; k++) product = composePermutations(product, cell.gates[k].permutation as Int32Array);
    runs.set(j, { first, inverse: invertPermutation(product) });
    j = first - 1;
  }
  return runs;
}

/** `(I_data (x) Lambda) V`: `Lambda` on the hidden part of every row index (new buffer). */
function multiplyHidden(v: Float64Array, lambda: Float64Array, D: number, H: number): Float64Array {
  const cols = 1 << H, dl = 1 << D;
  const out = new Float64Array(v.length);
  for (let d = 0; d < dl; d++) for (let h = 0; h < cols; h++) {
    const row = 2 * (d + dl * h) * cols;
    for (let g = 0; g < cols; g++) {
      const lr = lambda[2 * (h * cols + g)], li = lambda[2 * (h * cols + g) + 1];
      if (lr === 0 && li === 0) continue;
      const src = 2 * (d + dl * g) * cols;
      for (let c = 0; c < 2 * cols; c += 2) {
        const vr = v[src + c], vi = v[src + c + 1];
        out[row + c] += lr * vr - li * vi;
        out[row + c + 1] += lr * vi + li * vr;
      }
    }
  }
  return out;
}
