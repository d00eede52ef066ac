/**
 * The worker call behind the Export menu's programs, attached by the composition root (the
 * page's worker client); tests and a page without a worker get a refusal in words. The
 * experiment sent is the one Share hands out: current parameters, trained ones included.
 */
import type { LabState } from '../../store';
import type { ExportReply, ExportTarget, LabApi, ExportProgramOptions } from '../../worker/protocol';
import { experimentTextToShare } from '../share/sharedExperiment';

let api: Pick<LabApi, 'exportProgram'> | null = null;

/** Attaches the worker client (`main.tsx`). */
export function attachExportApi(next: Pick<LabApi, 'exportProgram'> | null): void {
  api = next;
}

/** Asks the worker for the `target` program of the experiment in `state`. */
export async function requestProgram(state: LabState, target: ExportTarget, options?: ExportProgramOptions): Promise<ExportReply> {
  const text = experimentTextToShare(state);
  if (text === null) return { ok: false, message: 'Open an experiment to export it.', errors: [] };
  if (!api) return { ok: false, message: 'The computation worker is not connected.', errors: [] };
  try {
    return await api.exportProgram(text, target, options);
  } catch (error) {
    return { ok: false, message: `The export failed: ${error instanceof Error ? error.message : String(error)}`, errors: [] };
  }
}
