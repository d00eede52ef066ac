/**
 * The presets: experiment files shipped in `public/experiments/`, listed here in menu order
 * (adding a preset is a file there plus a row here), how to load one into the store, and
 * which document came from which preset (so the menu shows the current one, and none for an
 * experiment opened from a link, a file or the autosave).
 */
import type { LabStore } from './index';

/** One shipped experiment file. */
export interface PresetOption {
  file: string;
  label: string;
  /** A study (docs/spec.md §8): listed apart in the menu, and opened in the Studies view. */
  study?: true;
}

/** The shipped experiment files, in menu order. */
export const PRESETS: readonly PresetOption[] = [
  { file: 'sine.json', label: 'Sine prediction' },
  { file: 'one-qubit.json', label: 'One qubit, one parameter' },
  { file: 'shared-gate.json', label: 'The same gate at every step' },
  { file: 'sequence.json', label: 'Arithmetic sequence 10, 20, ..., 90' },
  { file: 'mackey-glass.json', label: 'Mackey-Glass' },
  { file: 'lorenz.json', label: 'Lorenz cross-prediction, x to z' },
  { file: 'kuramoto-sivashinsky.json', label: 'Kuramoto-Sivashinsky' },
  { file: 'reservoir.json', label: 'Quantum reservoir (8 qubits, ridge head)' },
  { file: 'hybrid-lorenz.json', label: 'Hybrid QRNN: input layer, two outputs, Lorenz x to (y, z)' },
  { file: 'qesn-lorenz.json', label: 'Quantum echo-state network, Lorenz x to (y, z)' },
  { file: 'spsa.json', label: 'SPSA with shots on the sine cell' },
  { file: 'bfgs-finite-difference.json', label: "The papers' recipe: BFGS on finite differences" },
  { file: 'long-sequence.json', label: 'A long sequence: vanishing memory' },
  { file: 'qlstm-sine.json', label: 'QLSTM: circuits inside an LSTM, sine' },
  { file: 'qlstm-mackey-glass.json', label: 'QLSTM on Mackey-Glass' },
  { file: 'study-spsa-vs-shift.json', label: 'SPSA against parameter-shift at 1000 shots', study: true },
  { file: 'study-quantum-vs-classical.json', label: 'The QRNN against classical baselines of its size', study: true },
  { file: 'study-qrnn-vs-qlstm.json', label: 'The QRNN against the QLSTM, beside an LSTM', study: true },
  { file: 'study-bfgs-under-shots.json', label: 'L-BFGS on finite differences under shot noise', study: true },
];

/** The preset the lab opens on. */
export const DEFAULT_PRESET: PresetOption = PRESETS[0];

/** A document loaded from a preset: the preset's file and the canonical text it loaded as. */
interface PresetDocument {
  file: string;
  text: string;
}

/** Per store, the preset each document loaded from a preset came from, by `documentId`. */
const presetDocuments = new WeakMap<LabStore, Map<number, PresetDocument>>();

/**
 * The file of the preset that document `documentId` of `store` was loaded from, while its
 * text `experimentText` still equals what the preset loaded as; `null` once it was edited
 * (the menu then says "Custom"), and for a document opened from a link, a file, a saved
 * experiment or the autosave.
 */
export function presetOfDocument(store: LabStore, documentId: number, experimentText: string | null): string | null {
  const loaded = presetDocuments.get(store)?.get(documentId);
  return loaded && loaded.text === experimentText ? loaded.file : null;
}

/** The text of a preset's file; rejects with the reason in words when it cannot be fetched. */
export async function fetchPresetText(file: string): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}experiments/${file}`);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
  return response.text();
}

/** How a preset's load ended: loaded, failed (said in the message bar), or superseded by a later choice. */
export type PresetLoad = 'loaded' | 'failed' | 'superseded';

/** Per store, the number of the latest preset asked for. */
const presetRequests = new WeakMap<LabStore, number>();

/**
 * Fetches a preset and loads it; a failed fetch or a refused file leaves the experiment as
 * it was. The fetch takes a moment, and what the user does meanwhile wins: a preset asked
 * for later, or a document opened since (a file, a link, a saved experiment), and this one
 * is then not loaded (`superseded`). So the default preset the page starts fetching never
 * replaces a preset chosen before it arrived.
 */
export async function loadPreset(store: LabStore, preset: PresetOption): Promise<PresetLoad> {
  const request = (presetRequests.get(store) ?? 0) + 1;
  presetRequests.set(store, request);
  const askedIn = store.getState().documentId;
  let text: string;
  try {
    text = await fetchPresetText(preset.file);
  } catch (error) {
    if (presetRequests.get(store) !== request) return 'superseded';
    store.getState().reportLoadFailure(preset.file, error instanceof Error ? error.message : String(error));
    return 'failed';
  }
  const documents = presetDocuments.get(store) ?? new Map<number, PresetDocument>();
  const now = store.getState().documentId;
  // A newer preset request wins; so does a document opened since that no preset load made.
  if (presetRequests.get(store) !== request || (now !== askedIn && !documents.has(now))) return 'superseded';
  if (!store.getState().loadExperimentText(text, preset.file)) return 'failed';
  const { documentId, experimentText } = store.getState();
  documents.set(documentId, { file: preset.file, text: experimentText ?? '' });
  presetDocuments.set(store, documents);
  return 'loaded';
}
