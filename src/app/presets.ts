/**
 * The presets: experiment files shipped in `public/experiments/`, listed here in menu order
 * (adding a preset is a file there plus a row here), and how to load one into the store.
 */
import type { LabStore } from '../store';
import type { PresetOption } from '../ui/PresetPicker';

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
  { file: 'spsa.json', label: 'SPSA with shots on the sine cell' },
  { file: 'long-sequence.json', label: 'A long sequence: vanishing memory' },
];

/** The preset the lab opens on. */
export const DEFAULT_PRESET: PresetOption = PRESETS[0];

/** Fetches a preset and loads it; a failed fetch or a refused file leaves the experiment as it was. */
export async function loadPreset(store: LabStore, preset: PresetOption): Promise<boolean> {
  let text: string;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}experiments/${preset.file}`);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
    text = await response.text();
  } catch (error) {
    store.getState().reportLoadFailure(preset.file, error instanceof Error ? error.message : String(error));
    return false;
  }
  return store.getState().loadExperimentText(text, preset.file);
}
