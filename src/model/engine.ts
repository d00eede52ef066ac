/**
 * The two ways a step is simulated, behind one interface so that `simulate` and every
 * gradient method drive them alike:
 *
 * - `isometry`: measure-reset cells without gate noise. The carried state is the hidden
 *   register `rho_H`; a step's working state is `W = V S`, the isometry `V` of
 *   core/isometry.ts applied to a Cholesky factor `rho_H = S S^dagger` (core/factor.ts).
 * - `density`: everything else (gate noise, coherent recurrence). The working state is the
 *   full density matrix; the carried state is `rho_H` (measure-reset) or the full register
 *   (coherent).
 *
 * A step is `begin` (fresh working state from the carried one), `apply` for each gate, then
 * `finish` (readouts, reset or not, amplitude damping). Nothing here mutates a carried state,
 * so callers may cache them.
 */
import { applyToRows } from '../core/apply';
import { amplitudeDamp, depolarize1, depolarize2, readoutError } from '../core/channels';
import { applyGateToDensity, dimOf, embedHigh, traceOutLow, zeroState } from '../core/density';
import { choleskyFactor } from '../core/factor';
import { gramTraceOutData, initialFactored, productFactored } from '../core/isometry';
import { blochVector, expectPauli, expectPauliRows } from '../core/observables';
import { permuteDensity, permuteRows, permuteRowsInto } from '../core/permute';
import type { CompiledCell } from './cell';
import type { FusedOp } from './fuse';

export type Bloch = [number, number, number];

export interface StepOutcome {
  /** `e_{i,t}` per readout, readout error included. */
  expectations: number[];
  /** The state carried into the next step. */
  carried: Float64Array;
}

export interface Engine {
  readonly kind: 'isometry' | 'density';
  /** The carried state before step 0. */
  initial(): Float64Array;
  /** A fresh working state for a step that starts from `carried`. */
  begin(carried: Float64Array): Float64Array;
  /** Applies gate `gate` (index into the cell) with matrix `m` (and `mConj`), then its noise. Mutates `work`. */
  apply(work: Float64Array, gate: number, m: Float64Array, mConj: Float64Array): void;
  /** Applies a fused operation (model/fuse.ts) with no noise. Mutates `work`. */
  applyOp(work: Float64Array, op: FusedOp): void;
  /** A fresh working state for a noise-free step from `carried`, after its fused operations `ops`. */
  runOps(carried: Float64Array, ops: readonly FusedOp[]): Float64Array;
  /** Readouts and the hand-over to the next step. `carried` is the state the step began from. */
  finish(carried: Float64Array, work: Float64Array): StepOutcome;
  /** Bloch vector of each hidden wire in a carried state. */
  bloch(carried: Float64Array): Bloch[];
}

/** A reusable scratch buffer of at least `length` doubles (engines run one step at a time). */
let scratch = new Float64Array(0);
function scratchFor(length: number): Float64Array {
  if (scratch.length < length) scratch = new Float64Array(length);
  return scratch;
}

/** The fastest engine that is exact for `cell`. */
export function engineFor(cell: CompiledCell): Engine {
  return cell.model.recurrence === 'measure-reset' && cell.gateNoiseFree ? isometryEngine(cell) : densityEngine(cell);
}

function dampHidden(rho: Float64Array, qubits: number, firstHidden: number, hidden: number, gamma: number): void {
  for (let k = 0; k < hidden; k++) amplitudeDamp(rho, qubits, firstHidden + k, gamma);
}

/**
 * A step's leading operations (model/fuse.ts) split by register, for factor `s`: on each data
 * wire the operation (its first column is the wire's state `u_w`), or `null`; and `G S`, the
 * hidden ones applied to `S` (`s` itself when there are none).
 */
export function leadingParts(ops: readonly FusedOp[], D: number, s: Float64Array, colBits: number): { data: (Float64Array | null)[]; hidden: Float64Array } {
  const data: (Float64Array | null)[] = new Array<Float64Array | null>(D).fill(null);
  let hidden = s;
  for (const op of ops) {
    if (op.kind !== 'matrix' || !op.leading) continue;
    const wire = op.wires[0];
    if (wire < D) data[wire] = op.matrix;
    else {
      if (hidden === s) hidden = s.slice();
      applyToRows(hidden, hidden.length >> 1, colBits, [wire - D], op.matrix);
    }
  }
  return { data, hidden };
}

/**
 * `W = V S`: the working state after a noise-free step's fused operations `ops`, from a
 * factor `S` of the hidden state (`2^H x 2^colBits`; the identity gives the isometry `V`
 * itself). The leading operations act on `|0..0>_data (x) S`, so they are built as the product
 * `(u_0 (x) .. (x) u_{D-1}) (x) G S`, not applied, and a permutation right after them is
 * folded into that product (new buffer).
 */
