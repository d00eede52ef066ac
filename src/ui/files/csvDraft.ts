/**
 * A CSV on its way into the experiment: read and parsed (`openCsvFile`), then waiting in
 * {@link csvDraftStore} while the column picker is open, then committed as the experiment's
 * `data` (`chooseCsvColumn`) as an edit of the current experiment (one undo step, one Back
 * step). Before committing, the would-be dataset is built, so a column with a cell that is
 * not a number, or too short for the windows, is refused with the row and column named and
 * the experiment stays as it was. Both the parsing and the check run in the worker
 * (`readCsv`, `checkData`), so a large file never blocks the page.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CsvColumn, LabApi } from '../../worker/protocol';
import type { LabStore } from '../../store';
import { csvDataSpec, defaultColumn, describeCsvErrors } from './csvPicker';
import { readTextFile } from './readFile';

let api: Pick<LabApi, 'readCsv' | 'checkData'> | null = null;

/** Attaches the worker client (`main.tsx`); tests attach the in-thread service. */
export function attachCsvApi(next: Pick<LabApi, 'readCsv' | 'checkData'> | null): void {
  api = next;
}

/** A parsed CSV waiting for its column to be chosen. */
export interface CsvDraft {
  fileName: string;
  text: string;
  header: boolean;
  rows: number;
  columns: CsvColumn[];
  /** The column chosen first. */
  initial: number;
  /** Why that column was chosen first, in words. */
  initialReason: string;
}

interface CsvDraftState {
  draft: CsvDraft | null;
  /** Why the chosen column was refused, shown in the picker; `null` otherwise. */
  problem: string | null;
}

/** The draft the picker shows; `null` when no CSV is waiting. */
const csvDraftStore = createStore<CsvDraftState>()(() => ({ draft: null, problem: null }));

/** Reads the draft in a component. */
export function useCsvDraft<T>(selector: (s: CsvDraftState) => T): T {
  return useStore(csvDraftStore, selector);
}

/** Closes the picker without changing anything. */
export function cancelCsvDraft(): void {
  csvDraftStore.setState({ draft: null, problem: null });
}

/** Reads and parses a CSV file, and opens the picker; a refused file is reported and changes nothing. */
export async function openCsvFile(store: LabStore, file: File): Promise<boolean> {
  const refuse = (message: string) => {
    store.getState().reportLoadFailure(file.name, message);
    return false;
  };
  if (!store.getState().experiment) return refuse('open an experiment first.');
  const read = await readTextFile(file);
  if (!read.ok) return refuse(`${read.message}.`);
  if (!api) return refuse('the computation worker is not connected.');
  const parsed = await api.readCsv(read.text);
  if (!parsed.ok) return refuse(describeCsvErrors(parsed.errors));
  const initial = defaultColumn(parsed.columns);
  if (initial === null) return refuse(parsed.rows === 0 ? 'it has no data rows.' : 'none of its columns holds numbers.');
  csvDraftStore.setState({ draft: { fileName: file.name, text: read.text, header: parsed.header, rows: parsed.rows, columns: parsed.columns, initial: initial.index, initialReason: initial.reason }, problem: null });
  return true;
}

/** Makes column `index` of the draft the experiment's series; returns whether the edit was made. */
export async function chooseCsvColumn(store: LabStore, index: number): Promise<boolean> {
  const { draft } = csvDraftStore.getState();
  const experiment = store.getState().experiment;
  if (!draft || !experiment) return false;
  const data = csvDataSpec(experiment.data, draft.text, draft.columns, index, draft.header);
  const checked = api ? await api.checkData(JSON.stringify(data)) : null;
  const problem = checked === null ? 'the computation worker is not connected.'
    : !checked.ok ? describeCsvErrors(checked.errors)
    : checked.trainWindows === 0 ? 'the column gives no training window.' : null;
  if (problem) {
    csvDraftStore.setState({ problem: `${draft.fileName} was not used: ${problem} The experiment is unchanged.` });
    return false;
  }
  const committed = store.getState().commitExperiment({ ...experiment, data });
  if (!committed.ok) {
    csvDraftStore.setState({ problem: `${draft.fileName} was not used: ${committed.message} The experiment is unchanged.` });
    return false;
  }
  cancelCsvDraft();
  return true;
}

/** The columns of the experiment's own CSV, for the Data panel's target choice; `null` when it cannot be read. */
export async function csvColumnsOf(text: string): Promise<{ columns: CsvColumn[]; header: boolean } | null> {
  if (!api) return null;
  const parsed = await api.readCsv(text);
  return parsed.ok ? { columns: parsed.columns, header: parsed.header } : null;
}
