/**
 * The density-matrix engine: every cell the isometry engine cannot take (gate noise, the
 * coherent recurrence). The working state is the full `2^n x 2^n` density matrix.
 */
import { depolarize1, depolarize2 } from '../core/channels';
import { applyGateToDensity, embedHigh, traceOutLow, zeroState } from '../core/density';
import { blochVector, expectPauli, probabilitiesDensity } from '../core/observables';
import { permuteDensity } from '../core/permute';
import type { CompiledCell } from './cell';
import type { Engine } from './engine';
import { dampHidden, scratchFor } from './engineParts';
import { readFeatures } from './features';
/** The density-matrix engine for any `cell`; exact, and the reference the isometry engine is tested against. */
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
      const expectations = readFeatures(readout, noise.q, {
        pauli: (wire, observable) => expectPauli(work, n, wire, observable),
        probabilities: (wires) => probabilitiesDensity(work, n, wires),
      });
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
