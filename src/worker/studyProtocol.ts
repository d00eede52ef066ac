/**
 * The study half of the worker protocol (docs/spec.md §8): what the page learns of a study
 * before it runs (`planStudy`, on the lab's data lane) and what a run gives (the pool,
 * `studyPool.ts`). The run and summary types are the command line's own (`src/study`), so the
 * page's numbers are `qrnn study --json`'s. Types only.
 */
import type { FieldError } from '../model/types';
import type { PlannedJob } from '../study/plan';
import type { StudyEpoch, StudyRunResult } from '../study/runJob';
import type { MeanStd, StudySummaryRow } from '../study/summary';

export type { MeanStd, PlannedJob, StudyEpoch, StudyRunResult, StudySummaryRow };

/** Every run of the study in job order (variants over seeds, then baselines over seeds), or why the file is refused. */
export type StudyPlanReply = { ok: true; jobs: PlannedJob[] } | { ok: false; errors: FieldError[] };

/** A finished (or partly cancelled) study: every run's result and the summary `qrnn study` prints. */
export interface StudyOutcome {
  runs: StudyRunResult[];
  summary: StudySummaryRow[];
}
