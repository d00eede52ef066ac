/**
 * The study slice (docs/spec.md §8, issue 15): the Studies view (open or not), the plan of
 * the current experiment's study (its runs with their parameter counts, from the worker),
 * the runs in flight and their epochs, the finished study's summary, and the chart's view
 * settings. The runs go to the page's worker pool through `studyApi`, attached by the
 * composition root; each run reports every epoch, and the slice files them at most every
 * {@link STUDY_FLUSH_MS}, replacing only the runs that changed, so a study of 120 runs
 * never re-renders the page per epoch. Each run request has a number and only the newest may
 * write, so a cancelled run's last messages never land.
 *
 * The study itself lives in the experiment (its `study` block): `commitStudy` edits it like
 * any other edit, so it is in the undo history, the autosave, the file and the share link.
 * Results are not: they belong to the text they were computed from (`studyResultText`), and
 * a link or file reproduces them by running the study again.
 */
import type { Study } from '../model/types';
import type { PlannedJob, StudyEpoch, StudyOutcome, StudyPlanReply, StudyRunResult } from '../worker/protocol';
import type { CommitResult, LabSlice } from './types';

/** What the chart's x axis counts: the study block's `axis` (an extra field) chooses the first. */
export type StudyAxis = 'epochs' | 'executions' | 'shots' | 'seconds';
export const STUDY_AXES: readonly StudyAxis[] = ['epochs', 'executions', 'shots', 'seconds'];

export type StudySplit = 'train' | 'test';
export type StudyStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** Where one run is: waiting for a worker, running, or ended (as `qrnn study` says, or cancelled). */
export type StudyRunState = 'waiting' | 'running' | StudyRunResult['status'] | 'cancelled';

/** One run as the progress rows and the chart see it. */
export interface StudyRunView extends PlannedJob {
  job: number;
  state: StudyRunState;
  /** 2 while a run is retried after its worker crashed. */
  attempt: number;
  history: readonly StudyEpoch[];
  message: string | null;
}

/** The page's way to the pool (`src/worker/studyPool.ts`) and to the plan (`planStudy`). */
export interface StudyApi {
  plan(experimentJson: string): Promise<StudyPlanReply>;
  run(experimentJson: string, jobs: readonly PlannedJob[], listener: {
    started(job: number, attempt: number): void;
    epoch(job: number, epoch: StudyEpoch): void;
    done(job: number, result: StudyRunResult): void;
  }): {
    outcome: Promise<StudyOutcome>;
    /** Stops every run; gives the runs that had ended and their summary, or `null` when none had. */
    cancel(): StudyOutcome | null;
  };
}

/** Least time between two filings of run progress, in ms. */
export const STUDY_FLUSH_MS = 150;

export interface StudySlice {
  studyOpen: boolean;
  /** The runs of the current experiment's study, for the text in `studyPlanText`; `null` before the worker answered. */
  studyPlan: readonly PlannedJob[] | null;
  studyPlanText: string | null;
  /** Why the plan was refused; `null` otherwise. */
  studyPlanError: string | null;
  studyStatus: StudyStatus;
  /** The runs of the latest run request, in job order; empty before the first. */
  studyRuns: readonly StudyRunView[];
  /** The finished runs and their summary (over the runs that finished, after a cancel). */
  studyOutcome: StudyOutcome | null;
  /** The experiment text the runs were computed from. */
  studyResultText: string | null;
  studyError: string | null;
  studyAxis: StudyAxis;
  studySplit: StudySplit;
  studyLogScale: boolean;
  /** The chart's moving-average weight, 0 (none) to 0.95. */
  studySmoothing: number;
  /** The group (`kind:variant`) the reader points at in the chart or the table; `null` for none. */
  studyHighlight: string | null;
  /** The loss the table's "executions to reach" column asks about; `null` for none. */
  studyLevel: number | null;
  studyApi: StudyApi | null;
  attachStudyApi(api: StudyApi): void;
  openStudy(): void;
  closeStudy(): void;
  /** Files the worker's plan of `text` (the connector asks for it). */
  studyPlanned(text: string, reply: StudyPlanReply): void;
  /** A new document: no runs, its study's axis, and the view opened when it has a study. */
  studyDocumentLoaded(study: Study | undefined): void;
  /** Runs every run of the current study on the pool. */
  runStudy(): Promise<void>;
  /** Stops every run at once; finished runs are kept. */
  cancelStudy(): void;
  setStudyAxis(axis: StudyAxis): void;
  setStudySplit(split: StudySplit): void;
  setStudyLogScale(on: boolean): void;
  setStudySmoothing(weight: number): void;
  setStudyHighlight(group: string | null): void;
  setStudyLevel(level: number | null): void;
  /** Makes `study` the experiment's study (`null` removes it), as an edit; a refusal names the field. */
  commitStudy(study: Study | null): CommitResult;
}

/** The study's initial axis: its `axis` field when that names an axis, else epochs. */
export function initialAxis(study: Study | undefined): StudyAxis {
  const axis = study?.axis;
  return STUDY_AXES.includes(axis as StudyAxis) ? (axis as StudyAxis) : 'epochs';
}

const refusal = (reply: { errors: { path: string; message: string }[] }) =>
  reply.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isCancelled = (error: unknown) => error instanceof Error && error.name === 'CancelledError';

