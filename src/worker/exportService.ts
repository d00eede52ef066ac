/**
 * Writes the Export menu's programs in the worker: parses the experiment (docs/spec.md §2 text),
 * builds its first sequence (inline data, or a generator's first training window, the one
 * `qrnn simulate` runs) and hands both to the exporters of `src/share`. Every failure is a
 * refusal in words; nothing throws across the worker boundary.
 */
import { firstSequence } from '../data/index';
import { parseExperimentText } from '../model/parse';
import type { Experiment, Sequence } from '../model/types';
import { toNumpy, toPennyLane, toQiskit } from '../share/python';
import { toQasm3 } from '../share/qasm3';
import type { ExportReply, ExportTarget } from './exportProtocol';

const WRITERS: Record<ExportTarget, (e: Experiment, sequence: Sequence) => string> = {
  qasm3: (e, sequence) => toQasm3(e, { sequence }),
  pennylane: (e, sequence) => toPennyLane(e, { sequence }),
  qiskit: (e, sequence) => toQiskit(e, { sequence }),
  numpy: (e, sequence) => toNumpy(e, { sequence }),
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The `target` program of the experiment in `experimentJson`, or why there is none. */
export function exportProgram(experimentJson: string, target: ExportTarget): ExportReply {
  const write = Object.prototype.hasOwnProperty.call(WRITERS, target) ? WRITERS[target] : undefined;
  if (!write) return { ok: false, message: `Unknown export target '${String(target)}'.`, errors: [] };
  const parsed = parseExperimentText(experimentJson);
  if (!parsed.ok) return { ok: false, message: 'The experiment cannot be exported: it is not a valid experiment file.', errors: parsed.errors };
  let sequence: Sequence | null;
  try {
    sequence = firstSequence(parsed.experiment.data);
  } catch (error) {
    return { ok: false, message: `The data cannot be built: ${messageOf(error)}`, errors: [{ path: 'data', message: messageOf(error) }] };
  }
  if (sequence === null) return { ok: false, message: 'The data gives no sequence to unroll the cell over.', errors: [{ path: 'data', message: 'the dataset has no training window' }] };
  try {
    return { ok: true, target, text: write(parsed.experiment, sequence) };
  } catch (error) {
    return { ok: false, message: `The export failed: ${messageOf(error)}`, errors: [] };
  }
}
