/**
 * Averaging per-sequence gradient results over a batch: the batch loss is the mean over its
 * sequences that have a loss (`meanLoss`: a sequence with no scored step does not count), so
 * its gradient and every occurrence's contribution are means over those same sequences.
 */
import type { GradientResult, OccurrenceContribution } from '../gradients/types';
import { contributionOf } from '../gradients/common';

/** The sequences that count in the batch loss. */
const scored = (results: readonly GradientResult[]) => results.filter((r) => r.loss !== null);

export function averageGradients(all: readonly GradientResult[]): Record<string, number> {
  const results = scored(all);
  const out: Record<string, number> = {};
  for (const r of results) for (const [p, g] of Object.entries(r.gradient)) out[p] = (out[p] ?? 0) + g / results.length;
  return out;
}

/** Contributions averaged by `(param, gate, step)` over the batch, in first-seen order. */
export function averageContributions(all: readonly GradientResult[]): OccurrenceContribution[] {
  const results = scored(all);
  const byKey = new Map<string, OccurrenceContribution>();
  for (const r of results) for (const o of r.occurrences) {
    const key = `${o.param}|${o.gate}|${o.step}`;
    const seen = byKey.get(key);
    if (seen) seen.contribution += o.contribution / results.length;
    else byKey.set(key, contributionOf(o, o.contribution / results.length));
  }
  return [...byKey.values()];
}
