/**
 * The classroom flags of the link the page was opened with (docs/teaching.md §3):
 * `hide=` panels, `lock=cell` and `lesson=`. They live outside the experiment, so loading a
 * preset or a file keeps them and every link the page writes carries them again. This slice
 * only holds them; the page reads them to hide panels and lock the cell editor, and the
 * lesson walkthrough reads `lesson`.
 */
import type { ClassroomFlags, PanelName } from '../share/flags';
import type { LabSlice, LabState } from './types';

/** The flags of the current link, and how the URL sync replaces them. */
export interface ClassroomSlice {
  /** The current flags; `{}` when the link had none. */
  classroomFlags: ClassroomFlags;
  /**
   * Replaces the flags (the URL sync calls it when a link is opened, or Back or Forward),
   * with what the link's flags had that was ignored (`warnings`, in words), if anything.
   */
  setClassroomFlags(flags: ClassroomFlags, warnings?: readonly string[]): void;
  /** What the opened link's classroom flags had that the lab ignored; shown until dismissed. */
  linkWarnings: readonly string[];
  dismissLinkWarnings(): void;
}

const NO_PANELS: readonly PanelName[] = [];

/** Two flag sets hold the same panels, locks and lesson. */
export function sameFlags(a: ClassroomFlags, b: ClassroomFlags): boolean {
  const list = (v: readonly string[] | undefined) => (v ?? []).join(',');
  return list(a.hide) === list(b.hide) && list(a.lock) === list(b.lock) && a.lesson === b.lesson;
}

/** Creates the classroom slice. */
export const createClassroomSlice: LabSlice<ClassroomSlice> = (set, get) => ({
  classroomFlags: {},
  linkWarnings: [],
  setClassroomFlags(flags, warnings = []) {
    if (!sameFlags(flags, get().classroomFlags)) set({ classroomFlags: flags });
    // A mistyped lock would otherwise hand out an editable cell unnoticed (docs/sharing.md §1).
    if (warnings.length > 0 || get().linkWarnings.length > 0) set({ linkWarnings: [...warnings] });
  },
  dismissLinkWarnings() {
    set({ linkWarnings: [] });
  },
});

/** The panels the link hides (a stable empty list when none). */
export const selectHiddenPanels = (s: LabState): readonly PanelName[] => s.classroomFlags.hide ?? NO_PANELS;

/** Whether the link locks the cell against editing (`lock=cell`). */
export const selectCellLocked = (s: LabState): boolean => s.classroomFlags.lock?.includes('cell') ?? false;

