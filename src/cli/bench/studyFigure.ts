/**
 * Figure 7 (docs/performance.md §3.7): one study (docs/spec.md §8) run by `qrnn study`'s pool
 * with one worker thread and with one per core, as a ratio of the medians. The study is a
 * preset's with its seeds set to `seeds` (with as many long runs as a multiple of the cores
 * they split evenly: three equal runs on two cores cannot go faster than 1.5x) and, when
 * `epochs` is given, its runs lengthened to that many epochs. The two are
 * interleaved (one, all, one, all, ...) so that a shared machine's load falls on both alike;
 * each repeat also checks that the runs are the same whatever the number of workers (all but
 * each epoch's wall-clock `seconds`).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseExperimentText } from '../../model/parse';
import { jobLabel } from '../../study/plan';
import type { StudyRunResult } from '../../study/runJob';
import { studyJobs } from '../../study/runs';
import { runInWorkers } from '../study/pool';
import type { Figure } from './figures';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The runs without their wall-clock seconds: what must not depend on the number of workers. */
const withoutSeconds = (runs: readonly StudyRunResult[]) => JSON.stringify(runs.map((r) => ({ ...r, history: r.history.map(({ seconds: _, ...h }) => h) })));

/** The study a figure times: a preset's, over `seeds`, optionally with longer runs. */
export interface StudyWorkload {
  /** The figure's name in the bench's output. */
  name: string;
  preset: string;
  seeds: readonly number[];
  /** Every run's epochs, when not the preset's own. */
  epochs?: number;
  repeats: number;
}

/** Times the study of `workload` with 1 worker and with every core, `repeats` times each, interleaved. */
export async function studyFigure(presetDir: string, workload: StudyWorkload, log: (line: string) => void = () => undefined): Promise<Figure[]> {
  const { name, preset, seeds, epochs, repeats } = workload;
  const file = JSON.parse(readFileSync(`${presetDir}/${preset}.json`, 'utf8')) as { study?: Record<string, unknown>; training: Record<string, unknown> };
  const training = epochs === undefined ? file.training : { ...file.training, epochs };
  const text = JSON.stringify({ ...file, training, study: { ...file.study, seeds } });
  const parsed = parseExperimentText(text);
  if (!parsed.ok || !parsed.experiment.study) throw new Error(`${preset} is not a study file`);
  const jobs = studyJobs(parsed.experiment, parsed.experiment.study);
  const labels = jobs.map(jobLabel);
  const cores = availableParallelism();
  const all = Math.min(cores, jobs.length);
  const times = new Map<number, number[]>([[1, []], [all, []]]);
  let reference: string | null = null;
  let identical = true;
  for (let r = 0; r < repeats; r++) {
    for (const workers of all > 1 ? [1, all] : [1]) {
      const started = performance.now();
      const runs = await runInWorkers(text, labels, workers);
      const ms = performance.now() - started;
      (times.get(workers) as number[]).push(ms);
      log(`bench: ${name} ${preset}${epochs === undefined ? '' : ` at ${epochs} epochs`}, ${workers} worker${workers > 1 ? 's' : ''}: ${round(ms / 1000, 2)} s`);
      const key = withoutSeconds(runs);
      if (reference === null) reference = key;
      else if (key !== reference) identical = false;
    }
  }
  const one = times.get(1) as number[];
  const many = times.get(all) as number[];
  return [{
    name, preset, seeds: [...seeds], epochs: parsed.experiment.training.epochs, runs: jobs.length, workers: all, cores,
    medianMs: round(median(many)), minMs: round(Math.min(...many)), maxMs: round(Math.max(...many)), repeats: many.length,
    oneWorkerMedianMs: round(median(one)), oneWorkerMinMs: round(Math.min(...one)),
    ratio: round(median(one) / median(many), 2), identical, interleaved: true,
  }];
}
