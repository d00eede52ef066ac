/**
 * Runs one job of a study to its end: a QRNN run through the trainer of `src/training`, or a
 * classical baseline through `src/baselines`, epoch by epoch, reporting each epoch as it goes.
 * The history is what `qrnn train` prints, plus `seconds`, the wall-clock time since the run
 * started (from the clock the caller passes, so the core stays free of timers).
 */
import type { HistoryEntry } from '../training/trainer';
import { createTrainer } from '../training/trainer';
import { trainBaseline } from './baselineJob';
import type { AnyExperiment } from '../model/types';
import { isVariantJob, variantParameterCount, refusal, type StudyJob } from './runs';

/** One epoch of a run's history (docs/spec.md §8). */
export interface StudyEpoch extends HistoryEntry {
  /** Seconds since the run started; the one field that differs between machines and worker counts. */
  seconds: number;
}

/** A finished run, as `qrnn study` prints it. */
export interface StudyRunResult {
  variant: string;
  kind: StudyJob['kind'];
  seed: number;
  parameters: number;
  history: StudyEpoch[];
  /**
   * How the run ended: all its epochs, stopped early (diverged, stalled), or failed (its worker
   * crashed twice), with the reason.
   */
  status: 'finished' | 'diverged' | 'stalled' | 'failed';
  message?: string;
}

/** The steps of a run as the job loop drives them: a QRNN trainer or a baseline trainer. */
export interface RunSteps {
  parameters: number;
  epochs: number;
  step(): { entry: HistoryEntry; status: string; message?: string };
}

/** Called after every epoch with the run's history so far. */
export type EpochListener = (epoch: StudyEpoch, epochs: number) => void;

/** Runs `job` to its end. Throws only on a bug: every job comes from a checked file. */
export function runStudyJob(job: StudyJob, now: () => number, onEpoch?: EpochListener): StudyRunResult {
  const started = now();
  const steps = isVariantJob(job) ? variantSteps(job.experiment) : trainBaseline(job.experiment, job.baseline, job.seed);
  const history: StudyEpoch[] = [];
  let status: StudyRunResult['status'] = 'finished';
  let message: string | undefined;
  for (let e = 0; e < steps.epochs; e++) {
    const report = steps.step();
    const epoch: StudyEpoch = { ...plainEntry(report.entry), seconds: (now() - started) / 1000 };
    history.push(epoch);
    onEpoch?.(epoch, steps.epochs);
    if (report.status === 'diverged' || report.status === 'stalled') {
      status = report.status;
      message = report.message;
      break;
    }
  }
  const result: StudyRunResult = { variant: job.variant, kind: job.kind, seed: job.seed, parameters: steps.parameters, history, status };
  if (message !== undefined) result.message = message;
  return result;
}

/** Only the fields of a history entry, whatever else the report carries. */
function plainEntry(e: HistoryEntry): HistoryEntry {
  return { epoch: e.epoch, trainLoss: e.trainLoss, testLoss: e.testLoss, circuitExecutions: e.circuitExecutions, shots: e.shots };
}

function variantSteps(experiment: AnyExperiment): RunSteps {
  const created = createTrainer(experiment);
  if (!created.ok) throw new Error(refusal(created.errors));
  const { trainer } = created;
  return {
    parameters: variantParameterCount(experiment),
    epochs: experiment.training.epochs,
    step: () => {
      const report = trainer.step();
      return { entry: report, status: report.status, message: report.message };
    },
  };
}
