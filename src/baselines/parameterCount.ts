/**
 * Trained parameters of a baseline, the SPEC's formulas written out (docs/spec.md §8), for
 * input size `i`, `h` hidden units and `m` outputs. Tests check that every model's flat
 * parameter vector has exactly this length.
 */
import type { BaselineSpec } from '../model/parseBaseline';

export function baselineParameterCount(spec: BaselineSpec, inputSize: number, outputs: number): number {
  const i = inputSize, m = outputs;
  switch (spec.kind) {
    case 'lstm': return 4 * spec.hidden * (i + spec.hidden + 1) + m * (spec.hidden + 1);
    case 'gru': return 3 * spec.hidden * (i + spec.hidden + 1) + m * (spec.hidden + 1);
    case 'esn': return m * (spec.units + 1);
    case 'linear': return m * (i * spec.lags + 1);
  }
}
