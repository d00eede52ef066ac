/**
 * Pure edits of the readouts and the heads (docs/spec.md §5.2, §5.3) that keep every head's
 * weights in step with the features: each head has one weight per feature, in readout order,
 * so adding a readout gives every head new weights for its features, removing one drops
 * them, and a probabilities readout that gains or loses wires gains or loses weights at its
 * place. New coefficients are parameters named predictably, `w_<output>_<feature>` for a
 * weight and `c_<output>` for a head's bias, created at 0 by `syncParams` (a new feature or
 * output changes nothing until training moves it); names no longer used are removed from
 * `params` and `frozen`. Each edit returns the would-be experiment for the store's commit,
 * which the parser checks.
 */
import { featureCount, featureOffsets, featuresOf, headsOf } from '../../model/outputs';
import type { Experiment, Head, Readout } from '../../model/types';
import { syncParams } from '../editor/params';

/** `base`, or `base_2`, `base_3`, ... when a parameter or a name already chosen holds it. */
function freshName(base: string, params: Readonly<Record<string, number>>, taken: Set<string>): string {
  let name = base;
  for (let k = 2; Object.hasOwn(params, name) || taken.has(name); k++) name = `${base}_${k}`;
  taken.add(name);
  return name;
}

/** Fresh names for head `output`'s weights of features `from .. from + count - 1`. */
function newWeights(output: number, from: number, count: number, params: Readonly<Record<string, number>>, taken: Set<string>): string[] {
  return Array.from({ length: count }, (_, i) => freshName(`w_${output}_${from + i}`, params, taken));
}

/** `experiment` with these readouts and heads (one head is written as an object, several as a list), parameters synced. */
function withHeads(experiment: Experiment, readout: Readout[], heads: Head[]): Experiment {
  const head = heads.length === 1 ? heads[0] : heads;
  return syncParams(experiment, { ...experiment, model: { ...experiment.model, readout, head } });
}

/**
 * Replaces readout `index` (or, at `index === readout.length`, appends `next`; `next === null`
 * removes it): every head's weights for that readout's features are kept where the feature
 * is kept (the first ones of its block), new ones are added after them, extra ones dropped.
 */
export function replaceReadout(experiment: Experiment, index: number, next: Readout | null): Experiment {
  const { readout } = experiment.model;
  const offsets = featureOffsets(readout);
  const at = index < readout.length ? offsets[index] : featureCount(readout);
  const before = index < readout.length ? featuresOf(readout[index]) : 0;
  const after = next === null ? 0 : featuresOf(next);
  const readouts = [...readout.slice(0, index), ...(next === null ? [] : [next]), ...readout.slice(index + 1)];
  const taken = new Set<string>();
  const heads = headsOf(experiment.model).map((head, j): Head => {
    const kept = head.weights.slice(at, at + Math.min(before, after));
    const added = newWeights(j, at + kept.length, after - kept.length, experiment.params, taken);
    return { ...head, weights: [...head.weights.slice(0, at), ...kept, ...added, ...head.weights.slice(at + before)] };
  });
  return withHeads(experiment, readouts, heads);
}

/** Appends `readout`, with a new weight per feature in every head. */
export function addReadout(experiment: Experiment, readout: Readout): Experiment {
  return replaceReadout(experiment, experiment.model.readout.length, readout);
}

/** Removes readout `index` and every head's weights for its features. */
export function removeReadout(experiment: Experiment, index: number): Experiment {
  return replaceReadout(experiment, index, null);
}

/**
 * `m` outputs: the first heads are kept as they are; each new head has a new weight per
 * feature and a new bias (`w_<j>_<i>`, `c_<j>`); heads past `m` are dropped with their
 * parameters. The data's targets are not touched: `fitTargets` says what fits.
 */
export function setOutputCount(experiment: Experiment, m: number): Experiment {
  const heads = headsOf(experiment.model);
  const features = featureCount(experiment.model.readout);
  const taken = new Set<string>();
  const next = Array.from({ length: m }, (_, j): Head => heads[j] ?? {
    weights: newWeights(j, 0, features, experiment.params, taken),
    bias: freshName(`c_${j}`, experiment.params, taken),
  });
  return withHeads(experiment, experiment.model.readout, next);
}

/** Removes output `j`'s head (when the Data panel drops that output's target) with its parameters. */
export function removeOutput(experiment: Experiment, j: number): Experiment {
  const heads = headsOf(experiment.model).filter((_, k) => k !== j);
  return withHeads(experiment, experiment.model.readout, heads);
}
