/**
 * Opening and saving experiment files. An opened `.json` goes through the same parser as a
 * link or a preset (`loadExperimentText`): a refused file leaves the current experiment
 * untouched, and the message names the field and the reason. A dropped file is routed by
 * kind: an experiment is opened, a CSV goes to the column picker, anything else is refused
 * by name. Save file downloads the canonical text of the experiment as it is shared (with
 * its trained parameters), named after the experiment.
 */
import type { LabStore } from '../../store';
import { experimentTextToShare } from '../share/sharedExperiment';
import { openCsvFile } from './csvDraft';
import { downloadText, fileNameFor } from './download';
import { fileKind, readTextFile } from './readFile';

/** Opens an experiment file; returns whether it became the current experiment. */
async function openExperimentFile(store: LabStore, file: File): Promise<boolean> {
  const read = await readTextFile(file);
  if (!read.ok) {
    store.getState().reportLoadFailure(file.name, `${read.message}.`);
    return false;
  }
  return store.getState().loadExperimentText(read.text, file.name);
}

/** Opens the first of `files` by its kind (an experiment or a CSV); returns whether it was taken. */
export async function openDroppedFiles(store: LabStore, files: FileList | readonly File[]): Promise<boolean> {
  const file = files[0];
  if (!file) return false;
  switch (fileKind(file.name, file.type)) {
    case 'experiment': return openExperimentFile(store, file);
    case 'csv': return openCsvFile(store, file);
    default:
      store.getState().reportLoadFailure(file.name, 'the lab opens experiment files (.json) and CSV data (.csv).');
      return false;
  }
}

/** Downloads the current experiment (with its current parameters) as `<name>.json`. */
export function saveExperimentFile(store: LabStore): boolean {
  const state = store.getState();
  const text = experimentTextToShare(state);
  if (text === null || !state.experiment) return false;
  downloadText(fileNameFor(state.experiment.name, 'json'), text, 'application/json');
  return true;
}
