/**
 * Occurrence contributions packed column by column for transfer to the page: typed arrays
 * instead of one object per occurrence, parameter names listed once; floating-point noise
 * becomes exactly zero (negligible.ts).
 */
import type { OccurrenceContribution } from '../gradients/types';
import { zeroNegligible } from './negligible';
import type { ContributionTable } from './trainingProtocol';

export function toContributionTable(occurrences: readonly OccurrenceContribution[]): ContributionTable {
  const names = [...new Set(occurrences.map((o) => o.param))];
  const index = new Map(names.map((n, i) => [n, i]));
  return {
    names,
    param: Uint16Array.from(occurrences, (o) => index.get(o.param) ?? 0),
    gate: Uint16Array.from(occurrences, (o) => o.gate),
    step: Uint32Array.from(occurrences, (o) => o.step),
    contribution: zeroNegligible(Float64Array.from(occurrences, (o) => o.contribution)),
  };
}
