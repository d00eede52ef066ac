/**
 * Trajectory sampling (docs/spec.md §6): the features a QPU reports when every shot is one run
 * of the whole sequence. Under `measure-reset`, at each step the recorded data wires are
 * measured (in their readouts' bases), the outcome is drawn from the state, the hidden register
 * goes on in the state that outcome selects, and the data register is reset; a step's estimate
 * is the mean of that step's outcomes over the shots, so the steps of one execution are
 * correlated. Under `coherent`, each step `t` is an execution of its own (steps `0..t`, then
 * the measurement), as in the cost accounting.
 *
 * Shots that share an outcome history share a conditional hidden state, so they are simulated
 * once, as a branch with a count: at each step a branch's shots are spread over the outcomes
 * by a multinomial and it splits into one branch per outcome drawn. There are never more
 * branches than shots, nor than outcome histories, and they are walked depth first, so memory
 * stays at one state per pending outcome per step. The conditional states are density
 * matrices of the hidden register, the state both engines carry, so every step runs on the
 * engine `engineFor` chooses (noise included) and only the collapse differs by working state.
 *
 * Readout error flips recorded bits after the collapse, independently of everything else, so
 * it is applied to each step's counts at the end. Data wires that no readout of the setting
 * records are traced out: measuring them and forgetting the outcome leaves the same hidden state.
 */
import { applyToRows } from '../core/apply';
import { applyGateToDensity } from '../core/density';
import { conjugate } from '../core/gates';
import { probabilitiesDensity, probabilitiesRows } from '../core/observables';
import { multinomial, type Rng } from '../core/rng';
import { basisRotation, selectedHiddenDensity, selectedHiddenRows } from '../core/selective';
import { featureCount, featureOffsets, isProbabilities } from '../model/outputs';
import type { Model, Params } from '../model/types';
import { compileCell, gateAt, type CompiledCell } from './cell';
import { engineFor, type Engine } from './engine';
import { dampHidden } from './engineParts';
import { fuseStep } from './fuse';
import { measurementSettings, type MeasurementSetting } from './measurementSettings';

/** One circuit: a model at some parameters on one input sequence, with optional angle shifts. */
export interface TrajectoryExecution {
  model: Model;
  params: Params;
  inputs: readonly (readonly number[])[];
  /** The shift in radians of gate `gate`'s angle at step `step` (none when absent). */
  deltaOf?: (gate: number, step: number) => number;
}

/**
 * The features of `execution` sampled with `shots` shots per execution, `[step - from][feature]`
 * in the order of the exact features: a Pauli readout's mean of +-1 outcomes, a probabilities
 * readout's outcome frequencies. Each measurement setting is a separate set of shots.
 */
export function sampleTrajectories(execution: TrajectoryExecution, shots: number, rng: Rng, from = 0): number[][] {
  const { model } = execution;
  const cell = compileCell(model);
  const engine = engineFor(cell);
  const runStep = stepRunner(cell, engine, execution);
  const T = execution.inputs.length;
  const offsets = featureOffsets(model.readout);
  const features = Array.from({ length: Math.max(0, T - from) }, () => new Array<number>(featureCount(model.readout)).fill(0));
  const settings = measurementSettings(model.readout).filter((s) => s.readouts.length > 0);
  const tallies = model.recurrence === 'coherent'
    ? coherentTallies(cell, engine, runStep, T, settings, shots, rng, from)
    : settings.map((s) => trajectoryTallies(cell, engine, runStep, T, s, shots, rng));
  settings.forEach((setting, s) => {
    for (let t = from; t < T; t++) {
      const counts = tallies[s][t];
      flipRecorded(counts, setting.wires.length, cell.noise.q, rng);
      report(model, setting, counts, shots, offsets, features[t - from]);
    }
  });
  return features;
}

/** Step `t`'s working state after its gates, begun from `carried`, with the execution's shifts. */
function stepRunner(cell: CompiledCell, engine: Engine, ex: TrajectoryExecution): (carried: Float64Array, t: number) => Float64Array {
  const gatesAt = ex.inputs.map((x, t) => cell.gates.map((g) => gateAt(g, ex.params, x, ex.deltaOf?.(g.index, t) ?? 0)));
  if (cell.gateNoiseFree) {
    const ops = gatesAt.map((gates) => fuseStep(cell, gates));
    return (carried, t) => engine.runOps(carried, ops[t]);
  }
  return (carried, t) => {
    const work = engine.begin(carried);
    gatesAt[t].forEach((g, j) => engine.apply(work, j, g.matrix, g.conj));
    return work;
  };
}

/** How a working state is measured: the same three operations on a density matrix or on `W`. */
interface Collapse {
  rotate(work: Float64Array, wire: number, u: Float64Array): void;
  probabilities(work: Float64Array, wires: readonly number[]): number[];
  /** The hidden state outcome `b` selects, unnormalised. */
  selected(work: Float64Array, wires: readonly number[], b: number): Float64Array;
}

