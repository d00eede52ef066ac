/**
 * One edit of the experiment's study from the Studies view's forms: committed through the
 * store's parser (undoable, in the file and the link), or refused with the reason in words,
 * naming the field, while the study stays as it was.
 */
import type { Study } from '../../model/types';
import { labStore } from '../../store';

/** Commits `study` (or removes it, `null`); returns the refusal in words, or `null`. */
export function commitStudy(study: Study | null): string | null {
  const result = labStore.getState().commitStudy(study);
  return result.ok ? null : result.message;
}
