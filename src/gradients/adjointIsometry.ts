/**
 * The adjoint for measure-reset cells without gate noise, on the factored working state of
 * simulation/isometryEngine.ts: the forward pass is the engine's own, and the backward pass carries two
 * `2^n x r` matrices (`r` the rank of the hidden state), never a `4^n` one. Per step, with
 * `rho_H = S S^dagger`, `W_j = V_j S` the working state after fused operation `j` and
 * `Y_j = X_j W_j` (`X_j` the adjoint observable pulled back to just after `j`):
 *
 *     dL/da    = Im Tr[Y_j^dagger K W_j]            (K the gate's generator)
 *     W_{j-1}  = G_j^dagger W_j,   Y_{j-1} = G_j^dagger Y_j
 *     <0|_data Y_0 = Lambda_t S                     (Lambda_t = dL/drho_H(t))
 *
 * and `X = I_data (x) Lambda_{t+1} + sum_i c_{t,i} O_i` at the end of step `t` (`O_i` a feature's
 * observable, simulation/features.ts). Only the part
 * of `Lambda_t` that acts on the range of `rho_H(t)` matters to step `t - 1`, and when `S` has
 * full rank `Lambda_t S` determines it (core/factor.ts, `rightSolveFactor`). When the factor
 * dropped a direction (a rank below `2^H`, or an eigenvalue under its tolerance that the
 * previous step can still move), or is too close to singular, `Lambda_t` comes from the
 * isometry `V` itself instead, at the cost of one more pass over the step. A fused run of one-wire gates costs one
 * pass for all its derivatives (core/adjointKernels.ts), and the step's leading operations,
 * which act on a product state, cost no pass at all.
 */
import { environmentAndUncompute1, environments } from '../core/adjointKernels';
import { applyToRows } from '../core/apply';
import { dampDual } from '../core/channels';
import { dimOf } from '../core/density';
import { choleskyFactor, rightSolveFactor, type Factor } from '../core/factor';
import { dagger, type Pauli } from '../core/gates';
import { contractData, dataOverlaps, dataProduct, hiddenTimes } from '../core/isometry';
import { addScaledOutcomes, addScaledPauli, imPauliStringSandwich } from '../core/observables';
import { permuteRows, permuteRowsInto } from '../core/permute';
import { apply1Run } from '../core/simd';
import { sequenceGates, type CompiledCell, type StepGate } from '../simulation/cell';
import { factoredStep, isometryEngine, leadingParts } from '../simulation/isometryEngine';
import { fuseSequence, type FusedOp } from '../simulation/fuse';
import { runSteps } from '../simulation/steps';
import { addFeatureObservable } from '../simulation/features';
import type { AngleDerivatives } from './adjointDensity';

type MatrixOp = Extract<FusedOp, { kind: 'matrix' }>;

/** Memory for the working states of a whole sequence: 256 MB, 6 + 6 qubits over 64 steps. */
const KEEP_BYTES = 256 * 1024 * 1024;

function isRun(op: FusedOp): op is MatrixOp {
  return op.kind === 'matrix' && op.wires.length === 1;
}

/** Whether gate `j` has an angle derivative to take. */
function traced(cell: CompiledCell, j: number): boolean {
  return cell.gates[j].info.generator !== undefined && cell.gates[j].angle !== undefined;
}