function collapseFor(cell: CompiledCell, engine: Engine): Collapse {
  const { n, dataQubits: D } = cell;
  if (engine.kind === 'density') {
    return {
      rotate: (work, wire, u) => applyGateToDensity(work, n, [wire], u, conjugate(u)),
      probabilities: (work, wires) => probabilitiesDensity(work, n, wires),
      selected: (work, wires, b) => selectedHiddenDensity(work, n, D, wires, b),
    };
  }
  const colBitsOf = (work: Float64Array) => 31 - Math.clz32(work.length >> 1) - n;
  return {
    rotate: (work, wire, u) => applyToRows(work, work.length >> 1, colBitsOf(work), [wire], u),
    probabilities: (work, wires) => probabilitiesRows(work, 1 << n, colBitsOf(work), wires),
    selected: (work, wires, b) => selectedHiddenRows(work, n, D, colBitsOf(work), wires, b),
  };
}

/** Turns the recorded wires to their bases, so a `Z` measurement reads them. Mutates `work`. */
function rotateToBases(collapse: Collapse, work: Float64Array, setting: MeasurementSetting): void {
  setting.bases.forEach((basis, j) => {
    const u = basisRotation(basis);
    if (u) collapse.rotate(work, setting.wires[j], u);
  });
}

/**
 * Measure-reset: the counts of each outcome of the setting's wires at every step, over `shots`
 * trajectories, by branches walked depth first (the first outcome first, so the draws are in
 * one fixed order).
 */
function trajectoryTallies(cell: CompiledCell, engine: Engine, runStep: (c: Float64Array, t: number) => Float64Array, T: number, setting: MeasurementSetting, shots: number, rng: Rng): Float64Array[] {
  const collapse = collapseFor(cell, engine);
  const { hiddenQubits: H, noise } = cell;
  const tallies = Array.from({ length: T }, () => new Float64Array(1 << setting.wires.length));
  const stack: { t: number; count: number; carried: Float64Array }[] = T > 0 ? [{ t: 0, count: shots, carried: engine.initial() }] : [];
  for (let branch = stack.pop(); branch; branch = stack.pop()) {
    const { t, count, carried } = branch;
    const work = runStep(carried, t);
    rotateToBases(collapse, work, setting);
    const counts = multinomial(rng, count, collapse.probabilities(work, setting.wires));
    counts.forEach((c, b) => { tallies[t][b] += c; });
    if (t + 1 === T) continue;
    // Without a hidden register every outcome leaves the same (empty) state: no split.
    if (H === 0) { stack.push({ t: t + 1, count, carried }); continue; }
    for (let b = counts.length - 1; b >= 0; b--) {
      if (counts[b] === 0) continue;
      const next = collapse.selected(work, setting.wires, b);
      normalise(next, 1 << H);
      dampHidden(next, H, 0, H, noise.gamma);
      stack.push({ t: t + 1, count: counts[b], carried: next });
    }
  }
  return tallies;
}

/** Coherent: step `t` (from `from` on) is measured at the end of its own execution of steps `0..t`, once per setting. */
function coherentTallies(cell: CompiledCell, engine: Engine, runStep: (c: Float64Array, t: number) => Float64Array, T: number, settings: readonly MeasurementSetting[], shots: number, rng: Rng, from: number): Float64Array[][] {
  const collapse = collapseFor(cell, engine);
  const tallies = settings.map(() => new Array<Float64Array>(T));
  let carried = engine.initial();
  for (let t = 0; t < T; t++) {
    const work = runStep(carried, t);
    if (t >= from) {
      settings.forEach((setting, s) => {
        const copy = work.slice();
        rotateToBases(collapse, copy, setting);
        tallies[s][t] = Float64Array.from(multinomial(rng, shots, collapse.probabilities(copy, setting.wires)));
      });
    }
    carried = engine.finish(carried, work).carried;
  }
  return tallies;
}

/** Divides a density matrix of side `dim` by its trace. Mutates `rho`. */
function normalise(rho: Float64Array, dim: number): void {
  let tr = 0;
  for (let i = 0; i < dim; i++) tr += rho[2 * (i * dim + i)];
  for (let p = 0; p < rho.length; p++) rho[p] /= tr;
}

/** Readout error: each recorded bit of each shot flips with probability `q`, bit by bit. Mutates `counts`. */
function flipRecorded(counts: Float64Array, bits: number, q: number, rng: Rng): void {
  if (q === 0) return;
  for (let j = 0; j < bits; j++) {
    const bit = 1 << j;
    for (let b = 0; b < counts.length; b++) {
      if (b & bit) continue;
      const down = rng.binomial(counts[b], q), up = rng.binomial(counts[b | bit], q);
      counts[b] += up - down;
      counts[b | bit] += down - up;
    }
  }
}

/** Writes the features of a setting's readouts from one step's counts of recorded outcomes. */
function report(model: Model, setting: MeasurementSetting, counts: Float64Array, shots: number, offsets: readonly number[], row: number[]): void {
  for (const i of setting.readouts) {
    const r = model.readout[i];
    if (isProbabilities(r)) {
      const at = r.wires.map((w) => setting.wires.indexOf(w));
      const sums = new Array<number>(1 << r.wires.length).fill(0);
      counts.forEach((c, b) => {
        let sub = 0;
        at.forEach((j, k) => { sub |= ((b >> j) & 1) << k; });
        sums[sub] += c;
      });
      sums.forEach((c, sub) => { row[offsets[i] + sub] = c / shots; });
    } else {
      const bit = 1 << setting.wires.indexOf(r.wire);
      let ones = 0;
      counts.forEach((c, b) => { if (b & bit) ones += c; });
      row[offsets[i]] = (shots - 2 * ones) / shots;
    }
  }
}
