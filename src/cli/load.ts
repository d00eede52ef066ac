/**
 * Reading an experiment file for a command: the file's text through `parseExperimentText`,
 * and the sequence `simulate` and `grad` run on (the inline data, or a generator's first
 * training window). Refusals are `FileRefusal`s listing every field and reason.
 */
import { readFileSync } from 'node:fs';
import { buildDataset, firstSequence } from '../data';
import { parseExperimentText } from '../model/parse';
import type { Experiment, FieldError, Sequence } from '../model/types';

export class FileRefusal extends Error {
  constructor(readonly file: string, readonly errors: readonly FieldError[]) {
    super(`${file}: refused\n${errors.map((e) => `  ${e.path || '(file)'}: ${e.message}`).join('\n')}`);
  }
}

export function loadExperiment(file: string): Experiment {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new FileRefusal(file, [{ path: '', message: `cannot read the file: ${reason}` }]);
  }
  const parsed = parseExperimentText(text);
  if (!parsed.ok) throw new FileRefusal(file, parsed.errors);
  for (const w of parsed.warnings) process.stderr.write(`${file}: warning: ${w.path}: ${w.message}\n`);
  return parsed.experiment;
}

/** The sequence a command runs on: the inline data, or the first window of a generator. */
export function primarySequence(file: string, experiment: Experiment): Sequence {
  const seq = firstSequence(experiment.data);
  if (seq) return seq;
  const built = buildDataset(experiment.data);
  throw new FileRefusal(file, built.ok ? [{ path: 'data', message: 'the dataset has no training window' }] : built.errors);
}
