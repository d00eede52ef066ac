/**
 * Gate fusion for noise-free steps. Runs of one-wire gates on the same wire, with nothing
 * else touching that wire in between, become one 2x2 matrix; runs of permutation gates (X,
 * CNOT, SWAP, such as a CNOT ring) become one permutation applied in a single pass. Neither
 * changes a result beyond round-off. Not used when noise follows every gate.
 *
 * Which gates fuse depends only on the cell, so the plan is made once per cell and only the
 * run matrices are multiplied per step. Each fused operation lists the gates it is made of,
 * which the adjoint needs to take every gate's derivative inside a run.
 */
import { composePermutations, invertPermutation } from '../core/permute';
import { conjugate } from '../core/gates';
import { readsInput, type CompiledCell, type StepGate } from './cell';

export type FusedOp =
  | {
    kind: 'matrix';
    wires: readonly number[];
    matrix: Float64Array;
    conj: Float64Array;
    /** The cell's gates multiplied into this operation, in the order they act. */
    gates: readonly number[];
    /**
     * A one-wire operation that no earlier operation of the step touches: it acts on the
     * step's initial state, `|0>` on a data wire, so it commutes to the front of the step.
     */
    leading: boolean;
  }
  | { kind: 'permutation'; perm: Int32Array; inverse: Int32Array; gates: readonly number[] };

/** A fused operation with its matrices left out: the part that depends only on the cell. */
type PlanOp =
  | { kind: 'matrix'; wires: readonly number[]; gates: number[]; leading: boolean }
  | { kind: 'permutation'; perm: Int32Array; inverse: Int32Array; gates: number[] };

/** `a * b` for 2x2 interleaved matrices (apply `b` first). */
function mul2(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(8);
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) {
    let re = 0, im = 0;
    for (let k = 0; k < 2; k++) {
      const ar = a[2 * (2 * i + k)], ai = a[2 * (2 * i + k) + 1], br = b[2 * (2 * k + j)], bi = b[2 * (2 * k + j) + 1];
      re += ar * br - ai * bi;
      im += ar * bi + ai * br;
    }
    out[2 * (2 * i + j)] = re;
    out[2 * (2 * i + j) + 1] = im;
  }
  return out;
}

const plans = new WeakMap<CompiledCell, readonly PlanOp[]>();

function planOf(cell: CompiledCell): readonly PlanOp[] {
  let plan = plans.get(cell);
  if (!plan) {
    plan = planFusion(cell);
    plans.set(cell, plan);
  }
  return plan;
}

/**
 * Every step's fused operations, for the gates of {@link sequenceGates}: an operation made
 * only of gates that do not read the input is the same at every step, so it is made once
 * (its gates are the same objects at every step, so the product would be too).
 */
export function fuseSequence(cell: CompiledCell, gatesAt: readonly (readonly StepGate[])[]): FusedOp[][] {
  const plan = planOf(cell);
  const constant = plan.map((op) => op.kind === 'matrix' && !op.gates.some((j) => readsInput(cell.gates[j])));
  let first: FusedOp[] | null = null;
  return gatesAt.map((gates) => {
    const ops = fuseOps(plan, gates, first === null ? null : (k) => (constant[k] ? (first as FusedOp[])[k] : null));
    first ??= ops;
    return ops;
  });
}

/** The step's gates as fused operations, in an order equivalent to the cell's. */
export function fuseStep(cell: CompiledCell, gates: readonly StepGate[]): FusedOp[] {
  return fuseOps(planOf(cell), gates, null);
}

/** `plan` made with `gates`' matrices, taking operation `k` from `known(k)` when that gives one. */
function fuseOps(plan: readonly PlanOp[], gates: readonly StepGate[], known: ((k: number) => FusedOp | null) | null): FusedOp[] {
  return plan.map((op, k): FusedOp => {
    const reused = known?.(k);
    if (reused) return reused;
    if (op.kind === 'permutation') return op;
    const first = gates[op.gates[0]];
    if (op.gates.length === 1) return { kind: 'matrix', wires: op.wires, matrix: first.matrix, conj: first.conj, gates: op.gates, leading: op.leading };
    let matrix = first.matrix;
    for (let k = 1; k < op.gates.length; k++) matrix = mul2(gates[op.gates[k]].matrix, matrix);
    return { kind: 'matrix', wires: op.wires, matrix, conj: conjugate(matrix), gates: op.gates, leading: op.leading };
  });
}

/**
 * A one-wire run is flushed when a gate touches its wire; it is placed before a trailing
 * permutation run, which cannot have touched that wire (it would have flushed it), so the
 * permutation run keeps growing.
 */
function planFusion(cell: CompiledCell): PlanOp[] {
  const pending = new Map<number, { gates: number[]; since: number }>();
  const ops: PlanOp[] = [];
  let runStart = -1; // gate index where the trailing permutation run began, or -1
  let runPerm: Int32Array | null = null;
  const closeRun = () => {
    if (runStart < 0) return;
    const last = ops[ops.length - 1];
    if (last.kind === 'permutation') {
      last.perm = runPerm as Int32Array;
      last.inverse = invertPermutation(last.perm);
    }
    runStart = -1;
  };
  const flush = (wire: number) => {
    const p = pending.get(wire);
    if (!p) return;
    pending.delete(wire);
    const op: PlanOp = { kind: 'matrix', wires: [wire], gates: p.gates, leading: false };
    // A run begun before the trailing permutation run commutes with it: place it before.
    if (runStart >= 0 && p.since < runStart) ops.splice(ops.length - 1, 0, op);
    else {
      closeRun();
      ops.push(op);
    }
  };
  cell.gates.forEach((g, i) => {
    if (g.wires.length === 1 && !g.permutation) {
      const w = g.wires[0];
      const before = pending.get(w);
      if (before) before.gates.push(i);
      else pending.set(w, { gates: [i], since: i });
      return;
    }
    g.wires.forEach(flush);
    if (g.permutation) {
      if (runStart >= 0) {
        (ops[ops.length - 1].gates as number[]).push(i);
        runPerm = composePermutations(runPerm as Int32Array, g.permutation);
      } else {
        ops.push({ kind: 'permutation', perm: g.permutation, inverse: g.permutation, gates: [i] });
        runStart = i;
        runPerm = g.permutation;
      }
      return;
    }
    closeRun();
    ops.push({ kind: 'matrix', wires: g.wires, gates: [i], leading: false });
  });
  [...pending.keys()].sort((a, b) => a - b).forEach(flush);
  closeRun();
  // Leading runs: no earlier operation touches their wire.
  const touched = new Set<number>();
  for (const op of ops) {
    const wires = op.kind === 'matrix' ? op.wires : op.gates.flatMap((j) => cell.gates[j].wires);
    if (op.kind === 'matrix' && wires.length === 1 && !touched.has(wires[0])) op.leading = true;
    wires.forEach((w) => touched.add(w));
  }
  return ops;
}
