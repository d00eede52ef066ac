/**
 * What is known of a study's runs before any of them trains (docs/spec.md §8): each job's
 * variant, kind, seed, trained-parameter count and planned epochs, in the study's fixed job
 * order. The command line labels a failed run with it; the page lists the runs, with each
 * baseline's parameter count beside the QRNN's, while the study is being defined.
 */
import { baselineParameterCount } from '../baselines/parameterCount';
import { buildDataset } from '../data';
import { outputCount } from '../model/outputs';
import { isVariantJob, variantParameterCount, type StudyJob } from './runs';
import type { StudyRunResult } from './runJob';

/** A job as the pool and the page know it before it runs. */
export interface JobLabel {
  variant: string;
  kind: StudyRunResult['kind'];
  seed: number;
  parameters: number;
}

/** A job's label and the epochs it plans. */
export interface PlannedJob extends JobLabel {
  epochs: number;
}

/**
 * Input size of the windows of `data`, built once per data object: every baseline job of a
 * study shares the base experiment's, and a generated series (Kuramoto-Sivashinsky) is not
 * free to build.
 */
const inputSizes = new WeakMap<object, number>();
function inputSizeOf(data: StudyJob['experiment']['data']): number {
  let size = inputSizes.get(data);
  if (size === undefined) {
    const built = buildDataset(data);
    size = built.ok ? built.dataset.train[0]?.inputs[0]?.length ?? 1 : 1;
    inputSizes.set(data, size);
  }
  return size;
}

/** The label of one job: a baseline's count needs the data's input size, read from the built windows. */
export function jobLabel(job: StudyJob): JobLabel {
  if (isVariantJob(job)) return { variant: job.variant, kind: job.kind, seed: job.seed, parameters: variantParameterCount(job.experiment) };
  const parameters = baselineParameterCount(job.baseline, inputSizeOf(job.experiment.data), outputCount(job.experiment.model));
  return { variant: job.variant, kind: job.kind, seed: job.seed, parameters };
}

/** Every job's label and planned epochs, in job order. */
export function planJobs(jobs: readonly StudyJob[]): PlannedJob[] {
  return jobs.map((job) => ({ ...jobLabel(job), epochs: job.experiment.training.epochs }));
}
