/**
 * The runs of a study (docs/spec.md §8), in a fixed order: every variant with every seed, then
 * every baseline with every seed. A variant's run is the experiment with its variant's `set`
 * applied, `training.seed` set to the run's seed and, with `reinitialize`, every parameter
 * that is neither frozen nor a head parameter drawn again from `U[low, high)`. A variant may
 * set a QLSTM `model` (docs/spec.md §7) with its `params`: that run's kind is `qlstm`. The order is
 * what makes a study's output the same whatever the number of workers that ran it.
 */
import { createRng } from '../core/rng';
import { parseAnyExperiment } from '../model/parse';
import { headsOf } from '../model/outputs';
import { applySet } from '../model/parseStudy';
import { canonicalObject } from '../model/serialize';
import { isQlstmExperiment, type AnyExperiment, type BaselineSpec, type Experiment, type FieldError, type Study } from '../model/types';
import { parameterRoles } from '../simulation/unroll';

/** One run of a study: a variant (a QRNN, or a QLSTM it sets) at a seed, or a baseline at a seed. */
export type StudyJob =
  | { kind: 'qrnn' | 'qlstm'; variant: string; seed: number; experiment: AnyExperiment }
  | { kind: BaselineSpec['kind']; variant: string; seed: number; baseline: BaselineSpec; experiment: Experiment };

/** Whether `job` is a variant's run (a QRNN or a QLSTM), not a baseline's. */
export function isVariantJob(job: StudyJob): job is Extract<StudyJob, { kind: 'qrnn' | 'qlstm' }> {
  return job.kind === 'qrnn' || job.kind === 'qlstm';
}

/** The experiment without its study: what every run starts from. */
export function baseExperiment(experiment: Experiment): Experiment {
  const copy: Experiment = { ...experiment };
  delete copy.study;
  return copy;
}

/** Every run of `study` on `experiment`, variants first, each over the seeds in order. */
export function studyJobs(experiment: Experiment, study: Study): StudyJob[] {
  const base = baseExperiment(experiment);
  const jobs: StudyJob[] = [];
  for (const variant of study.variants) {
    for (const seed of study.seeds) {
      const experiment = runExperiment(base, variant.set, seed, study.reinitialize);
      jobs.push({ kind: isQlstmExperiment(experiment) ? 'qlstm' : 'qrnn', variant: variant.name, seed, experiment });
    }
  }
  for (const baseline of study.baselines ?? []) {
    for (const seed of study.seeds) jobs.push({ kind: baseline.kind, variant: baseline.kind, seed, baseline, experiment: base });
  }
  return jobs;
}

/**
 * The experiment of one variant's run. The variant was checked when the file was parsed, so a
 * refusal here is a bug, not bad input, and throws.
 */
export function runExperiment(base: Experiment, set: Readonly<Record<string, unknown>>, seed: number, reinitialize?: Study['reinitialize']): AnyExperiment {
  const file = applySet(canonicalObject(base) as Record<string, unknown>, { ...set, 'training.seed': seed });
  const parsed = parseAnyExperiment(file);
  if (!parsed.ok) throw new Error(`a study variant does not give a valid file: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  const experiment = parsed.experiment;
  if (reinitialize) experiment.params = reinitialized(experiment, seed, reinitialize.low, reinitialize.high);
  return experiment;
}

/**
 * Every parameter that is neither frozen nor read by a head, drawn from `U[low, high)` by a
 * generator seeded with the run's seed, in the order `params` lists them; the others keep
 * their values.
 */
export function reinitialized(experiment: AnyExperiment, seed: number, low: number, high: number): Record<string, number> {
  const rng = createRng(seed);
  const head = new Set(isQlstmExperiment(experiment) ? headNames(experiment.model) : parameterRoles(experiment.model).head);
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(experiment.params)) {
    out[name] = experiment.frozen.includes(name) || head.has(name) ? value : low + (high - low) * rng.next();
  }
  return out;
}

/** The parameters a QLSTM's heads read (its weights and biases that are names). */
function headNames(model: Parameters<typeof headsOf>[0]): string[] {
  return headsOf(model).flatMap((h) => [...h.weights, h.bias].filter((w): w is string => typeof w === 'string'));
}

/** The trained parameters of a variant's run: every parameter that is not frozen. */
export function variantParameterCount(experiment: AnyExperiment): number {
  return Object.keys(experiment.params).filter((p) => !experiment.frozen.includes(p)).length;
}

/** Why a run could not start, in words (a bug: every run comes from a checked file). */
export function refusal(errors: readonly FieldError[]): string {
  return `a study run cannot start: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`;
}
