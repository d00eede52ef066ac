/**
 * The lesson slice: which guided lesson is open (docs/teaching.md §3: `&lesson=NAME`),
 * on which step, the student's prediction and whether each step's answer was revealed, and
 * the parameter-shift walkthrough of one occurrence that a step can ask the worker for (its
 * "probe": the same `explain` the Explain panel uses, kept here so closing that panel does
 * not take the lesson's numbers with it). The lessons themselves (their text, prompts and
 * actions) live in `src/ui/lessons`; this slice holds only state. Opening a lesson writes its
 * name into the classroom flags in the same update, so the link the page writes reopens it
 * and a follower of the flags never sees one without the other; closing removes it.
 */
import { qlstmParamNames } from '../model/types';
import type { ExplainSuccess, QlstmBiasSuccess, QlstmExplainSuccess } from '../worker/protocol';
import { sameFlags } from './classroomSlice';
import { selectQlstm } from './selectors';
import { qlstmTargetOf, type BiasSettings } from './teachingSlice';
import type { LabSlice, LabState } from './types';
import type { OccurrenceRef } from './viewSlice';

/** The worker's parameter-shift walkthrough of one occurrence, as a lesson asked for it. */
export interface LessonProbe {
  at: OccurrenceRef;
  status: 'running' | 'done' | 'error';
  /** A QRNN occurrence's walkthrough. */
  result: ExplainSuccess | null;
  /** A QLSTM occurrence's (docs/spec.md §7; `at.gate` is its parameter's slot), and its bias when asked for. */
  qlstm?: QlstmExplainSuccess;
  bias?: QlstmBiasSuccess;
  error: string | null;
}

