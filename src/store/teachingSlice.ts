/**
 * The teaching slice: the Explain panel (which occurrence, the worker's walkthrough of it,
 * whether the common mistake is shown) and the method comparison (open or not, its settings,
 * progress, result, cancellation). The numerics run in the worker through `teachingApi`,
 * attached by the composition root; this slice files the replies. Each request has a number
 * and only the newest may write its reply, so a cancelled or superseded one never lands.
 * Both ask with the analysis' sequence and, while there is a training run, its latest
 * parameters, so the numbers match the timeline's.
 */
import type { CompareProgressCallback, CompareReply, CompareSuccess, ExplainReply, ExplainSuccess, LabApi } from '../worker/protocol';
import { selectChosenParam } from './analysisSelectors';
import type { LabSlice, LabState } from './types';
import type { OccurrenceRef } from './viewSlice';
import { selectQrnn } from './selectors';

/** The part of the worker the teaching views call, plus a hard stop of the comparison. */
export interface TeachingApi {
  explain: LabApi['explain'];
  compare(experimentJson: string, options: Parameters<LabApi['compare']>[1], onProgress: CompareProgressCallback): Promise<CompareReply>;
  /** Ends the comparison in flight at once (the page terminates the worker it runs in). */
  cancelCompare(): void;
}

export type ExplainStatus = 'idle' | 'running' | 'done' | 'error';
export type CompareStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** What the comparison form edits. */
export interface CompareSettings {
  /** Shots per expectation, one set of configurations per count. */
  shots: number[];
  /** Finite-difference steps `h`. */
  steps: number[];
  /** Estimates per configuration. */
  repeats: number;
}

/** The form's starting values (docs/user-guide.md §12, the method comparison). */
export const COMPARE_DEFAULTS: CompareSettings = { shots: [100, 1000, 10000], steps: [0.5, 0.1, 0.02], repeats: 24 };

