/**
 * One training window's gradient, as the trainer's mini-batch epochs ask for it: the file's
 * method and estimator options, at given parameters. The trainer and the threads that share
 * its batches out (`src/worker/trainingHelpers.ts`, the command line's `--workers`) call the
 * same function, so a window computed anywhere gives the same bits.
 */
import { createRng, type Rng } from '../core/rng';
import { buildDataset, checkModelOnDataset, type Dataset } from '../data';
import { joinParameterShift, parameterShiftPiece, type ParameterShiftPiece } from '../gradients/parameterShift';
import type { GradientResult } from '../gradients/types';
import { isQlstmModel, type AnyExperiment, type FieldError, type Sequence } from '../model/types';
import { shareableGradients } from '../model/shareable';
import { gradientOf } from './engines';
import { slotOccurrences } from '../qlstm/contributions';
import type { QlstmGradientResult } from '../qlstm/types';

/** The parameters a run trains: every parameter of the file that is not frozen. */
export const trainableOf = (experiment: AnyExperiment): string[] => Object.keys(experiment.params).filter((p) => !experiment.frozen.includes(p));

/** A number option of a file's block, if it is a finite number. */
export function numberOption(spec: Record<string, unknown>, key: string): number | undefined {
  return typeof spec[key] === 'number' && Number.isFinite(spec[key]) ? (spec[key] as number) : undefined;
}

/** Estimator options a file's gradient block may carry (`h`, `variant`, SPSA's `c` and `gamma`). */
export function estimatorOptions(spec: Record<string, unknown>) {
  const variant: 'forward' | 'central' | undefined = spec.variant === 'forward' || spec.variant === 'central' ? spec.variant : undefined;
  return { h: numberOption(spec, 'h'), variant, spsa: { c: numberOption(spec, 'c'), gamma: numberOption(spec, 'gamma') } };
}

/**
 * The gradient of `sequence` at `params` by the file's method (not SPSA as an optimizer: the
 * trainer asks for that itself, with its iteration), drawing shots from `rng`. A QLSTM's
 * occurrences come in the QRNN's shape, each parameter's slot as its `gate` (the page's
 * timeline and gradient plots read them from training reports).
 */
export function windowGradient(experiment: AnyExperiment, trainable: readonly string[], params: Readonly<Record<string, number>>, sequence: Sequence, rng: Rng): GradientResult {
  const { model, loss, training } = experiment;
  const result = gradientOf(training.gradient.method, { model, params, sequence, loss, trainable }, { shots: training.gradient.shots, sampling: training.gradient.sampling, rng, ...estimatorOptions(training.gradient) });
  return isQlstmModel(model) ? { ...result, occurrences: slotOccurrences(model, (result as QlstmGradientResult).occurrences) } : (result as GradientResult);
}

/**
 * A piece of a batch's work: the steps `from..to-1` of a training window's gradient. Only a
 * parameter-shift gradient is cut inside a window (its shifts of different steps are
 * independent); any other method's pieces are whole windows (`from` 0, `to` the window's length).
 */
export interface WindowPiece {
  window: number;
  from: number;
  to: number;
}

/** What a piece gives: a whole window's result, or a part of a parameter-shift gradient. */
export type PieceResult = { kind: 'window'; result: GradientResult } | { kind: 'steps'; piece: ParameterShiftPiece };

/** A thread's side of shared-out batches. */
export interface WindowGradients {
  readonly windows: number;
  /** The whole windows' results, in order. */
  compute(params: Readonly<Record<string, number>>, windows: readonly number[]): GradientResult[];
  /**
   * `windows`' work cut into `parts` runs of pieces, in order (window by window, step by
   * step), each about the same work: a shifted execution from step `t` costs `T - t` steps.
   */
  plan(windows: readonly number[], parts: number): WindowPiece[][];
  computePieces(params: Readonly<Record<string, number>>, pieces: readonly WindowPiece[]): PieceResult[];
  /** The windows' results from their pieces' results, all in plan order. */
  join(params: Readonly<Record<string, number>>, windows: readonly number[], results: readonly PieceResult[]): GradientResult[];
}

