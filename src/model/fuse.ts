/**
 * Gate fusion for forward simulation of noise-free steps: runs of one-wire gates on the same
 * wire, with nothing else touching that wire in between, become one 2x2 matrix. This changes
 * no result (beyond round-off) and roughly halves the kernel work of layered cells. Not used
 * when noise follows every gate, nor by gradients, which need gates one by one.
 */
import { conjugate } from '../core/gates';
import type { CompiledCell, StepGate } from './cell';

export interface FusedOp {
  wires: readonly number[];
  matrix: Float64Array;
  conj: Float64Array;
}

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

/** The step's gates as fused operations, in an order equivalent to the cell's. */
export function fuseStep(cell: CompiledCell, gates: readonly StepGate[]): FusedOp[] {
  const pending = new Map<number, Float64Array>();
  const ops: FusedOp[] = [];
  const flush = (wire: number) => {
    const m = pending.get(wire);
    if (m) {
      ops.push({ wires: [wire], matrix: m, conj: conjugate(m) });
      pending.delete(wire);
    }
  };
  cell.gates.forEach((g, i) => {
    const { matrix } = gates[i];
    if (g.wires.length === 1) {
      const w = g.wires[0];
      const before = pending.get(w);
      pending.set(w, before ? mul2(matrix, before) : matrix);
      return;
    }
    g.wires.forEach(flush);
    ops.push({ wires: g.wires, matrix, conj: gates[i].conj });
  });
  [...pending.keys()].sort((a, b) => a - b).forEach(flush);
  return ops;
}
