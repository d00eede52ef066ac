/**
 * The features `e_t` a step reports (docs/spec.md §1.1, 5.2): one per Pauli readout and `2^k`
 * per probabilities readout of `k` wires, in readout order, readout error included. Both
 * engines read them through `readFeatures`, and both adjoints carry their dual back through
 * `addFeatureObservable`, so the two directions agree on the order and on the error model.
 */
import { readoutError, readoutErrorBits } from '../core/channels';
import type { Pauli } from '../core/gates';
import type { Readout } from '../model/types';

/** How an engine measures its working state: a Pauli on one wire, or the outcome distribution of wires. */
export interface FeatureProbe {
  pauli(wire: number, observable: Pauli): number;
  probabilities(wires: readonly number[]): number[];
}

/** `e_t`: every readout's features, in order, with readout error `q`. */
export function readFeatures(readouts: readonly Readout[], q: number, probe: FeatureProbe): number[] {
  const out: number[] = [];
  for (const r of readouts) {
    if (r.observable === 'probabilities') out.push(...readoutErrorBits(probe.probabilities(r.wires), r.wires.length, q));
    else out.push(readoutError(probe.pauli(r.wire, r.observable), q));
  }
  return out;
}

/** How an adjoint adds a term `c O` to its observable: a Pauli on one wire, or a diagonal over the outcomes of wires. */
export interface ObservableSink {
  pauli(wire: number, observable: Pauli, c: number): void;
  outcomes(wires: readonly number[], d: readonly number[]): void;
}

/**
 * Adds `sum_i c_i O_i` to an adjoint observable, for `c_i = dL/de_i` per feature: the dual of
 * `readFeatures` (a Pauli's reported value is `(1 - 2q) Tr[P rho]`; a probability vector's is
 * `M^(x k) p`, and `M` is its own transpose). Zero terms are skipped.
 */
export function addFeatureObservable(readouts: readonly Readout[], q: number, c: readonly number[], sink: ObservableSink): void {
  let at = 0;
  for (const r of readouts) {
    if (r.observable === 'probabilities') {
      const size = 1 << r.wires.length;
      const slice = c.slice(at, at + size);
      at += size;
      if (slice.every((x) => x === 0)) continue;
      sink.outcomes(r.wires, readoutErrorBits(slice, r.wires.length, q));
    } else {
      const ci = c[at++];
      if (ci !== 0) sink.pauli(r.wire, r.observable, ci * (1 - 2 * q));
    }
  }
}
