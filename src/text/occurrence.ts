/**
 * An occurrence read out as "RY(a) on h0, step 3: contribution −0.042": the timeline's
 * tooltip, its aria-live region and each occurrence's accessible name, and the gradient
 * bars' labels. A pure function of model types and numbers.
 */
import type { GateSpec } from '../model/types';
import { formatContribution } from './format';
import { gateDescription } from './labels';

/** The sentence for one occurrence; "no contribution yet" before there is a gradient. */
export function describeOccurrence(gate: GateSpec, dataQubits: number, step: number, contribution: number | null): string {
  const value = contribution === null || Number.isNaN(contribution) ? 'no contribution yet' : `contribution ${formatContribution(contribution)}`;
  return `${gateDescription(gate, dataQubits)}, step ${step}: ${value}`;
}