export interface TeachingSlice {
  /** The occurrence the Explain panel walks through; `null` while it is closed. */
  explainTarget: OccurrenceRef | null;
  explainStatus: ExplainStatus;
  explanation: ExplainSuccess | null;
  explainError: string | null;
  /** Whether the panel shows the gradient of the common mistake next to the right one. */
  showMistake: boolean;
  compareOpen: boolean;
  compareSettings: CompareSettings;
  compareStatus: CompareStatus;
  compareProgress: { done: number; total: number } | null;
  comparison: CompareSuccess | null;
  compareError: string | null;
  teachingApi: TeachingApi | null;
  attachTeachingApi(api: TeachingApi): void;
  /** Opens the panel on `at` and asks the worker for its walkthrough (with the mistake). */
  openExplain(at: OccurrenceRef): Promise<void>;
  closeExplain(): void;
  setShowMistake(on: boolean): void;
  openCompare(): void;
  closeCompare(): void;
  setCompareSettings(settings: CompareSettings): void;
  /** Runs the comparison of the chosen parameter with the current settings. */
  runCompare(): Promise<void>;
  /** Stops a running comparison; its result, if any arrives, is dropped. */
  cancelCompare(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const refusal = (what: string, reply: { errors: { path: string; message: string }[] }) =>
  `${what} was refused: ${reply.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}.`;

/** The sequence and parameters the analysis uses (a run's latest parameters while there is one). */
const context = (s: LabState) => ({
  sequence: s.analysisSequence,
  params: s.trainingStatus !== 'idle' && s.trainingReport ? s.trainingReport.params : undefined,
});

/**
 * Which of the angle's parameters an explanation is about: the occurrence's own, else the
 * chosen parameter when it is the angle's bias (choosing a bias explains the bias,
 * docs/spec.md §5.1), else none: the worker takes the angle's `param`.
 */
export function explainedParam(s: LabState, at: OccurrenceRef): string | undefined {
  if (at.param !== undefined) return at.param;
  const angle = selectQrnn(s)?.model.cell[at.gate]?.angle;
  const chosen = selectChosenParam(s);
  return typeof angle === 'object' && chosen !== null && angle.bias === chosen ? chosen : undefined;
}

/** Creates the teaching slice. */
export const createTeachingSlice: LabSlice<TeachingSlice> = (set, get) => {
  let explainRequest = 0;
  let compareRequest = 0;

  return {
    explainTarget: null,
    explainStatus: 'idle',
    explanation: null,
    explainError: null,
    showMistake: false,
    compareOpen: false,
    compareSettings: COMPARE_DEFAULTS,
    compareStatus: 'idle',
    compareProgress: null,
    comparison: null,
    compareError: null,
    teachingApi: null,
    attachTeachingApi(api) {
      set({ teachingApi: api });
    },
    async openExplain(at) {
      const mine = ++explainRequest;
      const state = get();
      const param = explainedParam(state, at);
      const target: OccurrenceRef = param === undefined ? { gate: at.gate, step: at.step } : { gate: at.gate, step: at.step, param };
      set({ explainTarget: target, explainStatus: 'running', explanation: null, explainError: null, showMistake: false });
      const { teachingApi: api, experimentText: text } = state;
      if (!api || text === null) {
        set({ explainStatus: 'error', explainError: text === null ? 'Open an experiment first.' : 'The computation worker is not connected.' });
        return;
      }
      try {
        const reply: ExplainReply = await api.explain(text, { ...target, ...context(state), withMistake: true });
        if (mine !== explainRequest) return;
        if (reply.ok) set({ explainStatus: 'done', explanation: reply });
        else set({ explainStatus: 'error', explainError: refusal('The explanation', reply) });
      } catch (error) {
        if (mine === explainRequest) set({ explainStatus: 'error', explainError: messageOf(error) });
      }
    },
    closeExplain() {
      explainRequest++;
      set({ explainTarget: null, explainStatus: 'idle', explanation: null, explainError: null, showMistake: false });
    },
    setShowMistake(on) {
      set({ showMistake: on });
    },
    openCompare() {
      const param = selectChosenParam(get());
      const stale = get().comparison !== null && get().comparison?.param !== param;
      set({ compareOpen: true, ...(stale && get().compareStatus !== 'running' ? { comparison: null, compareStatus: 'idle', compareProgress: null } : {}) });
    },
    closeCompare() {
      set({ compareOpen: false });
    },
    setCompareSettings(settings) {
      set({ compareSettings: settings });
    },
    async runCompare() {
      const state = get();
      const { teachingApi: api, experimentText: text } = state;
      const param = selectChosenParam(state);
      if (!api || text === null || param === null) {
        set({ compareStatus: 'error', compareError: api ? 'Open an experiment with a parameter first.' : 'The computation worker is not connected.' });
        return;
      }
      const mine = ++compareRequest;
      set({ compareStatus: 'running', compareProgress: { done: 0, total: 0 }, comparison: null, compareError: null });
      // Each finished configuration is drawn at once and kept if the comparison is cancelled.
      const onProgress: CompareProgressCallback = (done, total, point, exact) => {
        // A report can cross the final reply on its way from the worker: only a running comparison takes it.
        if (mine !== compareRequest || get().compareStatus !== 'running') return;
        const previous = get().comparison;
        const comparison = point && exact !== undefined
          ? { ok: true as const, param, exact, repeats: state.compareSettings.repeats, points: [...(previous?.points ?? []), point], computedIn: 'worker' as const }
          : previous;
        set({ compareProgress: { done, total }, comparison });
      };
      try {
        const reply = await api.compare(text, { param, ...state.compareSettings, ...context(state) }, onProgress);
        if (mine !== compareRequest) return;
        if (reply.ok) set({ compareStatus: 'done', comparison: reply });
        else set({ compareStatus: 'error', compareError: refusal('The comparison', reply) });
      } catch (error) {
        if (mine === compareRequest) set({ compareStatus: 'error', compareError: messageOf(error) });
      }
    },
    cancelCompare() {
      if (get().compareStatus !== 'running') return;
      compareRequest++;
      get().teachingApi?.cancelCompare();
      set({ compareStatus: 'cancelled' });
    },
  };
};
