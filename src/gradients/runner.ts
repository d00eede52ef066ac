/**
 * Executions of the sequence for the methods that re-run circuits (parameter-shift, finite
 * differences, SPSA). A runner keeps the unshifted forward pass: the state carried into every
 * step and every step's gate matrices, so a run that changes only step `t` and later starts
 * from the cached state before step `t`, and within step `t` from the cached working state
 * before the changed gate. No work that a shift cannot change is repeated.
 */
import { reclaiming } from '../core/arena';
import { compileCell, gateAt, sequenceGates, type CompiledCell, type StepGate } from '../simulation/cell';
import { engineFor, type Engine } from '../simulation/engine';
import { fuseSequence } from '../simulation/fuse';
import { runSteps } from '../simulation/steps';
import type { GradientProblem } from './types';

export interface Runner {
  cell: CompiledCell;
  engine: Engine;
  /** Unshifted expectations `[step][readout]`, exact. */
  expectations: number[][];
  /**
   * For each gate of step `t` in `wanted` (ascending cell order), and each of its shifts, the
   * exact expectations of steps `t..T-1` with that one angle shifted:
   * `result.get(gate)[s]` is `[step - t][readout]` for shift `deltas[s]`.
   */
  shiftedAtStep(t: number, wanted: readonly { gate: number; deltas: readonly number[] }[]): Map<number, number[][][]>;
  /** A full execution with every gate angle shifted by `deltaOf(gate, step)` (no caching). */
  shiftedEverywhere(deltaOf: (gate: number, step: number) => number): number[][];
}

export function createRunner(problem: GradientProblem): Runner {
  const { model, params, sequence } = problem;
  const cell = compileCell(model);
  const engine = engineFor(cell);
  const inputs = sequence.inputs;
  const T = inputs.length;
  const gatesAt: StepGate[][] = sequenceGates(cell, params, inputs);
  // Whole unshifted steps run fused when no noise follows each gate (simulation/fuse.ts).
  const fusedAt = cell.gateNoiseFree ? fuseSequence(cell, gatesAt) : null;
  const runStep = (carried: Float64Array, t: number): Float64Array => {
    if (fusedAt) return engine.runOps(carried, fusedAt[t]);
    const work = engine.begin(carried);
    gatesAt[t].forEach((g, j) => engine.apply(work, j, g.matrix, g.conj));
    return work;
  };
  const { starts, expectations } = runSteps(engine, T, runStep);

  /** Finishes step t from `work` (gates `from..` still to apply), then runs later steps unshifted. */
  const completeFrom = (t: number, work: Float64Array, from: number): number[][] => {
    for (let j = from; j < cell.gates.length; j++) engine.apply(work, j, gatesAt[t][j].matrix, gatesAt[t][j].conj);
    const out: number[][] = [];
    let outcome = engine.finish(starts[t], work);
    out.push(outcome.expectations);
    for (let s = t + 1; s < T; s++) {
      outcome = engine.finish(outcome.carried, runStep(outcome.carried, s));
      out.push(outcome.expectations);
    }
    return out;
  };

  return {
    cell,
    engine,
    expectations,
    shiftedAtStep(t, wanted) {
      const result = new Map<number, number[][][]>();
      const work = engine.begin(starts[t]);
      // One copy buffer for every shift of this step: each shifted run is done with it when completeFrom returns.
      let copy: Float64Array | null = null;
      let next = 0;
      for (const { gate: g, deltas } of wanted) {
        for (; next < g; next++) engine.apply(work, next, gatesAt[t][next].matrix, gatesAt[t][next].conj);
        // Every array a shifted run takes from the arena dies with it (its result is plain numbers): reclaimed.
        result.set(g, deltas.map((delta) => reclaiming(() => {
          if (copy === null || copy.length !== work.length) copy = work.slice();
          else copy.set(work);
          const shifted = gateAt(cell.gates[g], params, inputs[t], delta);
          engine.apply(copy, g, shifted.matrix, shifted.conj);
          return completeFrom(t, copy, g + 1);
        })));
      }
      return result;
    },
    shiftedEverywhere(deltaOf) {
      const out: number[][] = [];
      let state = engine.initial();
      for (let t = 0; t < T; t++) {
        const work = engine.begin(state);
        cell.gates.forEach((g, j) => {
          const m = gateAt(g, params, inputs[t], deltaOf(j, t));
          engine.apply(work, j, m.matrix, m.conj);
        });
        const outcome = engine.finish(state, work);
        out.push(outcome.expectations);
        state = outcome.carried;
      }
      return out;
    },
  };
}
