/**
 * An occurrence read out as "RY(a) on h0, step 3: contribution −0.042": the timeline's
 * tooltip, its aria-live region and each occurrence's accessible name, and the gradient
 * bars' labels. An angle with a parameter and a bias (docs/spec.md §5.1) is two occurrences
 * at one gate and step, so its sentence names which one: "RY(w·x + b) on d0, step 3, bias b:
 * contribution 0.010". A pure function of model types and numbers.
 */
import type { GateSpec } from '../model/types';
import { formatContribution } from './format';
import { gateDescription } from './labels';

/** The sentence for one occurrence of `param` (default: the angle's only parameter); "no contribution yet" before there is a gradient. */
export function describeOccurrence(gate: GateSpec, dataQubits: number, step: number, contribution: number | null, param?: string): string {
  const value = contribution === null || Number.isNaN(contribution) ? 'no contribution yet' : `contribution ${formatContribution(contribution)}`;
  const angle = gate.angle;
  const two = typeof angle === 'object' && angle.param !== undefined && angle.bias !== undefined;
  const name = param ?? (typeof angle === 'object' ? angle.param : undefined);
  const which = two && name !== undefined ? `, ${name === angle.bias ? 'bias' : 'parameter'} ${name}` : '';
  return `${gateDescription(gate, dataQubits)}, step ${step}${which}: ${value}`;
}
