/**
 * Gate fusion for noise-free steps. Runs of one-wire gates on the same wire, with nothing
 * else touching that wire in between, become one 2x2 matrix; runs of permutation gates (X,
 * CNOT, SWAP, such as a CNOT ring) become one permutation applied in a single pass. Neither
 * changes a result beyond round-off. Not used when noise follows every gate; the adjoint
 * un-computes permutation runs the same way.
 */
import { composePermutations } from '../core/permute';
import { conjugate } from '../core/gates';
import type { CompiledCell, StepGate } from './cell';

export type FusedOp =
  | { kind: 'matrix'; wires: readonly number[]; matrix: Float64Array; conj: Float64Array }
  | { kind: 'permutation'; perm: Int32Array };

/** `a * b` for 2x2 interleaved matrices (apply `b` first). */
export function mul2(a: Float64Array, b: Float64Array): Float64Array {
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

/**
 * The step's gates as fused operations, in an order equivalent to the cell's. A one-wire run
 * is flushed when a gate touches its wire; it is placed before a trailing permutation run,
 * which cannot have touched that wire (it would have flushed it), so the run keeps growing.
 */
export function fuseStep(cell: CompiledCell, gates: readonly StepGate[]): FusedOp[] {
  const pending = new Map<number, { matrix: Float64Array; since: number }>();
  const ops: FusedOp[] = [];
  let runStart = -1; // gate index where the trailing permutation run began, or -1
  const flush = (wire: number) => {
    const p = pending.get(wire);
    if (!p) return;
    pending.delete(wire);
    const op: FusedOp = { kind: 'matrix', wires: [wire], matrix: p.matrix, conj: conjugate(p.matrix) };
    // A run begun before the trailing permutation run commutes with it: place it before.
    if (runStart >= 0 && p.since < runStart) ops.splice(ops.length - 1, 0, op);
    else {
      ops.push(op);
      runStart = -1;
    }
  };
  cell.gates.forEach((g, i) => {
    const { matrix } = gates[i];
    if (g.wires.length === 1 && !g.permutation) {
      const w = g.wires[0];
      const before = pending.get(w);
      pending.set(w, before ? { matrix: mul2(matrix, before.matrix), since: before.since } : { matrix, since: i });
      return;
    }
    g.wires.forEach(flush);
    if (g.permutation) {
      if (runStart >= 0) {
        const last = ops[ops.length - 1] as { perm: Int32Array };
        ops[ops.length - 1] = { kind: 'permutation', perm: composePermutations(last.perm, g.permutation) };
      } else {
        ops.push({ kind: 'permutation', perm: g.permutation });
        runStart = i;
      }
      return;
    }
    ops.push({ kind: 'matrix', wires: g.wires, matrix, conj: gates[i].conj });
    runStart = -1;
  });
  [...pending.keys()].sort((a, b) => a - b).forEach(flush);
  return ops;
}