export interface LessonSlice {
  /** The open lesson's name; `null` when none is open. */
  lessonName: string | null;
  /** The step shown, 0-based, within `[0, lessonStepCount)`. */
  lessonStep: number;
  lessonStepCount: number;
  /** A lesson name that was asked for and does not exist (a link's typo); `null` otherwise. */
  lessonUnknown: string | null;
  /** The student's prediction per step index (a choice's value, or the typed number as text). */
  lessonPredictions: Readonly<Record<number, string>>;
  /** The step indices whose answer has been revealed. */
  lessonRevealed: readonly number[];
  lessonProbe: LessonProbe | null;
  /** Opens lesson `name` of `stepCount` steps on its first step, and names it in the classroom flags. */
  openLesson(name: string, stepCount: number): void;
  /** Records that lesson `name` does not exist (the panel lists the lessons there are). */
  refuseLesson(name: string): void;
  /** Closes the lesson (or the unknown-lesson message) and drops `lesson=` from the flags. */
  closeLesson(): void;
  /** Shows step `step`, clamped to the lesson's steps. */
  goToLessonStep(step: number): void;
  /** Records the prediction for `step`; a changed prediction hides that step's answer again. */
  predict(step: number, value: string): void;
  /** Reveals the answer of `step` (the panel computes it from the lab). */
  reveal(step: number): void;
  /**
   * Asks the worker for the parameter-shift walkthrough of `at`, with the analysis' sequence
   * and parameters; for a QLSTM occurrence, also its bias under shots when `bias` is given.
   */
  probeOccurrence(at: OccurrenceRef, bias?: BiasSettings): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The flags with `lesson` set to `name` (or without it for `null`), as a change to set with the lesson's own. */
function flagsWithLesson(state: LabState, name: string | null): Partial<LabState> {
  const flags = { ...state.classroomFlags };
  if (name === null) delete flags.lesson;
  else flags.lesson = name;
  return sameFlags(flags, state.classroomFlags) ? {} : { classroomFlags: flags };
}

/** Creates the lesson slice. */
export const createLessonSlice: LabSlice<LessonSlice> = (set, get) => {
  let probeRequest = 0;
  const fresh = { lessonStep: 0, lessonPredictions: {}, lessonRevealed: [], lessonProbe: null };

  return {
    lessonName: null,
    lessonStep: 0,
    lessonStepCount: 0,
    lessonUnknown: null,
    lessonPredictions: {},
    lessonRevealed: [],
    lessonProbe: null,
    openLesson(name, stepCount) {
      probeRequest++;
      set({ ...fresh, lessonName: name, lessonStepCount: Math.max(1, Math.trunc(stepCount)), lessonUnknown: null, ...flagsWithLesson(get(), name) });
    },
    refuseLesson(name) {
      probeRequest++;
      set({ ...fresh, lessonName: null, lessonStepCount: 0, lessonUnknown: name });
    },
    closeLesson() {
      probeRequest++;
      set({ ...fresh, lessonName: null, lessonStepCount: 0, lessonUnknown: null, ...flagsWithLesson(get(), null) });
    },
    goToLessonStep(step) {
      const { lessonName, lessonStepCount, lessonStep } = get();
      if (lessonName === null) return;
      const next = Math.max(0, Math.min(lessonStepCount - 1, Math.trunc(step)));
      if (next !== lessonStep) set({ lessonStep: next });
    },
    predict(step, value) {
      const s = get();
      if (s.lessonPredictions[step] === value) return;
      set({ lessonPredictions: { ...s.lessonPredictions, [step]: value }, lessonRevealed: s.lessonRevealed.filter((i) => i !== step) });
    },
    reveal(step) {
      const s = get();
      if (s.lessonName === null || s.lessonPredictions[step] === undefined || s.lessonRevealed.includes(step)) return;
      set({ lessonRevealed: [...s.lessonRevealed, step] });
    },
    async probeOccurrence(at, bias) {
      const mine = ++probeRequest;
      const state = get();
      const { teachingApi: api, experimentText: text } = state;
      if (!api || text === null) {
        set({ lessonProbe: { at, status: 'error', result: null, error: text === null ? 'Open an experiment first.' : 'The computation worker is not connected.' } });
        return;
      }
      set({ lessonProbe: { at, status: 'running', result: null, error: null } });
      const asked = { sequence: state.analysisSequence, params: state.trainingStatus !== 'idle' && state.trainingReport ? state.trainingReport.params : undefined };
      const failed = (errors: { path: string; message: string }[]) => set({ lessonProbe: { at, status: 'error', result: null, error: errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ') } });
      const qlstm = selectQlstm(state);
      try {
        if (qlstm) {
          const target = qlstmTargetOf(qlstmParamNames(qlstm.model)[at.gate] ?? '', at.step);
          if (!target) return failed([{ path: '', message: 'that occurrence is not an angle of the QLSTM' }]);
          const reply = await api.explain(text, { kind: 'qlstm', ...target, ...asked, withMistake: true });
          if (mine !== probeRequest) return;
          if (!reply.ok) return failed(reply.errors);
          if (reply.kind !== 'qlstm') return;
          const measured = bias ? await api.explain(text, { kind: 'qlstm-bias', ...target, ...bias, ...asked }) : null;
          if (mine !== probeRequest) return;
          if (measured && !measured.ok) return failed(measured.errors);
          set({ lessonProbe: { at, status: 'done', result: null, qlstm: reply, bias: measured?.kind === 'qlstm-bias' ? measured : undefined, error: null } });
          return;
        }
        const reply = await api.explain(text, { ...at, ...asked, withMistake: true });
        if (mine !== probeRequest) return;
        if (!reply.ok) failed(reply.errors);
        // A QRNN occurrence was asked for: its walkthrough is the reply without a QLSTM `kind`.
        else if (reply.kind === undefined) set({ lessonProbe: { at, status: 'done', result: reply, error: null } });
      } catch (error) {
        if (mine === probeRequest) set({ lessonProbe: { at, status: 'error', result: null, error: messageOf(error) } });
      }
    },
  };
};