export function factoredStep(ops: readonly FusedOp[], D: number, H: number, s: Float64Array, colBits: number): Float64Array {
  const { data, hidden } = leadingParts(ops, D, s, colBits);
  const firstPass = ops.findIndex((op) => op.kind === 'permutation' || !op.leading);
  const folded = firstPass >= 0 && ops[firstPass].kind === 'permutation' ? firstPass : -1;
  let work = productFactored(data, hidden, H, colBits, folded >= 0 ? (ops[folded] as { perm: Int32Array }).perm : undefined);
  const count = work.length >> 1;
  ops.forEach((op, o) => {
    if (o === folded || (op.kind === 'matrix' && op.leading)) return;
    if (op.kind === 'matrix') applyToRows(work, count, colBits, op.wires, op.matrix);
    else work = permutedRows(work, 1 << colBits, op.perm);
  });
  return work;
}

/**
 * A permutation gathers `work` into a spare buffer, which becomes the working state, and
 * `work` becomes the spare: one pass, and no buffer handed out is ever written again.
 */
let spare: Float64Array = new Float64Array(0);
function permutedRows(work: Float64Array, cols: number, perm: Int32Array): Float64Array {
  const out = spare.length === work.length ? spare : new Float64Array(work.length);
  permuteRowsInto(work, out, cols, perm);
  spare = work;
  return out;
}

export function isometryEngine(cell: CompiledCell): Engine {
  const { n, dataQubits: D, hiddenQubits: H, noise } = cell;
  const readout = cell.model.readout;
  // The working state is W = V S for rho_H = S S^dagger: 2^n rows and 2^colBits columns.
  const countOf = (work: Float64Array) => work.length >> 1;
  const colBitsOf = (work: Float64Array) => 31 - Math.clz32(countOf(work)) - n;
  return {
    kind: 'isometry',
    initial: () => zeroState(H),
    begin: (carried) => {
      const { s, colBits } = choleskyFactor(carried, dimOf(H));
      return initialFactored(D, H, s, colBits);
    },
    apply: (work, gate, m) => applyToRows(work, countOf(work), colBitsOf(work), cell.gates[gate].wires, m),
    applyOp: (work, op) => {
      const colBits = colBitsOf(work);
      if (op.kind === 'matrix') applyToRows(work, countOf(work), colBits, op.wires, op.matrix);
      else permuteRows(work, 1 << colBits, op.perm, scratchFor(work.length));
    },
    runOps: (carried, ops) => {
      const { s, colBits } = choleskyFactor(carried, dimOf(H));
      return factoredStep(ops, D, H, s, colBits);
    },
    finish: (_carried, work) => {
      const colBits = colBitsOf(work);
      const expectations = readout.map((r) => readoutError(expectPauliRows(work, dimOf(n), colBits, r.wire, r.observable), noise.q));
      const next = gramTraceOutData(work, D, H, colBits);
      dampHidden(next, H, 0, H, noise.gamma);
      return { expectations, carried: next };
    },
    bloch: (carried) => Array.from({ length: H }, (_, k) => blochVector(carried, H, k)),
  };
}

export function densityEngine(cell: CompiledCell): Engine {
  const { n, dataQubits: D, hiddenQubits: H, noise } = cell;
  const coherent = cell.model.recurrence === 'coherent';
  const readout = cell.model.readout;
  return {
    kind: 'density',
    initial: () => zeroState(coherent ? n : H),
    begin: (carried) => (coherent ? carried.slice() : embedHigh(carried, n, D)),
    apply: (work, gate, m, mConj) => {
      const wires = cell.gates[gate].wires;
      applyGateToDensity(work, n, wires, m, mConj);
      if (wires.length === 1) depolarize1(work, n, wires[0], noise.p1);
      else depolarize2(work, n, wires, noise.p2);
    },
    applyOp(work, op) {
      if (op.kind === 'matrix') applyGateToDensity(work, n, op.wires, op.matrix, op.conj);
      else permuteDensity(work, op.perm, scratchFor(work.length));
    },
    runOps(carried, ops) {
      const work = this.begin(carried);
      for (const op of ops) this.applyOp(work, op);
      return work;
    },
    finish: (_carried, work) => {
      const expectations = readout.map((r) => readoutError(expectPauli(work, n, r.wire, r.observable), noise.q));
      if (coherent) {
        dampHidden(work, n, D, H, noise.gamma);
        return { expectations, carried: work };
      }
      const next = traceOutLow(work, n, D);
      dampHidden(next, H, 0, H, noise.gamma);
      return { expectations, carried: next };
    },
    bloch: (carried) => Array.from({ length: H }, (_, k) => (coherent ? blochVector(carried, n, D + k) : blochVector(carried, H, k))),
  };
}
