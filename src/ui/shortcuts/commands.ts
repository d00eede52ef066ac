/**
 * What the page-wide shortcuts do, and where they are heard. None acts while a modal dialog
 * is open (its own keys apply). Ctrl+S saves even from a text field, as editors do; `?`, `.`
 * and the lesson's `[` and `]` wait while focus is in a text field (where they are typed) or
 * in the cell editor; Space also leaves every control alone (a button, a radio, a timeline
 * occurrence uses it), so it plays or pauses only from the page itself.
 */
import type { LabStore } from '../../store';
import { isTextField } from '../editor/HistoryButtons';
import { saveExperimentFile } from '../files/openFiles';
import type { GlobalCommand } from './registry';

/** Elements that handle Space themselves. */
const CONTROLS = 'button, a[href], input, select, textarea, summary, [contenteditable], [role="button"], [role="tab"], [role="menuitem"], [role="slider"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], [role="application"], [tabindex]:not([tabindex="-1"])';

/** Whether `command` may act with focus on `target`. */
export function heardAt(command: GlobalCommand, target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return false;
  if (command === 'save') return true;
  const element = target instanceof Element ? target : null;
  if (isTextField(target) || element?.closest('.cell-canvas')) return false;
  if (command === 'play-pause') return element === null || element === document.body || !element.closest(CONTROLS);
  return true;
}

/** Runs `command`; returns whether it did something (so the key's default is prevented only then). */
export function runCommand(store: LabStore, command: GlobalCommand, openOverlay: () => void): boolean {
  const s = store.getState();
  switch (command) {
    case 'shortcuts':
      openOverlay();
      return true;
    case 'save':
      return saveExperimentFile(store);
    case 'play-pause':
      if (s.trainingStatus === 'running') void s.pauseTraining();
      else if (s.experiment && ['idle', 'paused', 'error'].includes(s.trainingStatus)) void s.playTraining();
      else return false;
      return true;
    case 'step':
      if (!s.experiment || !['idle', 'paused', 'error'].includes(s.trainingStatus)) return false;
      void s.stepTraining();
      return true;
    case 'lesson-back':
    case 'lesson-next':
      if (s.lessonName === null) return false;
      s.goToLessonStep(s.lessonStep + (command === 'lesson-next' ? 1 : -1));
      return true;
  }
}
