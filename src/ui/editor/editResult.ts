/**
 * The outcome of an edit (`edits.ts`, `registerEdits.ts`): the would-be experiment with the
 * gate to select and an optional note for the user, or a refusal in words.
 */
import type { Experiment, GateSpec } from '../../model/types';
import { syncParams } from './params';

/** An edit's outcome: the would-be experiment and the gate to select, or a refusal. */
export type EditResult =
  | { ok: true; experiment: Experiment; focus: number | null; note?: string }
  | { ok: false; message: string };

/** A refusal with `message`. */
export function refuse(message: string): EditResult {
  return { ok: false, message };
}

/** `experiment` with its cell replaced and its parameters brought in step (`params.ts`). */
export function withCell(experiment: Experiment, cell: GateSpec[]): Experiment {
  return syncParams(experiment, { ...experiment, model: { ...experiment.model, cell } });
}
