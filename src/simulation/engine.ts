/**
 * The ways a QRNN step is simulated, behind one interface so that `simulate` and every
 * gradient method drive them alike, and the one place that chooses between them:
 *
 * - `isometry` (isometryEngine.ts): measure-reset cells without gate noise. The carried
 *   state is the hidden register `rho_H`; a step's working state is `W = V S`, the isometry
 *   `V` of core/isometry.ts applied to a Cholesky factor `rho_H = S S^dagger` (core/factor.ts).
 * - `density` (densityEngine.ts): everything else (gate noise, coherent recurrence). The
 *   working state is the full density matrix; the carried state is `rho_H` (measure-reset)
 *   or the full register (coherent).
 *
 * A step is `begin` (fresh working state from the carried one), `apply` for each gate, then
 * `finish` (readouts, reset or not, amplitude damping). Nothing here mutates a carried state,
 * so callers may cache them.
 */
import type { CompiledCell } from './cell';
import { densityEngine } from './densityEngine';
import type { FusedOp } from './fuse';
import { isometryEngine } from './isometryEngine';

/** The engines, by the state they carry (see the file comment). */
export type EngineKind = 'isometry' | 'density';

export type Bloch = [number, number, number];

export interface StepOutcome {
  /** `e_{i,t}` per readout, readout error included. */
  expectations: number[];
  /** The state carried into the next step. */
  carried: Float64Array;
}

export interface Engine {
  readonly kind: EngineKind;
  /** The carried state before step 0. */
  initial(): Float64Array;
  /** A fresh working state for a step that starts from `carried`. */
  begin(carried: Float64Array): Float64Array;
  /** Applies gate `gate` (index into the cell) with matrix `m` (and `mConj`), then its noise. Mutates `work`. */
  apply(work: Float64Array, gate: number, m: Float64Array, mConj: Float64Array): void;
  /** Applies a fused operation (simulation/fuse.ts) with no noise. Mutates `work`. */
  applyOp(work: Float64Array, op: FusedOp): void;
  /**
   * A fresh working state for a noise-free step from `carried`, after its fused operations
   * `ops`. `spent`: an earlier working state the caller has finished with, whose memory the
   * engine may use for this one (a 4 + 4 state is 64 KB, and a forward pass makes one a step).
   */
  runOps(carried: Float64Array, ops: readonly FusedOp[], spent?: Float64Array): Float64Array;
  /** Readouts and the hand-over to the next step. `carried` is the state the step began from. */
  finish(carried: Float64Array, work: Float64Array): StepOutcome;
  /** Bloch vector of each hidden wire in a carried state. */
  bloch(carried: Float64Array): Bloch[];
}

/**
 * The fastest engine that is exact for `cell`: the isometry engine needs a pure channel from
 * the hidden register to itself, so a data register reset every step and no gate noise. Every
 * caller that depends on the engine (simulate, the adjoint, the gradient runner) asks here.
 */
export function engineKindFor(cell: CompiledCell): EngineKind {
  return cell.model.recurrence === 'measure-reset' && cell.gateNoiseFree ? 'isometry' : 'density';
}

/** The engine {@link engineKindFor} chooses for `cell`. */
export function engineFor(cell: CompiledCell): Engine {
  return engineKindFor(cell) === 'isometry' ? isometryEngine(cell) : densityEngine(cell);
}
