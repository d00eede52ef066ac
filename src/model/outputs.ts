/**
 * How many features the readouts give and how many outputs the head makes (docs/spec.md §5.2,
 * 5.3): a Pauli readout is one feature, a probabilities readout over `k` wires is `2^k`, and
 * `model.head` is one head or an array of heads, one per output. Everything that walks the
 * readouts or the heads asks here, so a file without the §5 additions means what it meant.
 */
import type { Head, Model, ProbabilitiesReadout, Readout } from './types';

/** Whether `readout` is a probabilities readout (docs/spec.md §5.2). */
export function isProbabilities(readout: Readout): readout is ProbabilitiesReadout {
  return readout.observable === 'probabilities';
}

/** The wires a readout measures. */
export function readoutWires(readout: Readout): number[] {
  return isProbabilities(readout) ? readout.wires : [readout.wire];
}

/** Features one readout contributes: 1 for a Pauli, `2^k` for `k` wires' probabilities. */
export function featuresOf(readout: Readout): number {
  return isProbabilities(readout) ? 1 << readout.wires.length : 1;
}

/** Features of every readout together: the length of `e_t` and of every head's weights. */
export function featureCount(readouts: readonly Readout[]): number {
  return readouts.reduce((n, r) => n + featuresOf(r), 0);
}

/** Where each readout's features start in `e_t`. */
export function featureOffsets(readouts: readonly Readout[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const r of readouts) { out.push(at); at += featuresOf(r); }
  return out;
}

/** The heads, one per output: a single head object is an array of one. */
export function headsOf(model: Pick<Model, 'head'>): Head[] {
  return Array.isArray(model.head) ? model.head : [model.head];
}

/** `m`, the number of outputs. */
export function outputCount(model: Pick<Model, 'head'>): number {
  return Array.isArray(model.head) ? model.head.length : 1;
}

/**
 * Outputs as files and the command line print them (docs/spec.md §5.3): `[yhat_t]` when there
 * is one output, `[[yhat_{t,0}, ..]]` when there are several.
 */
export function printedOutputs(outputs: readonly (readonly number[])[]): number[] | number[][] {
  return outputs.every((row) => row.length === 1) ? outputs.map((row) => row[0]) : outputs.map((row) => [...row]);
}
