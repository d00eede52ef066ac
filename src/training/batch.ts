/**
 * Averaging per-sequence gradient results over a batch: the batch loss is the mean over its
 * sequences, so its gradient and every occurrence's contribution are means too.
 */
import type { GradientResult, OccurrenceContribution } from '../gradients/types';
import { contributionOf } from '../gradients/common';

export function averageGradients(results: readonly GradientResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) for (const [p, g] of Object.entries(r.gradient)) out[p] = (out[p] ?? 0) + g / results.length;
  return out;
}

/** Contributions averaged by `(param, gate, step)` over the batch, in first-seen order. */
export function averageContributions(results: readonly GradientResult[]): OccurrenceContribution[] {
  const byKey = new Map<string, OccurrenceContribution>();
  for (const r of results) for (const o of r.occurrences) {
    const key = `${o.param}|${o.gate}|${o.step}`;
    const seen = byKey.get(key);
    if (seen) seen.contribution += o.contribution / results.length;
    else byKey.set(key, contributionOf(o, o.contribution / results.length));
  }
  return [...byKey.values()];
}
