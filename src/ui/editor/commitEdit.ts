/**
 * Where an edit meets the stores: an accepted edit is committed to the lab store (which
 * checks it with the parser and records it in the history) and its gate becomes the
 * selection; a refusal, the edit's own or the parser's, changes nothing and is said in words
 * where the user acted.
 */
import type { Experiment } from '../../model/types';
import { labStore } from '../../store';
import type { EditResult } from './edits';
import { editorStore, type NoticePlace } from './editorStore';
import { selectQrnn } from '../../store/selectors';

/** A refused edit: the message, and the field the parser named (`''` when none). */
export interface Refusal {
  message: string;
  path: string;
}

/** Commits `result`; returns `null` when accepted, or the refusal. */
export function commitEdit(result: EditResult): Refusal | null {
  if (!result.ok) return { message: result.message, path: '' };
  const committed = labStore.getState().commitExperiment(result.experiment);
  if (!committed.ok) return { message: committed.message, path: committed.errors[0]?.path ?? '' };
  editorStore.getState().select(result.focus);
  return null;
}

/** Commits `result` and says its refusal or note at `place`; returns whether it was accepted. */
export function applyEdit(result: EditResult, place: NoticePlace): boolean {
  const refusal = commitEdit(result);
  const note = result.ok ? result.note : undefined;
  const { say } = editorStore.getState();
  if (refusal) say({ place, text: refusal.message, tone: 'refusal' });
  else say(note ? { place, text: note, tone: 'note' } : null);
  return refusal === null;
}

/** Runs `edit` on the current experiment and commits it; a no-op before the first load. */
export function applyToCurrent(edit: (experiment: Experiment) => EditResult, place: NoticePlace): boolean {
  const experiment = selectQrnn(labStore.getState());
  return experiment ? applyEdit(edit(experiment), place) : false;
}
