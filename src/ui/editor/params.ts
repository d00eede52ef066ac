/**
 * Parameters as the editor sees them: which names the model uses and how often, a fresh
 * name for a new rotation, and the bookkeeping that keeps `params` in step with the cell.
 * A name a gate starts to use as its `param` is created with {@link NEW_PARAM_VALUE}; a new
 * angle bias or head coefficient starts at {@link NEW_ADDED_VALUE}, so adding one leaves the
 * model's outputs as they were until training moves it. A name an edit stops using
 * altogether is removed from `params` and `frozen` by that edit (undo brings it back with its
 * value). Parameters that were already unused before an edit are left alone. Pure functions
 * of model types.
 */
import { headsOf } from '../../model/outputs';
import type { Angle, Experiment, GateSpec, Model } from '../../model/types';

/** The value a newly created rotation parameter starts from. */
export const NEW_PARAM_VALUE = 0.1;

/** The value a new angle bias, head weight or head bias starts from: 0 adds nothing to the model. */
export const NEW_ADDED_VALUE = 0;

/** The parameter an angle binds as its `param`, if any. */
export function angleParam(angle: Angle | undefined): string | undefined {
  return typeof angle === 'object' ? angle.param : undefined;
}

/** The parameter an angle adds as its `bias` (docs/spec.md §5.1), if any. */
export function angleBias(angle: Angle | undefined): string | undefined {
  return typeof angle === 'object' ? angle.bias : undefined;
}

/**
 * Every parameter an angle holds, its `param` first, then its `bias`: each is an occurrence
 * of its own at every step (docs/spec.md §5.1), so an angle may give two.
 */
export function angleNames(angle: Angle | undefined): string[] {
  const names: string[] = [];
  const param = angleParam(angle), bias = angleBias(angle);
  if (param !== undefined) names.push(param);
  if (bias !== undefined) names.push(bias);
  return names;
}

/** How many gates of `cell` hold each parameter name, as `param` or as `bias`. */
export function gateUses(cell: readonly GateSpec[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const gate of cell) {
    for (const name of angleNames(gate.angle)) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return uses;
}

/** Every name the model uses: gate angles (parameters and biases) and the heads' weights and biases. */
function usedNames(model: Model): Set<string> {
  const names = new Set(gateUses(model.cell).keys());
  for (const head of headsOf(model)) for (const w of [...head.weights, head.bias]) if (typeof w === 'string') names.add(w);
  return names;
}

/** The first of `theta_1`, `theta_2`, ... that `params` does not hold. */
export function freshParamName(params: Readonly<Record<string, number>>, taken: ReadonlySet<string> = new Set()): string {
  for (let i = 1; ; i++) {
    const name = `theta_${i}`;
    if (!Object.hasOwn(params, name) && !taken.has(name)) return name;
  }
}

/** The names some angle of `cell` uses as its `param`. */
function rotationNames(cell: readonly GateSpec[]): Set<string> {
  const names = new Set<string>();
  for (const gate of cell) {
    const name = angleParam(gate.angle);
    if (name !== undefined) names.add(name);
  }
  return names;
}

/**
 * `next` with `params` and `frozen` brought in step: every name the model uses but
 * `params` lacks is created, at {@link NEW_PARAM_VALUE} when an angle uses it as its `param`,
 * else (an angle bias, a head coefficient) at {@link NEW_ADDED_VALUE}; every name `before`
 * used and `next` no longer uses is removed.
 */
export function syncParams(before: Experiment, next: Experiment): Experiment {
  const was = usedNames(before.model);
  const now = usedNames(next.model);
  const rotations = rotationNames(next.model.cell);
  const params: Record<string, number> = {};
  for (const [name, value] of Object.entries(next.params)) if (now.has(name) || !was.has(name)) params[name] = value;
  for (const name of now) if (!Object.hasOwn(params, name)) params[name] = rotations.has(name) ? NEW_PARAM_VALUE : NEW_ADDED_VALUE;
  const frozen = next.frozen.filter((name) => Object.hasOwn(params, name));
  return { ...next, params, frozen };
}
