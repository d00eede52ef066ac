/**
 * The figures of docs/performance.md §3 that run in Node: gate kernels (1), the forward pass (2). Each
 * returns rows of the `bench --json` document.
 */
import { applyGateToDensity, zeroState } from '../../core/density';
import { GATES, conjugate } from '../../core/gates';
import { simulate } from '../../simulation/simulate';
import { adjoint } from '../../gradients/adjoint';
import { parameterShift } from '../../gradients/parameterShift';
import { unroll } from '../../simulation/unroll';
import { readFileSync } from 'node:fs';
import { parseAnyExperimentText } from '../../model/parse';
import { QLSTM_GRADIENT_REGISTRY } from '../../qlstm/registry';
import { simulateQlstm } from '../../qlstm/simulate';
import { createTrainer, type EpochReport } from '../../training/trainer';
import { benchmarkCase, qlstmBenchmarkCase } from './benchModel';
import { FULL, time, type Timing, type TimingProfile } from './timing';

export interface Figure extends Partial<Timing> {
  name: string;
  [field: string]: unknown;
}

export const SIZES: readonly [number, number][] = [[2, 2], [3, 3], [4, 4], [5, 5]];
export const STEPS: readonly number[] = [10, 20, 50];

/**
 * Figure 1 (docs/performance.md §3.1): one gate applied as `U rho U^dagger` to a density matrix of `n` qubits;
 * `entriesPerSecond` counts complex entries updated (each of the `4^n` entries is updated
 * twice, once per side).
 */
export function kernelFigures(qubits: readonly number[] = [6, 8, 10], profile: TimingProfile = FULL): Figure[] {
  const out: Figure[] = [];
  for (const n of qubits) {
    const rho = zeroState(n);
    const u1 = GATES.RY.matrix(0.3), u1c = conjugate(u1);
    const u2 = GATES.RXX.matrix(0.3), u2c = conjugate(u2);
    const entries = 2 * 4 ** n;
    const t1 = time(() => applyGateToDensity(rho, n, [n >> 1], u1, u1c), 800, 3, 50, profile);
    out.push({ name: 'kernel-1q', qubits: n, gate: 'RY', ...t1, entriesPerSecond: Math.round(entries / (t1.medianMs / 1000)) });
    const t2 = time(() => applyGateToDensity(rho, n, [0, n - 1], u2, u2c), 800, 3, 50, profile);
    out.push({ name: 'kernel-2q', qubits: n, gate: 'RXX', ...t2, entriesPerSecond: Math.round(entries / (t2.medianMs / 1000)) });
  }
  return out;
}

/** Figure 2 (docs/performance.md §3.2): the forward pass of the benchmark model at every size. */
export function forwardFigures(sizes = SIZES, steps = STEPS, profile: TimingProfile = FULL): Figure[] {
  const out: Figure[] = [];
  for (const [D, H] of sizes) for (const T of steps) {
    const c = benchmarkCase(D, H, T);
    const t = time(() => simulate(c.model, c.params, c.sequence, c.loss, { bloch: false }), undefined, undefined, undefined, profile);
    out.push({ name: 'forward', ...describeCase(D, H, T, c.model), circuitExecutions: 1, ...t });
  }
  return out;
}

export function describeCase(D: number, H: number, T: number, model: ReturnType<typeof benchmarkCase>['model']) {
  return {
    dataQubits: D,
    hiddenQubits: H,
    T,
    layers: 2,
    gates: model.cell.length,
    parameters: new Set(unroll(model, 1).map((o) => o.param)).size,
    occurrences: unroll(model, T).length,
  };
}

/** Figure 3 (docs/performance.md §3.3): the exact gradient by adjoint, with its ratio to the forward pass of the same size. */
export function adjointFigures(sizes = SIZES, steps = STEPS, profile: TimingProfile = FULL): Figure[] {
  const out: Figure[] = [];
  for (const [D, H] of sizes) for (const T of steps) {
    const c = benchmarkCase(D, H, T);
    const problem = { model: c.model, params: c.params, sequence: c.sequence, loss: c.loss };
    const forward = time(() => simulate(c.model, c.params, c.sequence, c.loss, { bloch: false }), undefined, undefined, undefined, profile);
    const t = time(() => adjoint(problem), undefined, undefined, undefined, profile);
    out.push({ name: 'gradient-adjoint', ...describeCase(D, H, T, c.model), circuitExecutions: 1, ...t, forwardMedianMs: forward.medianMs, ratioToForward: round2(t.medianMs / forward.medianMs) });
  }
  return out;
}

