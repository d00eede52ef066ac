/**
 * Vanishing and exploding memory: how strongly an occurrence at step `t` moves the output at
 * a later scored step `s`, against the distance `s - t`. For every occurrence and every later
 * step the exact sensitivity `|d yhat_s / d a_{g,t}|` (from the occurrence's shifted
 * executions) and its loss-weighted term `|dL/dyhat_s d yhat_s / d a d a / d theta|` are
 * averaged per distance (with several outputs, summed over them), and a line is fitted to `log(mean sensitivity)` against distance:
 * `slope < 0` is memory that fades by `exp(slope)` per step.
 */
import { exp, log } from '../core/detmath';
import { GATES } from '../core/gates';
import { angleSlope } from '../simulation/angles';
import { outputsOf, scoredSteps } from '../simulation/head';
import { unroll } from '../simulation/unroll';
import type { Angle } from '../model/types';
import { scoreExpectations } from './common';
import { SHIFT_RULES } from './rules';
import { createRunner } from './runner';
import type { GradientProblem } from './types';

export interface MemoryBin {
  distance: number;
  /** Mean `|d yhat_s / d a|` over (occurrence, scored step) pairs at this distance. */
  sensitivity: number;
  /** Mean `|dL/dyhat_s d yhat_s / d a d a / d theta|`. */
  contribution: number;
  count: number;
}

export interface MemoryProfile {
  bins: MemoryBin[];
  /** Least squares of `ln(sensitivity)` on distance, over bins with a positive sensitivity. */
  fit: { slope: number; intercept: number; factorPerStep: number } | null;
}

export function memoryProfile(problem: GradientProblem): MemoryProfile {
  const { model, params, sequence, loss } = problem;
  const runner = createRunner(problem);
  const score = scoreExpectations(model, params, sequence, loss, runner.expectations);
  const scored = new Set(scoredSteps(sequence.targets, loss));
  const T = sequence.inputs.length;
  const sums = new Map<number, { s: number; c: number; n: number }>();
  const occurrences = unroll(model, T).filter((o) => !problem.trainable || problem.trainable.includes(o.param));
  for (let t = 0; t < T; t++) {
    const here = occurrences.filter((o) => o.step === t);
    if (here.length === 0) continue;
    const recipeOf = (gate: number) => SHIFT_RULES[GATES[model.cell[gate].gate].shiftRule ?? 'two-term'];
    const runs = runner.shiftedAtStep(t, [...new Set(here.map((o) => o.gate))].map((gate) => ({ gate, deltas: recipeOf(gate).shifts })));
    for (const o of here) {
      const slope = angleSlope(model.cell[o.gate].angle as Angle, params, sequence.inputs[t], o.param);
      const weights = recipeOf(o.gate).weights;
      const later = runs.get(o.gate) as number[][][];
      for (let s = t; s < T; s++) {
        if (!scored.has(s)) continue;
        const shifted = later.map((run) => outputsOf(model, params, run[s - t]));
        // With several outputs the sensitivities of the outputs add up (one output: |d yhat_s / d a|).
        let sensitivity = 0, weighted = 0;
        score.dLdy[s].forEach((g, j) => {
          const dyda = shifted.reduce((acc, y, k) => acc + weights[k] * y[j], 0);
          sensitivity += Math.abs(dyda);
          weighted += g * dyda;
        });
        const bin = sums.get(s - t) ?? { s: 0, c: 0, n: 0 };
        bin.s += sensitivity;
        bin.c += Math.abs(weighted * slope);
        bin.n += 1;
        sums.set(s - t, bin);
      }
    }
  }
  const bins = [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([distance, v]) => ({ distance, sensitivity: v.s / v.n, contribution: v.c / v.n, count: v.n }));
  return { bins, fit: fitLogLine(bins) };
}

/** Least squares of `ln(sensitivity)` on distance; the QLSTM's profile (src/qlstm/memory.ts) fits the same way. */
export function fitLogLine(bins: readonly MemoryBin[]): MemoryProfile['fit'] {
  const pts = bins.filter((b) => b.sensitivity > 1e-300).map((b) => [b.distance, log(b.sensitivity)] as const);
  if (pts.length < 2) return null;
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p[0], 0) / n, my = pts.reduce((s, p) => s + p[1], 0) / n;
  const sxx = pts.reduce((s, p) => s + (p[0] - mx) * (p[0] - mx), 0);
  const slope = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / sxx;
  return { slope, intercept: my - slope * mx, factorPerStep: exp(slope) };
}
