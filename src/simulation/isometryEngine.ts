/**
 * The isometry engine (docs/architecture.md): measure-reset cells without gate noise. A
 * step's working state is `W = V S` for `rho_H = S S^dagger`, `2^n` rows by `rank(rho_H)`
 * columns instead of a `4^n` density matrix; readouts are real sums over row pairs and the
 * next hidden state is the Gram matrix of `W` traced over the data register.
 */
import { apply1Permuted, applyToRows } from '../core/apply';
import type { Pauli } from '../core/gates';
import { dimOf, zeroState } from '../core/density';
import { SIMD_MIN_ENTRIES, simdApply1, simdArea, simdAvailable } from '../core/simd';
import { ARENA_MAX_LENGTH, f64, f64Copy } from '../core/arena';
import { choleskyFactor } from '../core/factor';
import { gramTraceOutData, initialFactored, productFactored } from '../core/isometry';
import { blochVector, expectPauliRows, probabilitiesRows } from '../core/observables';
import { permuteRows, permuteRowsInto } from '../core/permute';
import type { CompiledCell } from './cell';
import type { Engine } from './engine';
import { dampHidden, scratchFor } from './engineParts';
import type { FusedOp } from './fuse';
import { readFeatures } from './features';
/**
 * A step's leading operations (simulation/fuse.ts) split by register, for factor `s`: on each data
 * wire the operation (its first column is the wire's state `u_w`), or `null`; and `G S`, the
 * hidden ones applied to `S` (`s` itself when there are none). With `spend`, the caller has
 * no further use for `s`, so they are applied to it in place instead of to a copy.
 */
export function leadingParts(ops: readonly FusedOp[], D: number, s: Float64Array, colBits: number, spend = false): { data: (Float64Array | null)[]; hidden: Float64Array } {
  const data: (Float64Array | null)[] = new Array<Float64Array | null>(D).fill(null);
  let hidden = s;
  for (const op of ops) {
    if (op.kind !== 'matrix' || !op.leading) continue;
    const wire = op.wires[0];
    if (wire < D) data[wire] = op.matrix;
    else {
      if (hidden === s && !spend) hidden = f64Copy(s);
      applyToRows(hidden, hidden.length >> 1, colBits, [wire - D], op.matrix);
    }
  }
  return { data, hidden };
}

/** Whether `op` is one of a step's leading operations (see {@link leadingParts}). */
const isLeading = (op: FusedOp): boolean => op.kind === 'matrix' && op.leading;

/**
 * `W = V S`: the working state after a noise-free step's fused operations `ops`, from a
 * factor `S` of the hidden state (`2^H x 2^colBits`; the identity gives the isometry `V`
 * itself). The leading operations act on `|0..0>_data (x) S`, so they are built as the product
 * `(u_0 (x) .. (x) u_{D-1}) (x) G S`, not applied, and a permutation right after them is
 * folded into that product (new buffer, or `into`: see `productFactored`). `spend`: `s` may
 * be overwritten (see {@link leadingParts}).
 */
export function factoredStep(ops: readonly FusedOp[], D: number, H: number, s: Float64Array, colBits: number, spend = false, into?: Float64Array): Float64Array {
  const { data, hidden } = leadingParts(ops, D, s, colBits, spend);
  let firstPass = 0;
  while (firstPass < ops.length && isLeading(ops[firstPass])) firstPass++;
  if (firstPass === ops.length) firstPass = -1;
  const folded = firstPass >= 0 && ops[firstPass].kind === 'permutation' ? firstPass : -1;
  let work = productFactored(data, hidden, H, colBits, folded >= 0 ? (ops[folded] as { perm: Int32Array }).perm : undefined, into);
  const count = work.length >> 1;
  for (let o = 0; o < ops.length; o++) {
    const op = ops[o];
    if (o === folded || (op.kind === 'matrix' && op.leading)) continue;
    if (op.kind === 'permutation') {
      work = permutedRows(work, 1 << colBits, op.perm);
      continue;
    }
    const run = oneWireRun(ops, o, count);
    if (run > o + 1) {
      const done = simdRun(ops, o, run, work, colBits);
      work = done.work;
      o = done.last;
      continue;
    }
    const then = ops[o + 1];
    if (op.wires.length === 1 && then?.kind === 'permutation') {
      // A one-wire operation right before a permutation writes straight to the permuted rows.
      const out = spareFor(work);
      apply1Permuted(work, out, count, op.wires[0] + colBits, op.matrix, colBits, then.perm);
      retire(work);
      work = out;
      o++;
      continue;
    }
    applyToRows(work, count, colBits, op.wires, op.matrix);
  }
  return work;
}

/**
 * The end (exclusive) of the run of non-leading one-wire operations from `from`, when the
 * SIMD kernels are there and the state is large enough for them; `from` otherwise.
 */