/**
 * Figure 9 (docs/performance.md §3.9): the QLSTM (docs/spec.md §7) forward pass and its exact
 * gradient by adjoint back-propagation, at Chen's default size (1 + 3 qubits, 2 layers) and at
 * 2 + 4, for `T` = 20 and 50 (random angles, seeded); the bar: the adjoint at most 4 forward passes.
 */
export function qlstmFigures(cases: readonly [number, number, number, number][] = [[1, 3, 2, 20], [1, 3, 2, 50], [2, 4, 2, 20]], profile: TimingProfile = FULL): Figure[] {
  const out: Figure[] = [];
  for (const [inputSize, hiddenSize, layers, T] of cases) {
    const problem = qlstmBenchmarkCase(inputSize, hiddenSize, layers, T);
    const forward = time(() => simulateQlstm(problem.model, problem.params, problem.sequence, problem.loss), undefined, undefined, undefined, profile);
    const t = time(() => QLSTM_GRADIENT_REGISTRY.adjoint(problem), undefined, undefined, undefined, profile);
    out.push({
      name: 'qlstm-adjoint', model: `qlstm ${inputSize}+${hiddenSize} L=${layers}`, T, parameters: Object.keys(problem.params).length,
      ...t, forwardMedianMs: forward.medianMs, ratioToForward: round2(t.medianMs / forward.medianMs),
    });
  }
  return out;
}

/**
 * Figure 4 (docs/performance.md §3.4): the full gradient by parameter-shift in exact mode, with the circuit executions
 * real hardware would need. Its work grows as occurrences x steps, so the largest sizes are
 * left out (the executions column says why).
 */
export function parameterShiftFigures(cases: readonly [number, number, number][] = [[2, 2, 10], [2, 2, 20], [2, 2, 50], [3, 3, 10], [3, 3, 20], [3, 3, 50], [4, 4, 10], [4, 4, 20]], profile: TimingProfile = FULL): Figure[] {
  const out: Figure[] = [];
  for (const [D, H, T] of cases) {
    const c = benchmarkCase(D, H, T);
    const problem = { model: c.model, params: c.params, sequence: c.sequence, loss: c.loss };
    let executions = 0;
    const t = time(() => { executions = parameterShift(problem).cost.circuitExecutions; }, 3000, 1, 10, profile);
    out.push({ name: 'gradient-parameter-shift', ...describeCase(D, H, T, c.model), circuitExecutions: executions, ...t });
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Figure 5 (docs/performance.md §3.5), in Node: one training epoch of each preset in public/experiments, as the file says. */
export function epochFigures(presetDir: string, presets: readonly string[], profile: TimingProfile = FULL): Figure[] {
  const out: Figure[] = [];
  for (const preset of presets) {
    const parsed = parseAnyExperimentText(readFileSync(`${presetDir}/${preset}.json`, 'utf8'));
    if (!parsed.ok) throw new Error(`${preset}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    const e = parsed.experiment;
    let report: EpochReport | null = null;
    // One trainer, timed epoch by epoch: every epoch does the same work (the dataset is built once, untimed).
    const created = createTrainer({ ...e, training: { ...e.training, epochs: 1000 } });
    if (!created.ok) throw new Error(`${preset}: ${created.errors[0].message}`);
    const t = time(() => { report = created.trainer.step(); }, 3000, 3, 10, profile);
    const r = report as unknown as EpochReport;
    out.push({
      name: 'epoch', preset, realm: 'node', dataQubits: e.model.dataQubits, hiddenQubits: e.model.hiddenQubits,
      method: e.training.optimizer.kind === 'spsa' ? 'spsa' : e.training.gradient.method, shotsPerExpectation: e.training.gradient.shots,
      circuitExecutions: r.circuitExecutions, shots: r.shots, testLoss: r.testLoss, ...t,
    });
  }
  return out;
}
