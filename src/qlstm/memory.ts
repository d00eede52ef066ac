/**
 * The memory profile of a QLSTM (the QRNN's is src/gradients/memory.ts): how strongly an
 * occurrence at step `t` moves a scored prediction `yhat_s`, against the distance `s - t`.
 * A QLSTM's outputs are not sinusoids in one angle, so the QRNN's shifted re-runs would not
 * give `d yhat_s / d angle` (docs/spec.md §7); instead each scored prediction is
 * back-propagated on its own (the adjoint, seeded with `d yhat_{s,j} / d e_s`), which gives
 * the exact derivative of that prediction by every occurrence before it. Bins and the fit of
 * `ln(sensitivity)` against distance are the QRNN's.
 */
import { fitLogLine, type MemoryProfile } from '../gradients/memory';
import { trainableOf } from '../gradients/common';
import { scoredSteps } from '../simulation/head';
import { adjointPullback } from './adjoint';
import { Contributions } from './contributions';
import { backward } from './lstm';
import { circuitsOf, featureCotangents, runSequence } from './run';
import type { QlstmProblem } from './types';

export function qlstmMemoryProfile(problem: QlstmProblem): MemoryProfile {
  const { model, params, sequence, loss } = problem;
  const trainable = new Set(trainableOf(problem));
  const run = runSequence(model, params, sequence, loss);
  const circuits = circuitsOf(model, params);
  const T = sequence.inputs.length;
  const outputs = run.outputs[0]?.length ?? 0;
  const sums = new Map<number, { s: number; c: number; n: number }>();
  for (const s of scoredSteps(sequence.targets, loss)) {
    // d yhat_{s,j} / d angle for every occurrence, output by output; with several outputs the sensitivities add up.
    const perOutput = Array.from({ length: outputs }, (_, j) => {
      const seed = run.outputs.map((row, t) => row.map((_, i) => (t === s && i === j ? 1 : 0)));
      const table = new Contributions(model, T, trainable);
      if (table.anyTrained()) backward(model, run.tape, featureCotangents(model, params, seed), adjointPullback(circuits, table));
      return table.list();
    });
    const first = perOutput[0] ?? [];
    first.forEach((o, index) => {
      if (o.step > s) return;
      let sensitivity = 0, weighted = 0;
      perOutput.forEach((list, j) => {
        const dyda = list[index].contribution;
        sensitivity += Math.abs(dyda);
        weighted += run.dLdy[s][j] * dyda;
      });
      const bin = sums.get(s - o.step) ?? { s: 0, c: 0, n: 0 };
      bin.s += sensitivity;
      bin.c += Math.abs(weighted);
      bin.n += 1;
      sums.set(s - o.step, bin);
    });
  }
  const bins = [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([distance, v]) => ({ distance, sensitivity: v.s / v.n, contribution: v.c / v.n, count: v.n }));
  return { bins, fit: fitLogLine(bins) };
}