function oneWireRun(ops: readonly FusedOp[], from: number, count: number): number {
  if (count < SIMD_MIN_ENTRIES || !simdAvailable()) return from;
  let end = from;
  while (end < ops.length) {
    const op = ops[end];
    if (op.kind !== 'matrix' || op.leading || op.wires.length !== 1) break;
    end++;
  }
  return end;
}

/**
 * Operations `from..end-1` (one-wire) on `work` in the SIMD kernels' memory, the same bits as
 * `apply1` (core/simd). When a permutation follows, the copy out is that permutation, into the
 * spare buffer (which becomes the working state, and `work` the spare); otherwise the result
 * is copied back into `work`. Returns the working state and the last operation done.
 */
function simdRun(ops: readonly FusedOp[], from: number, end: number, work: Float64Array, colBits: number): { work: Float64Array; last: number } {
  const area = simdArea(work.length) as Float64Array;
  area.set(work);
  const count = work.length >> 1;
  for (let o = from; o < end; o++) {
    const op = ops[o] as Extract<FusedOp, { kind: 'matrix' }>;
    simdApply1(count, op.wires[0] + colBits, op.matrix);
  }
  const then = ops[end];
  if (then?.kind === 'permutation') {
    const out = spareFor(work);
    permuteRowsInto(area, out, 1 << colBits, then.perm);
    retire(work);
    return { work: out, last: end };
  }
  work.set(area);
  return { work, last: end - 1 };
}

/**
 * A permutation gathers `work` into a spare buffer, which becomes the working state, and
 * `work` becomes the spare: one pass, and no buffer handed out is ever written again. A small
 * state takes its buffer from the arena instead and is never kept as the spare: inside a
 * scope of `reclaiming` (core/arena.ts) its memory is handed out again, so a spare kept from
 * there would be written under another array.
 */
let spare: Float64Array = new Float64Array(0);
const spareFor = (work: Float64Array): Float64Array => {
  if (work.length <= ARENA_MAX_LENGTH) return f64(work.length);
  return spare.length === work.length ? spare : new Float64Array(work.length);
};
const retire = (work: Float64Array): void => {
  if (work.length > ARENA_MAX_LENGTH) spare = work;
};
function permutedRows(work: Float64Array, cols: number, perm: Int32Array): Float64Array {
  const out = spareFor(work);
  permuteRowsInto(work, out, cols, perm);
  retire(work);
  return out;
}

/** The isometry engine for a measure-reset, gate-noise-free `cell` ({@link engineKindFor} checks). */
export function isometryEngine(cell: CompiledCell): Engine {
  const { n, dataQubits: D, hiddenQubits: H, noise } = cell;
  const readout = cell.model.readout;
  // The working state is W = V S for rho_H = S S^dagger: 2^n rows and 2^colBits columns.
  const countOf = (work: Float64Array) => work.length >> 1;
  const colBitsOf = (work: Float64Array) => 31 - Math.clz32(countOf(work)) - n;
  // The readouts read the working state being finished; one reader per engine, not two
  // closures per step, since a step is short enough at a few qubits for that to show.
  let reading: Float64Array = new Float64Array(0);
  const reader = {
    pauli: (wire: number, observable: Pauli) => expectPauliRows(reading, dimOf(n), colBitsOf(reading), wire, observable),
    probabilities: (wires: readonly number[]) => probabilitiesRows(reading, dimOf(n), colBitsOf(reading), wires),
  };
  return {
    kind: 'isometry',
    initial: () => zeroState(H),
    // The factor is transient: the working state is built from it at once (a new buffer).
    begin: (carried) => {
      const { s, colBits } = choleskyFactor(carried, dimOf(H), undefined, true);
      return initialFactored(D, H, s, colBits);
    },
    apply: (work, gate, m) => applyToRows(work, countOf(work), colBitsOf(work), cell.gates[gate].wires, m),
    applyOp: (work, op) => {
      const colBits = colBitsOf(work);
      if (op.kind === 'matrix') applyToRows(work, countOf(work), colBits, op.wires, op.matrix);
      else permuteRows(work, 1 << colBits, op.perm, scratchFor(work.length));
    },
    runOps: (carried, ops, spent) => {
      const { s, colBits } = choleskyFactor(carried, dimOf(H), undefined, true);
      // A small spent state is the arena's (core/arena.ts): only large ones are written again.
      return factoredStep(ops, D, H, s, colBits, true, spent && spent.length > ARENA_MAX_LENGTH && spent !== spare ? spent : undefined);
    },
    finish: (_carried, work) => {
      const colBits = colBitsOf(work);
      reading = work;
      const expectations = readFeatures(readout, noise.q, reader);
      const next = gramTraceOutData(work, D, H, colBits);
      dampHidden(next, H, 0, H, noise.gamma);
      return { expectations, carried: next };
    },
    bloch: (carried) => Array.from({ length: H }, (_, k) => blochVector(carried, H, k)),
  };
}