/** Angle derivatives of every gate at every step, and the forward pass's expectations. */
export function isometryAngleDerivatives(
  cell: CompiledCell,
  params: Readonly<Record<string, number>>,
  inputs: readonly (readonly number[])[],
  coefficientsOf: (expectations: number[][]) => number[][],
  keepBytes = KEEP_BYTES,
  onStep?: (done: number, total: number) => void,
): AngleDerivatives {
  const { n, dataQubits: D, hiddenQubits: H, noise } = cell;
  const rows = dimOf(n), dh = dimOf(H);
  const T = inputs.length, m = cell.gates.length;
  const readout = cell.model.readout;
  const gatesAt: StepGate[][] = sequenceGates(cell, params, inputs);
  const opsAt = fuseSequence(cell, gatesAt);
  // The fusion plan is the cell's, the same at every step: so is its first operation with a derivative.
  const firstTraced = T > 0 ? opsAt[0].findIndex((op) => op.kind === 'matrix' && !op.leading && op.gates.some((j) => traced(cell, j))) : -1;

  // Forward: the engine's steps, keeping each step's factor and its working state at the end.
  const engine = isometryEngine(cell);
  const factors: Factor[] = [], works: Float64Array[] = [];
  // Working states are kept while they fit in `keepBytes`; beyond, each is recomputed from its factor.
  const keepWork = 16 * rows * dh * T <= keepBytes;
  const { expectations } = runSteps(engine, T, (carried, t) => {
    const factor = choleskyFactor(carried, dh);
    factors.push(factor);
    return factoredStep(opsAt[t], D, H, factor.s, factor.colBits);
  }, (t, _outcome, work) => {
    if (keepWork) works.push(work);
    onStep?.(t + 1, 2 * T);
  });
  const coefficients = coefficientsOf(expectations);

  const dLda = Array.from({ length: T }, () => new Array<number>(m).fill(0));
  // Each side alternates between two buffers, so a permutation is one gather pass.
  const ySides = [new Float64Array(2 * rows * dh), new Float64Array(2 * rows * dh)];
  const aSides = [new Float64Array(2 * rows * dh), new Float64Array(2 * rows * dh)];
  const permuted = (m: Float64Array, sides: Float64Array[], cols: number, perm: Int32Array) => {
    const out = (m.buffer === sides[0].buffer ? sides[1] : sides[0]).subarray(0, m.length);
    permuteRowsInto(m, out, cols, perm);
    return out;
  };
  const env = new Float64Array(8);
  let lambda: Float64Array = new Float64Array(2 * dh * dh);
  for (let t = T - 1; t >= 0; t--) {
    for (let k = 0; k < H; k++) dampDual(lambda, H, k, noise.gamma);
    const dual = lambda; // the adjoint of the hidden state this step hands over
    const factor = factors[t];
    const colBits = factor.colBits, cols = 1 << colBits, count = rows * cols;
    // The state side, un-computed in place: no longer needed afterwards.
    let a = keepWork ? works[t] : factoredStep(opsAt[t], D, H, factor.s, colBits);
    let y = hiddenTimes(a, dual, D, H, colBits, ySides[0].subarray(0, 2 * count));
    addFeatureObservable(readout, noise.q, coefficients[t], {
      pauli: (wire, observable, c) => addScaledPauli(y, a, rows, colBits, wire, observable, c),
      outcomes: (wires, d) => addScaledOutcomes(y, a, rows, colBits, wires, d),
    });
    const ops = opsAt[t];
    // The state side is only un-computed while an earlier operation still needs it for a derivative.
    const stateNeededBefore = (o: number) => firstTraced >= 0 && firstTraced < o;
    for (let o = ops.length - 1; o >= 0;) {
      const op = ops[o];
      if (op.kind === 'permutation') {
        y = permuted(y, ySides, cols, op.inverse);
        if (stateNeededBefore(o)) a = permuted(a, aSides, cols, op.inverse);
        o--;
        continue;
      }
      if (op.wires.length === 2) {
        const j = op.gates[0], gen = cell.gates[j].info.generator;
        if (gen && traced(cell, j)) dLda[t][j] = gen.scale * imPauliStringSandwich(y, a, rows, colBits, op.wires, gen.paulis, gen.controlled);
        const gd = dagger(op.matrix, 4);
        applyToRows(y, count, colBits, op.wires, gd);
        if (stateNeededBefore(o)) applyToRows(a, count, colBits, op.wires, gd);
        o--;
        continue;
      }
      // A layer: consecutive one-wire runs, on distinct wires, so they commute. Leading ones are done below.
      let first = o;
      while (first > 0 && isRun(ops[first - 1])) first--;
      const runs = (ops.slice(first, o + 1) as MatrixOp[]).filter((r) => !r.leading);
      if (stateNeededBefore(first)) {
        for (let r = runs.length - 1; r >= 0; r--) {
          environmentAndUncompute1(a, y, count, runs[r].wires[0] + colBits, dagger(runs[r].matrix, 2), env);
          runDerivatives(cell, runs[r].gates, gatesAt[t], env, dLda[t]);
        }
      } else {
        // Every run's derivatives from the layer's end, where the others' gates cancel; then only Y moves on.
        const envs = new Float64Array(8 * runs.length);
        environments(a, y, rows, colBits, runs.map((run) => run.wires[0] + colBits), envs);
        runs.forEach((run, r) => runDerivatives(cell, run.gates, gatesAt[t], envs.subarray(8 * r, 8 * r + 8), dLda[t]));
        const back = [...runs].reverse();
        apply1Run(y, count, back.map((run) => run.wires[0] + colBits), back.map((run) => dagger(run.matrix, 2)));
      }
      o = first - 1;
    }

    // The leading operations act on |0..0>_data (x) S: W = phi (x) G S, recomputed, not un-computed.
    const { data, hidden } = leadingParts(ops, D, factor.s, colBits);
    const phi = dataProduct(data);
    const yRows = contractData(y, phi, D, H, colBits); // <phi|_data Y
    const leading = ops.filter((op): op is MatrixOp => op.kind === 'matrix' && op.leading);
    const overlaps = leading.some((op) => op.wires[0] < D) ? dataOverlaps(y, hidden, D, H, colBits) : null;
    for (const op of leading) {
      const wire = op.wires[0];
      if (wire >= D) environments(hidden, yRows, dh, colBits, [wire - D + colBits], env);
      else dataEnvironment(overlaps as Float64Array, phi, wire, env);
      runDerivatives(cell, op.gates, gatesAt[t], env, dLda[t]);
    }
    onStep?.(2 * T - t, 2 * T);
    if (t === 0) break;
    // Lambda_t S = <0|_data L^dagger Y: the data leading operations are in <phi|; the hidden ones remain.
    for (const op of leading) if (op.wires[0] >= D) applyToRows(yRows, dh * cols, colBits, [op.wires[0] - D], dagger(op.matrix, 2));
    const recovered = factor.rank === dh ? rightSolveFactor(yRows, factor, dh) : null;
    lambda = recovered ?? exactDual(cell, ops, dual, coefficients[t]);
  }
  return { expectations, dLda };
}

