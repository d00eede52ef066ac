/**
 * Closing the lesson panel from inside it (its close button, Finish): the panel unmounts
 * with the focus in it, so the focus goes back to the Lessons button in the top bar, the
 * control that opened the lesson, rather than to the page.
 */
import { labStore } from '../../store';

export function closeLessonToMenu(): void {
  labStore.getState().closeLesson();
  document.querySelector<HTMLElement>('[data-lessons-button]')?.focus();
}
