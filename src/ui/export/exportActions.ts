/**
 * What each Export menu item does: ask the worker for a Python script and download it,
 * download the experiment file, or save a drawing as SVG or PNG. Each resolves to `null` when
 * done, or to the reason it could not be, in words, for the menu to show.
 */
import type { LabStore } from '../../store';
import type { ExportTarget } from '../../worker/protocol';
import { downloadBlob, downloadText, fileNameFor } from '../files/download';
import { saveExperimentFile } from '../files/openFiles';
import { requestProgram } from './exportApi';
import type { PlotTarget } from './plotTargets';
import { standaloneSvg, svgToPng } from './svgExport';

/** The Python targets, their menu labels and file-name suffixes. */
export const PYTHON_TARGETS: readonly { target: Exclude<ExportTarget, 'qasm3'>; label: string; suffix: string }[] = [
  { target: 'pennylane', label: 'Python for PennyLane (.py)', suffix: 'pennylane' },
  { target: 'qiskit', label: 'Python for Qiskit (.py)', suffix: 'qiskit' },
  { target: 'numpy', label: 'Python with numpy only (.py)', suffix: 'numpy' },
];

const experimentName = (store: LabStore) => store.getState().experiment?.name ?? 'experiment';

/** The file name of an export of the current experiment: `<experiment>-<suffix>.<extension>`. */
export function exportFileName(store: LabStore, extension: string, suffix = ''): string {
  return fileNameFor(experimentName(store), extension, suffix);
}

/** Downloads the Python script for `target`. */
export async function downloadPython(store: LabStore, target: Exclude<ExportTarget, 'qasm3'>): Promise<string | null> {
  const reply = await requestProgram(store.getState(), target);
  if (!reply.ok) return reply.message;
  const suffix = PYTHON_TARGETS.find((t) => t.target === target)?.suffix ?? target;
  downloadText(exportFileName(store, 'py', suffix), reply.text, 'text/x-python');
  return null;
}

/** Downloads the experiment file. */
export async function downloadJson(store: LabStore): Promise<string | null> {
  return saveExperimentFile(store) ? null : 'Open an experiment to export it.';
}

/** Saves `plot` as an SVG or a PNG picture. */
export async function downloadPicture(store: LabStore, plot: PlotTarget, format: 'svg' | 'png'): Promise<string | null> {
  if (!plot.svg.isConnected) return `${plot.name} is no longer on the page.`;
  try {
    const picture = standaloneSvg(plot.svg);
    const name = exportFileName(store, format, plot.name);
    if (format === 'svg') downloadText(name, picture.text, 'image/svg+xml');
    else downloadBlob(name, await svgToPng(picture, 2));
    return null;
  } catch (error) {
    return `${plot.name} could not be saved as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}.`;
  }
}