/** Cuts units of work `weights` (in order) into `parts` contiguous runs of about equal weight; returns each run's end. */
export function balancedCuts(weights: readonly number[], parts: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const ends: number[] = [];
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    // A run ends at the unit that takes the running sum closest past its share.
    if (ends.length < parts - 1 && sum >= (total * (ends.length + 1)) / parts) ends.push(i + 1);
  }
  ends.push(weights.length);
  return ends.filter((end, i) => end > (ends[i - 1] ?? 0));
}

/**
 * The windows of `experiment`'s training set (built as the trainer builds it), ready to be
 * differentiated; refused when its batches may not be shared out ({@link shareableGradients}).
 */
export function createWindowGradients(experiment: AnyExperiment): { ok: true; gradients: WindowGradients } | { ok: false; errors: FieldError[] } {
  if (!shareableGradients(experiment)) return { ok: false, errors: [{ path: 'training', message: 'its gradients draw random numbers, so one thread computes them in order' }] };
  const built = buildDataset(experiment.data);
  if (!built.ok) return { ok: false, errors: built.errors };
  const dataset: Dataset = built.dataset;
  const unfit = checkModelOnDataset(experiment, dataset);
  if (unfit.length > 0) return { ok: false, errors: unfit };
  const trainable = trainableOf(experiment);
  // Never drawn from: a shareable estimate takes no random numbers (the trainer passes its own).
  const rng = createRng(experiment.training.seed);
  // Only the QRNN's exact parameter-shift is cut inside a window (parameterShiftPiece).
  const stepwise = experiment.training.gradient.method === 'parameter-shift' && !isQlstmModel(experiment.model);
  const sequenceOf = (i: number) => {
    const sequence = dataset.train[i];
    if (!sequence) throw new Error(`there is no training window ${i}`);
    return sequence;
  };
  const { model } = experiment;
  const problemOf = (params: Readonly<Record<string, number>>, i: number) => {
    if (isQlstmModel(model)) throw new Error('only a QRNN parameter-shift gradient is cut into steps');
    return { model, params, sequence: sequenceOf(i), loss: experiment.loss, trainable };
  };
  const whole = (params: Readonly<Record<string, number>>, i: number) => windowGradient(experiment, trainable, params, sequenceOf(i), rng);
  return {
    ok: true,
    gradients: {
      windows: dataset.train.length,
      compute: (params, windows) => windows.map((i) => whole(params, i)),
      plan(windows, parts) {
        const units = windows.flatMap((window) => {
          const T = sequenceOf(window).inputs.length;
          if (!stepwise) return [{ window, step: 0, to: T, weight: 1 }];
          return Array.from({ length: T }, (_, step) => ({ window, step, to: step + 1, weight: T - step }));
        });
        let start = 0;
        return balancedCuts(units.map((u) => u.weight), parts).map((end) => {
          const run: WindowPiece[] = [];
          for (const u of units.slice(start, end)) {
            const last = run[run.length - 1];
            if (last && last.window === u.window && last.to === u.step) last.to = u.to;
            else run.push({ window: u.window, from: u.step, to: u.to });
          }
          start = end;
          return run;
        });
      },
      computePieces: (params, pieces) => pieces.map((p): PieceResult => {
        const T = sequenceOf(p.window).inputs.length;
        if (!stepwise || (p.from === 0 && p.to >= T)) return { kind: 'window', result: whole(params, p.window) };
        return { kind: 'steps', piece: parameterShiftPiece(problemOf(params, p.window), p.from, p.to) };
      }),
      join(params, windows, results) {
        const out: GradientResult[] = [];
        let next = 0;
        for (const window of windows) {
          const result = results[next];
          if (!result) throw new Error(`no result for training window ${window}`);
          if (result.kind === 'window') {
            out.push(result.result);
            next++;
            continue;
          }
          // The window's pieces follow one another until its last step.
          const T = sequenceOf(window).inputs.length;
          const pieces: ParameterShiftPiece[] = [];
          let covered = 0;
          while (covered < T) {
            const r = results[next++];
            if (r?.kind !== 'steps') throw new Error(`the pieces of training window ${window} do not cover its steps`);
            pieces.push(r.piece);
            covered = r.piece.to;
          }
          out.push(joinParameterShift(problemOf(params, window), pieces));
        }
        return out;
      },
    },
  };
}