/**
 * The derivatives of the gates `gates` fused into one run, from the run's environment `e`
 * taken after the whole run (overwritten). Going back through gate `G`, the environment
 * becomes `G^T E conj(G)`; at each traced gate the derivative is `Im Tr[K E]`-like for its
 * Pauli generator `K`.
 */
function runDerivatives(cell: CompiledCell, gates: readonly number[], stepGates: readonly StepGate[], e: Float64Array, out: number[]): void {
  for (let k = gates.length - 1; k >= 0; k--) {
    const j = gates[k], gen = cell.gates[j].info.generator;
    if (gen && traced(cell, j)) out[j] = gen.scale * imPauliWithEnvironment(gen.paulis[0] as Pauli, e);
    if (k > 0) pullBack(e, stepGates[j].matrix);
  }
}

/** `Im sum_{a,b} P[a][b] E[a][b]` for a Pauli `P`. */
function imPauliWithEnvironment(p: Pauli, e: Float64Array): number {
  if (p === 'Z') return e[1] - e[7];
  if (p === 'X') return e[3] + e[5];
  return e[4] - e[2]; // Y: -i E01 + i E10
}

const pulled = new Float64Array(8);
/** `E <- G^T E conj(G)` for 2x2 interleaved matrices: the environment before gate `G`. Mutates `e`. */
function pullBack(e: Float64Array, g: Float64Array): void {
  for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) {
    let re = 0, im = 0;
    for (let c = 0; c < 2; c++) for (let d = 0; d < 2; d++) {
      // g[c][a] * e[c][d] * conj(g[d][b])
      const gr = g[2 * (2 * c + a)], gi = g[2 * (2 * c + a) + 1];
      const er = e[2 * (2 * c + d)], ei = e[2 * (2 * c + d) + 1];
      const hr = g[2 * (2 * d + b)], hi = -g[2 * (2 * d + b) + 1];
      const xr = gr * er - gi * ei, xi = gr * ei + gi * er;
      re += xr * hr - xi * hi;
      im += xr * hi + xi * hr;
    }
    pulled[2 * (2 * a + b)] = re;
    pulled[2 * (2 * a + b) + 1] = im;
  }
  e.set(pulled);
}

