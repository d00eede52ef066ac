/**
 * What a paused run keeps when its settings change (`updateSettings`): the experiment a new
 * trainer is built from, out of the edited file, the file the run was last built from, and
 * the trained parameters. Pure; the run itself keeps the epochs done, the history and the
 * cost, and the new trainer plans only the epochs that remain.
 */
import type { AnyExperiment } from '../model/types';

/**
 * The parameters a rebuilt run continues from. For every parameter of the edited file: its
 * trained value, unless the edit changed that parameter's value (then the edited value: the
 * user set it on purpose), the parameter is new, or its trained value is no longer finite.
 * Parameters the edit removed are dropped.
 */
export function carriedParams(
  edited: Readonly<Record<string, number>>,
  base: Readonly<Record<string, number>>,
  trained: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(edited)) {
    const keep = name in base && value === base[name] && Number.isFinite(trained[name]);
    out[name] = keep ? trained[name] : value;
  }
  return out;
}

/**
 * The experiment a rebuilt trainer runs: the edited file with the carried parameters and
 * `training.epochs` set to what remains of `planned` after `done` epochs (never negative).
 */
export function continuedExperiment<E extends AnyExperiment>(
  edited: E,
  base: Readonly<Record<string, number>>,
  trained: Readonly<Record<string, number>>,
  done: number,
  planned: number,
): E {
  return {
    ...edited,
    params: carriedParams(edited.params, base, trained),
    training: { ...edited.training, epochs: Math.max(planned - done, 0) },
  };
}
