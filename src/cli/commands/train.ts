/**
 * `qrnn train FILE [--epochs E] [--threads N] [--out RESULT.json] [--json]` (docs/spec.md §4): trains as the file
 * says, with a progress bar (epoch, loss, ETA) on a terminal, and writes
 * `{ initial, history, params, cost }`: the train and test loss at the file's parameters
 * (an addition to docs/spec.md §4, so that "the loss fell to a fraction of its start" is exact), one
 * history entry per epoch with the circuit executions and shots that epoch's estimates cost,
 * the final parameters, and the totals. The same file and seed give identical output.
 * `--out` is checked before training; if writing it still fails, the result goes to standard
 * output instead (exit code 1), so a computed result is never lost. `--threads N` (default 1)
 * shares each mini-batch out over N threads as the page does (`src/worker/trainingHelpers.ts`),
 * with the same history bit for bit; a run whose gradients draw random numbers uses one.
 */
import { createTrainer } from '../../training/trainer';
import { availableParallelism } from 'node:os';
import { oneThreadReason } from '../../model/shareable';
import { createWindowGradients } from '../../training/windowGradients';
import { createTrainingHelpers } from '../../worker/trainingHelpers';
import { startNodeHelper } from '../train/threads';
import { UsageError } from '../args';
import { FileRefusal, checkDataset, loadAnyExperiment } from '../load';
import { checkOutPath, writeOut } from '../output';
import { fileOperand } from '../main';
import { progressLine } from '../progress';

export async function runTrain(operands: string[], options: Record<string, string | number | boolean>): Promise<number> {
  const file = fileOperand(operands, 'train');
  const out = typeof options.out === 'string' ? options.out : undefined;
  if (out !== undefined) checkOutPath(out);
  const experiment = loadAnyExperiment(file);
  if (options.epochs !== undefined) {
    if (!((options.epochs as number) >= 0)) throw new UsageError(`option '--epochs' must be a whole number >= 0, got '${options.epochs}'`);
    experiment.training = { ...experiment.training, epochs: options.epochs as number };
  }
  const created = createTrainer(experiment);
  if (!created.ok) throw new FileRefusal(file, created.errors);
  const { trainer } = created;
  checkDataset(file, experiment, trainer.dataset);
  const threads = options.threads === undefined ? 1 : (options.threads as number);
  const cores = availableParallelism();
  if (!(threads >= 1 && threads <= cores)) throw new UsageError(`option '--threads' must be a whole number from 1 to ${cores} (this machine's cores), got '${options.threads}'`);
  const local = threads > 1 ? createWindowGradients(experiment) : null;
  if (local && !local.ok) process.stderr.write(`qrnn: training on one thread: ${oneThreadReason(experiment)}\n`);
  const helpers = local?.ok ? createTrainingHelpers(threads - 1, startNodeHelper) : null;
  const key = helpers?.load(experiment, threads - 1) ?? 0;
  const step = () => (helpers && local?.ok ? trainer.stepWith((request) => helpers.share(key, request, local.gradients)) : Promise.resolve(trainer.step()));
  const epochs = experiment.training.epochs;
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = null as ReturnType<typeof trainer.step> | null;
  for (let e = 0; e < epochs; e++) {
    last = await step();
    if (tty) process.stderr.write(`\r${progressLine(last.epoch, epochs, last.trainLoss, (Date.now() - started) / last.epoch)}`);
    if (last.status === 'diverged' || last.status === 'stalled') {
      if (tty) process.stderr.write('\n');
      process.stderr.write(`qrnn: ${last.message}\n`);
      break;
    }
  }
  helpers?.close();
  if (tty) process.stderr.write('\n');
  const result = {
    initial: trainer.initialLosses(),
    history: trainer.history.map(({ epoch, trainLoss, testLoss, circuitExecutions, shots }) => ({ epoch, trainLoss, testLoss, circuitExecutions, shots })),
    params: trainer.params(),
    cost: last?.cost ?? { circuitExecutions: 0, shots: 0 },
  };
  const text = `${JSON.stringify(result, null, 1)}\n`;
  if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  const written = out === undefined || writeOut(out, text, 'result', Boolean(options.json));
  if (!options.json && written) {
    const final = result.history[result.history.length - 1];
    process.stdout.write(`${experiment.name}: ${result.history.length} epochs, train loss ${fmt(final?.trainLoss)}, test loss ${fmt(final?.testLoss)}, ${result.cost.circuitExecutions.toLocaleString('en-US')} circuit executions, ${result.cost.shots.toLocaleString('en-US')} shots${out !== undefined ? `; written to ${out}` : ''}\n`);
  }
  return last?.status === 'diverged' || last?.status === 'stalled' || !written ? 1 : 0;
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? 'none' : v.toPrecision(4));
