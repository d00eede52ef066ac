/**
 * `qrnn study FILE [--workers N] [--json]` (docs/spec.md §8): runs every run and baseline of the
 * file's study in `N` worker threads (default: the machine's cores, at most the number of
 * runs), with a progress bar on a terminal, and prints `{ runs, summary }`. Apart from each
 * epoch's `seconds`, the output is the same for every `--workers`.
 */
import { availableParallelism } from 'node:os';
import type { Experiment } from '../../model/types';
import { jobLabel } from '../../study/plan';
import { studyJobs } from '../../study/runs';
import { summarize } from '../../study/summary';
import { UsageError } from '../args';
import { FileRefusal, loadExperiment, readText } from '../load';
import { fileOperand } from '../main';
import { runInWorkers } from '../study/pool';

export async function runStudy(operands: string[], options: Record<string, string | number | boolean>): Promise<number> {
  const file = fileOperand(operands, 'study');
  const workers = options.workers === undefined ? availableParallelism() : (options.workers as number);
  if (!(workers >= 1)) throw new UsageError(`option '--workers' must be a whole number >= 1, got '${options.workers}'`);
  const text = readText(file);
  const experiment = loadExperiment(file);
  if (!experiment.study) throw new FileRefusal(file, [{ path: 'study', message: 'is missing: qrnn study runs the study block of a file (docs/spec.md §8), like public/experiments/study-spsa-vs-shift.json' }]);
  const jobs = studyJobs(experiment, experiment.study);
  const labels = jobs.map(jobLabel);
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  const epochs = new Array<number>(jobs.length).fill(0);
  const planned = jobs.reduce((s, j) => s + j.experiment.training.epochs, 0);
  let done = 0;
  const runs = await runInWorkers(text, labels, Math.min(workers, Math.max(1, jobs.length)), {
    epoch: (job, epoch) => {
      epochs[job] = epoch.epoch;
      if (tty) process.stderr.write(`\r${studyProgress(done, jobs.length, epochs.reduce((s, e) => s + e, 0), planned, Date.now() - started)}`);
    },
    done: (job, result) => {
      done++;
      epochs[job] = jobs[job].experiment.training.epochs;
      if (result.status === 'failed' || result.message) process.stderr.write(`${tty ? '\n' : ''}qrnn: run ${result.variant} (seed ${result.seed}): ${result.message ?? result.status}\n`);
      if (tty) process.stderr.write(`\r${studyProgress(done, jobs.length, epochs.reduce((s, e) => s + e, 0), planned, Date.now() - started)}`);
    },
  });
  if (tty) process.stderr.write('\n');
  const output = { runs, summary: summarize(runs) };
  if (options.json) process.stdout.write(`${JSON.stringify(output)}\n`);
  else process.stdout.write(summaryTable(experiment, output.summary));
  return runs.some((r) => r.status === 'failed') ? 1 : 0;
}

/** `runs 3/12 [#####-----] epochs 140/480  ETA 12s` */
function studyProgress(runsDone: number, runs: number, epochsDone: number, epochs: number, elapsedMs: number, width = 24): string {
  const filled = epochs > 0 ? Math.round((width * epochsDone) / epochs) : width;
  const eta = epochsDone > 0 ? Math.round(((epochs - epochsDone) * elapsedMs) / epochsDone / 1000) : 0;
  return `runs ${runsDone}/${runs} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] epochs ${epochsDone}/${epochs}  ETA ${eta}s `;
}

function summaryTable(experiment: Experiment, rows: ReturnType<typeof summarize>): string {
  const fmt = (v: number | null) => (v === null ? 'n/a' : v.toPrecision(4));
  const lines = rows.map((r) => `  ${r.variant} (${r.kind}, ${r.parameters} parameters): train ${fmt(r.finalTrainLoss.mean)} ± ${fmt(r.finalTrainLoss.std)}, test ${fmt(r.finalTestLoss.mean)} ± ${fmt(r.finalTestLoss.std)}, ${Math.round(r.circuitExecutions).toLocaleString('en-US')} executions, ${Math.round(r.shots).toLocaleString('en-US')} shots`);
  return `${experiment.name}\n${lines.join('\n')}\n`;
}