/**
 * The environment of data wire `wire` when the state side is the product `phi (x) G S`:
 * `E[a][b] = sum over d with bit a of G[d] phi[d with the bit set to b]`, from the overlaps
 * `G` of core/isometry.ts `dataOverlaps`.
 */
function dataEnvironment(overlaps: Float64Array, phi: Float64Array, wire: number, e: Float64Array): void {
  const bit = 1 << wire, dl = overlaps.length >> 1;
  e.fill(0);
  for (let d = 0; d < dl; d++) {
    const a = (d & bit) ? 1 : 0, gr = overlaps[2 * d], gi = overlaps[2 * d + 1];
    for (let b = 0; b < 2; b++) {
      const at = b ? d | bit : d & ~bit, pr = phi[2 * at], pi = phi[2 * at + 1];
      e[2 * (2 * a + b)] += gr * pr - gi * pi;
      e[2 * (2 * a + b) + 1] += gr * pi + gi * pr;
    }
  }
}

/**
 * `Lambda_t = <0|_data U^dagger X U |0>_data` from the isometry `V = U |0>_data` itself, the
 * factored form with `S = I`: exact whatever the rank of the hidden state. `dual` is the
 * adjoint of the hidden state after the step and `c` the step's readout coefficients.
 */
function exactDual(cell: CompiledCell, ops: readonly FusedOp[], dual: Float64Array, c: readonly number[]): Float64Array {
  const { n, dataQubits: D, hiddenQubits: H } = cell;
  const rows = dimOf(n), dh = dimOf(H), count = rows * dh;
  const identity = new Float64Array(2 * dh * dh);
  for (let h = 0; h < dh; h++) identity[2 * (h * dh + h)] = 1;
  const v = factoredStep(ops, D, H, identity, H);
  const b = hiddenTimes(v, dual, D, H, H, new Float64Array(v.length));
  addFeatureObservable(cell.model.readout, cell.noise.q, c, {
    pauli: (wire, observable, ci) => addScaledPauli(b, v, rows, H, wire, observable, ci),
    outcomes: (wires, d) => addScaledOutcomes(b, v, rows, H, wires, d),
  });
  const scratch = new Float64Array(v.length);
  for (let o = ops.length - 1; o >= 0; o--) {
    const op = ops[o];
    if (op.kind === 'permutation') permuteRows(b, dh, op.inverse, scratch);
    else if (!op.leading) applyToRows(b, count, H, op.wires, dagger(op.matrix, 1 << op.wires.length));
  }
  const leading = ops.filter((op): op is MatrixOp => op.kind === 'matrix' && op.leading);
  const { data } = leadingParts(ops, D, identity, H);
  const lambda = contractData(b, dataProduct(data), D, H, H);
  for (const op of leading) if (op.wires[0] >= D) applyToRows(lambda, dh * dh, H, [op.wires[0] - D], dagger(op.matrix, 2));
  return lambda;
}
