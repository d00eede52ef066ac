/**
 * Reading an experiment file for a command: the file's text through `parseExperimentText`
 * (`parseAnyExperimentText` for the commands that take a QLSTM too),
 * and the sequence `simulate` and `grad` run on (the inline data, or a generator's first
 * training window). Refusals are `FileRefusal`s listing the fields and reasons: at most
 * `MAX_LISTED_ERRORS`, then how many more. Only a regular file of at most `MAX_FILE_BYTES` is
 * read (`/dev/zero` or a pipe would never end).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { checkModelOnDataset, firstSequenceResult, type Dataset } from '../data';
import { parseAnyExperimentText, parseExperimentText } from '../model/parse';
import type { AnyExperiment, Experiment, FieldError, Sequence } from '../model/types';

/** Most refusal lines printed for one file; the rest are counted. */
export const MAX_LISTED_ERRORS = 20;

/** Largest experiment file read: 32 MiB (a CSV in `data.text` may hold 20 million characters). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export class FileRefusal extends Error {
  constructor(readonly file: string, readonly errors: readonly FieldError[]) {
    super(`${file}: refused\n${listErrors(errors)}`);
  }
}

/** The errors, one per line, at most `MAX_LISTED_ERRORS` of them and then how many more. */
export function listErrors(errors: readonly FieldError[]): string {
  const lines = errors.slice(0, MAX_LISTED_ERRORS).map((e) => `  ${e.path || '(file)'}: ${e.message}`);
  const more = errors.length - MAX_LISTED_ERRORS;
  if (more > 0) lines.push(`  ... and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'}`);
  return lines.join('\n');
}

/** The text of `file`, refusing what is not a regular file or is too large, before reading it. */
export function readText(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refusal(file, `cannot read the file: it is not a regular file (${stat.isDirectory() ? 'a directory' : 'a device, pipe or socket'})`);
    if (stat.size > MAX_FILE_BYTES) throw refusal(file, `cannot read the file: it has ${stat.size.toLocaleString('en-US')} bytes, and an experiment file may have at most ${MAX_FILE_BYTES.toLocaleString('en-US')}`);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof FileRefusal) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is not a regular file (a directory)' : (error as Error).message;
    throw refusal(file, `cannot read the file: ${reason}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refusal(file: string, message: string): FileRefusal {
  return new FileRefusal(file, [{ path: '', message }]);
}

/** A QRNN experiment (a QLSTM file is refused at `model.kind`): for the commands that unroll a cell. */
export function loadExperiment(file: string): Experiment {
  return accepted(file, parseExperimentText(readText(file)));
}

/** A QRNN or QLSTM experiment (docs/spec.md §7): for `simulate`, `grad` and `train`. */
export function loadAnyExperiment(file: string): AnyExperiment {
  return accepted(file, parseAnyExperimentText(readText(file)));
}

function accepted<E extends AnyExperiment>(file: string, parsed: { ok: true; experiment: E; warnings: FieldError[] } | { ok: false; errors: FieldError[] }): E {
  if (!parsed.ok) throw new FileRefusal(file, parsed.errors);
  for (const w of parsed.warnings) process.stderr.write(`${file}: warning: ${w.path}: ${w.message}\n`);
  return parsed.experiment;
}

/**
 * The sequence a command runs on: the inline data, or the first window of a generator; refused
 * with the data's own reason when there is none, and when the model reads an input component
 * the data lack or the washout leaves no step to score.
 */
export function primarySequence(file: string, experiment: AnyExperiment): Sequence {
  const first = firstSequenceResult(experiment.data);
  if (!first.ok) throw new FileRefusal(file, first.errors);
  checkDataset(file, experiment, { train: [first.sequence], test: [] });
  return first.sequence;
}

/** Refuses a model that does not fit its built dataset (the training command's check). */
export function checkDataset(file: string, experiment: AnyExperiment, dataset: Pick<Dataset, 'train' | 'test'>): void {
  const fit = checkModelOnDataset(experiment, dataset);
  if (fit.length > 0) throw new FileRefusal(file, fit);
}