/** Creates the study slice. */
export const createStudySlice: LabSlice<StudySlice> = (set, get) => {
  let request = 0;
  let cancelRun: (() => StudyOutcome | null) | null = null;
  /** Files the running study's pending progress at once (before a cancel reads it). */
  let flushRun: (() => void) | null = null;

  return {
    studyOpen: false,
    studyPlan: null,
    studyPlanText: null,
    studyPlanError: null,
    studyStatus: 'idle',
    studyRuns: [],
    studyOutcome: null,
    studyResultText: null,
    studyError: null,
    studyAxis: 'epochs',
    studySplit: 'train',
    studyLogScale: true,
    studySmoothing: 0,
    studyHighlight: null,
    studyLevel: null,
    studyApi: null,
    attachStudyApi(api) {
      set({ studyApi: api });
    },
    openStudy() {
      set({ studyOpen: true });
    },
    closeStudy() {
      set({ studyOpen: false });
    },
    studyPlanned(text, reply) {
      if (reply.ok) set({ studyPlan: reply.jobs, studyPlanText: text, studyPlanError: null });
      else set({ studyPlan: null, studyPlanText: text, studyPlanError: refusal(reply) });
    },
    studyDocumentLoaded(study) {
      if (get().studyStatus === 'running') get().cancelStudy();
      request++;
      set({
        studyRuns: [], studyOutcome: null, studyResultText: null, studyError: null, studyStatus: 'idle',
        studyPlan: null, studyPlanText: null, studyPlanError: null,
        studyAxis: initialAxis(study), studyLevel: null,
        ...(study ? { studyOpen: true } : {}),
      });
    },
    async runStudy() {
      const { studyApi: api, experimentText: text, experiment } = get();
      if (!api || text === null || !experiment?.study) {
        set({ studyStatus: 'error', studyError: api ? 'The experiment has no study to run: add a variant first.' : 'The computation workers are not connected.' });
        return;
      }
      if (get().studyStatus === 'running') get().cancelStudy();
      const mine = ++request;
      set({ studyStatus: 'running', studyError: null, studyOutcome: null, studyResultText: text, studyRuns: [] });
      let plan = get().studyPlanText === text ? get().studyPlan : null;
      if (!plan) {
        const reply = await api.plan(text).catch((error: unknown) => ({ ok: false as const, errors: [{ path: '', message: messageOf(error) }] }));
        if (mine !== request) return;
        get().studyPlanned(text, reply);
        if (!reply.ok) {
          set({ studyStatus: 'error', studyError: `The study cannot run: ${refusal(reply)}.` });
          return;
        }
        plan = reply.jobs;
      }
      const runs: StudyRunView[] = plan.map((p, job) => ({ ...p, job, state: 'waiting', attempt: 0, history: [], message: null }));
      const dirty = new Set<number>();
      let timer: ReturnType<typeof setTimeout> | null = null;
      /** Files the changed runs as new objects; the others keep their identity. */
      const flush = () => {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        if (mine !== request || dirty.size === 0) return;
        const next = get().studyRuns.slice();
        for (const job of dirty) next[job] = { ...runs[job], history: runs[job].history.slice() };
        dirty.clear();
        set({ studyRuns: next });
      };
      const touch = (job: number) => {
        dirty.add(job);
        timer ??= setTimeout(flush, STUDY_FLUSH_MS);
      };
      set({ studyRuns: runs.map((r) => ({ ...r })) });
      const history = runs.map(() => [] as StudyEpoch[]);
      const started = api.run(text, plan, {
        started(job, attempt) {
          history[job] = [];
          runs[job] = { ...runs[job], state: 'running', attempt, history: history[job] };
          touch(job);
        },
        epoch(job, epoch) {
          history[job].push(epoch);
          touch(job);
        },
        done(job, result) {
          runs[job] = { ...runs[job], state: result.status, history: result.history, message: result.message ?? null };
          touch(job);
        },
      });
      cancelRun = started.cancel;
      flushRun = flush;
      try {
        const outcome = await started.outcome;
        if (mine !== request) return;
        flush();
        set({ studyStatus: 'done', studyOutcome: outcome });
      } catch (error) {
        if (mine !== request) return;
        flush();
        if (isCancelled(error)) return;
        set({ studyStatus: 'error', studyError: messageOf(error) });
      } finally {
        if (mine === request) {
          cancelRun = null;
          flushRun = null;
        }
        if (timer !== null) clearTimeout(timer);
      }
    },
    cancelStudy() {
      if (get().studyStatus !== 'running') return;
      flushRun?.();
      // The runs that ended keep their results, and the summary is over them (the pool's); the others are cancelled.
      const ended = cancelRun?.() ?? null;
      cancelRun = null;
      flushRun = null;
      const runs = get().studyRuns.map((r) => (r.state === 'waiting' || r.state === 'running' ? { ...r, state: 'cancelled' as const } : r));
      request++;
      set({ studyStatus: 'cancelled', studyRuns: runs, studyOutcome: ended });
    },
    setStudyAxis(axis) {
      set({ studyAxis: axis });
    },
    setStudySplit(split) {
      set({ studySplit: split });
    },
    setStudyLogScale(on) {
      set({ studyLogScale: on });
    },
    setStudySmoothing(weight) {
      set({ studySmoothing: Math.min(0.95, Math.max(0, weight)) });
    },
    setStudyHighlight(group) {
      set({ studyHighlight: group });
    },
    setStudyLevel(level) {
      set({ studyLevel: level });
    },
    commitStudy(study) {
      const experiment = get().experiment;
      if (!experiment) return { ok: false, errors: [], message: 'No experiment is open yet.' };
      const candidate = { ...experiment };
      if (study) candidate.study = study;
      else delete candidate.study;
      return get().commitExperiment(candidate);
    },
  };
};
