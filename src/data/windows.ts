/**
 * Cutting a series into windows and splitting them in time order. A window of length `window`
 * starting at `i` is the sequence with `inputs[t] = [s[i + t]]` and
 * `targets[t] = [y_j[i + t + horizon]]` over the target series `y_j`. Windows start every `stride` steps; the first
 * `round(split * count)` (at least one) are training windows and later windows are test
 * windows, except those whose inputs would overlap the last training window's, which are
 * dropped so that no test target was ever a training target (a gap appears only when
 * `stride < window`).
 */
import type { Sequence } from '../model/types';
import { MAX_POINTS, type FieldReader } from './fields';

/** Defaults of the windowing fields shared by every generator (`stride` defaults to `window`). */
export const WINDOW_DEFAULTS = {
  /** Steps per window (the `sequence` generator defaults to `count - horizon` instead). */
  window: 12,
  /** How many steps ahead each target is. */
  horizon: 1,
  /** Fraction of the windows, in time order, used for training. */
  split: 0.75,
} as const;

/** Resolved windowing parameters, in steps (`split` a fraction). */
export interface WindowOptions {
  window: number;
  horizon: number;
  stride: number;
  split: number;
}

/** Where the windows of one series start, in steps. */
export interface WindowLayout extends WindowOptions {
  trainStarts: number[];
  testStarts: number[];
}

/** The windowing fields as given (`window`, `stride` undefined when absent), recording errors. */
export function readWindowing(fields: FieldReader): { window?: number; stride?: number; horizon: number; split: number } {
  const whole = { integer: true, min: 1, max: MAX_POINTS };
  const window = fields.raw('window') === undefined ? undefined : fields.number('window', WINDOW_DEFAULTS.window, whole);
  const stride = fields.raw('stride') === undefined ? undefined : fields.number('stride', 1, whole);
  const horizon = fields.number('horizon', WINDOW_DEFAULTS.horizon, { integer: true, min: 0, max: MAX_POINTS });
  const split = fields.number('split', WINDOW_DEFAULTS.split, { above: 0, max: 1 });
  return { window, stride, horizon, split };
}

/** Most input steps all windows together may hold (overlapping windows repeat points). */
const MAX_WINDOW_POINTS = 2_000_000;

/** Why no layout: the field to blame and the reason. */
export interface WindowError { field: 'window' | 'stride'; message: string }

/** The windows of a series of `length` points, or why they cannot be laid out. */
export function layoutWindows(length: number, options: WindowOptions): WindowLayout | WindowError {
  const { window, horizon, stride, split } = options;
  const last = length - window - horizon;
  if (last < 0) return { field: 'window', message: `the series has ${length} points, but a window of ${window} with horizon ${horizon} needs ${window + horizon}` };
  const count = Math.floor(last / stride) + 1;
  if (count * window > MAX_WINDOW_POINTS) {
    return { field: 'stride', message: `${count} windows of ${window} steps would hold ${count * window} points; at most ${MAX_WINDOW_POINTS} are allowed, so use a larger stride` };
  }
  const starts: number[] = [];
  for (let i = 0; i <= last; i += stride) starts.push(i);
  const trainCount = Math.min(starts.length, Math.max(1, Math.round(split * starts.length)));
  const trainStarts = starts.slice(0, trainCount);
  const firstTest = trainStarts[trainCount - 1] + window;
  const testStarts = starts.slice(trainCount).filter((i) => i >= firstTest);
  return { ...options, trainStarts, testStarts };
}

/** The window starting at `start`: inputs `[s[start + t]]`, targets `[y_j[start + t + horizon]]` over the target series `j`. */
export function cutWindow(inputs: readonly number[], targets: readonly (readonly number[])[], start: number, window: number, horizon: number): Sequence {
  const seq: Sequence = { inputs: new Array<number[]>(window), targets: new Array<number[]>(window) };
  for (let t = 0; t < window; t++) {
    seq.inputs[t] = [inputs[start + t]];
    seq.targets[t] = targets.map((y) => y[start + t + horizon]);
  }
  return seq;
}

/** One past the last index of `s` that training windows read as inputs. */
export function trainInputEnd(layout: WindowLayout): number {
  return layout.trainStarts[layout.trainStarts.length - 1] + layout.window;
}
