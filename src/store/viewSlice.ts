/**
 * The view slice: what the user is looking at, shared by the timeline, the gradient plots
 * and the hidden-register view. The chosen parameter (whose occurrences light up), the
 * occurrence under the pointer or keyboard focus (read out in words), the chosen step (the
 * Bloch view's slider) and the zoom of the timeline. Pure selection state: no numerics.
 */
import type { LabSlice } from './types';

/**
 * One occurrence of a parameter: a gate of the cell (index into `model.cell`) at a step, and,
 * for an angle that holds a parameter and a bias (docs/spec.md §5.1, two occurrences at one
 * gate and step), which of them; absent, the one the views have chosen, else the angle's `param`.
 */
export interface OccurrenceRef {
  gate: number;
  step: number;
  param?: string;
}

/** The smallest and largest timeline zoom, and the factor of one zoom step. */
export const ZOOM_LIMITS = { min: 0.5, max: 3, step: 1.25 } as const;

export interface ViewSlice {
  /** The parameter chosen in the picker; `null` means "the first circuit parameter". */
  chosenParam: string | null;
  /** The occurrence hovered or focused in the timeline or a plot; `null` when none. */
  focusedOccurrence: OccurrenceRef | null;
  /** The step the hidden-register view shows (0-based; clamped by the views to the steps there are). */
  chosenStep: number;
  /** Timeline zoom, 1 = one column group per step at its natural width. */
  timelineZoom: number;
  chooseParam(name: string | null): void;
  focusOccurrence(occurrence: OccurrenceRef | null): void;
  chooseStep(step: number): void;
  /** Multiplies the zoom by `factor`, kept within {@link ZOOM_LIMITS}. */
  zoomTimeline(factor: number): void;
}

const clampZoom = (z: number) => Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, z));

/** Creates the view slice. */
export const createViewSlice: LabSlice<ViewSlice> = (set, get) => ({
  chosenParam: null,
  focusedOccurrence: null,
  chosenStep: 0,
  timelineZoom: 1,
  chooseParam(name) {
    if (name !== get().chosenParam) set({ chosenParam: name, focusedOccurrence: null });
  },
  focusOccurrence(occurrence) {
    const current = get().focusedOccurrence;
    if (current === occurrence) return;
    if (current && occurrence && current.gate === occurrence.gate && current.step === occurrence.step && current.param === occurrence.param) return;
    set({ focusedOccurrence: occurrence });
  },
  chooseStep(step) {
    const next = Math.max(0, Math.trunc(step));
    if (next !== get().chosenStep) set({ chosenStep: next });
  },
  zoomTimeline(factor) {
    const next = clampZoom(get().timelineZoom * factor);
    if (next !== get().timelineZoom) set({ timelineZoom: next });
  },
});
