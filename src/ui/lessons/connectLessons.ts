/**
 * Keeps the open lesson in step with the classroom flags: a link's `&lesson=NAME` (on load,
 * or on Back and Forward) opens that lesson on its first step, over whatever experiment the
 * link carries; an unknown name is recorded for the panel to list the lessons there are; a
 * link without `lesson=` closes the lesson. Opening from the Lessons menu goes through
 * {@link startLesson}, which also loads the lesson's preset.
 */
import { loadPreset, PRESETS } from '../../store/presets';
import type { LabState, LabStore } from '../../store';
import { lessonByName } from './lessons';

/** Brings the lesson slice in line with the flags of `state`. */
function follow(store: LabStore, state: LabState): void {
  const wanted = state.classroomFlags.lesson ?? null;
  if (wanted === null) {
    if (state.lessonName !== null || state.lessonUnknown !== null) state.closeLesson();
    return;
  }
  if (wanted === state.lessonName || wanted === state.lessonUnknown) return;
  const lesson = lessonByName(wanted);
  if (lesson) state.openLesson(lesson.name, lesson.steps.length);
  else state.refuseLesson(wanted);
}

/** Starts following `store`'s flags (acting on the current ones at once); returns a function that stops. */
export function connectLessons(store: LabStore): () => void {
  follow(store, store.getState());
  return store.subscribe((state, previous) => {
    if (state.classroomFlags !== previous.classroomFlags) follow(store, state);
  });
}

/** Opens lesson `name` from the menu: the lesson on its first step, and its preset loaded. */
export async function startLesson(store: LabStore, name: string): Promise<void> {
  const lesson = lessonByName(name);
  if (!lesson) {
    store.getState().refuseLesson(name);
    return;
  }
  store.getState().openLesson(lesson.name, lesson.steps.length);
  const preset = PRESETS.find((p) => p.file === lesson.preset);
  if (preset) await loadPreset(store, preset);
}
