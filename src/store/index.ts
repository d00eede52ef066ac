/**
 * The lab's one store: a vanilla Zustand store composed from slices, so that the worker
 * client and other code outside React can read and update it, plus the `useLab` hook for
 * components. Middleware, when there is any, goes here at the root and nowhere else.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAnalysisSlice } from './analysisSlice';
import { createClassroomSlice } from './classroomSlice';
import { createExperimentSlice } from './experimentSlice';
import { createHistorySlice } from './historySlice';
import { createLessonSlice } from './lessonSlice';
import { createPersistenceSlice } from './persistenceSlice';
import { createSimulationSlice } from './simulationSlice';
import { createStudySlice } from './studySlice';
import { createTeachingSlice } from './teachingSlice';
import { createTrainingSlice } from './trainingSlice';
import type { LabState } from './types';
import { createViewSlice } from './viewSlice';

export type { CommitResult, ExperimentPreview, LabState, LoadError, PreviewFocus, Revision, SimulationStatus, TrainingApi, TrainingCounters, TrainingStatus } from './types';
export type { TrainingHistory } from './trainingHistory';
export type { AnalysisSlice, AnalysisStatus } from './analysisSlice';
export type { OccurrenceRef, ViewSlice } from './viewSlice';
export { ZOOM_LIMITS } from './viewSlice';
export type { ClassroomSlice } from './classroomSlice';
export type { AutosavedWork, KeyValueStorage, PersistenceSlice, RestoredRun, SavedExperiment } from './persistenceSlice';
export type { CompareSettings, CompareStatus, ExplainStatus, TeachingApi, TeachingSlice } from './teachingSlice';
export { COMPARE_DEFAULTS } from './teachingSlice';
export type { LessonProbe, LessonSlice } from './lessonSlice';
export type { StudyApi, StudyAxis, StudyRunState, StudyRunView, StudySlice, StudySplit, StudyStatus } from './studySlice';
export { STUDY_AXES } from './studySlice';

/** A lab store instance. */
export type LabStore = StoreApi<LabState>;

/** Creates a fresh, empty store (tests make one each; the app uses {@link labStore}). */
export function createLabStore(): LabStore {
  return createStore<LabState>()((...a) => ({
    ...createExperimentSlice(...a),
    ...createHistorySlice(...a),
    ...createSimulationSlice(...a),
    ...createTrainingSlice(...a),
    ...createAnalysisSlice(...a),
    ...createViewSlice(...a),
    ...createClassroomSlice(...a),
    ...createPersistenceSlice(...a),
    ...createTeachingSlice(...a),
    ...createLessonSlice(...a),
    ...createStudySlice(...a),
  }));
}

/** The page's store. */
export const labStore: LabStore = createLabStore();

/**
 * Subscribes a component to the narrowest value it needs from {@link labStore}; use a named
 * selector from `selectors.ts`, and `useShallow` for object picks.
 */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(labStore, selector);
}
