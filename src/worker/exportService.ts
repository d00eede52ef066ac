/**
 * Writes the Export menu's programs in the worker: parses the experiment (docs/spec.md §2 text,
 * a QRNN or a QLSTM of §7), builds its first sequence (inline data, or a generator's first
 * training window, the one `qrnn simulate` runs) and hands both to the exporters of
 * `src/share`; a QLSTM's exporters also get the lab's own run (`qlstmLabRun`), which
 * `src/share` may not compute. Every failure is a refusal in words naming the field or the
 * option; nothing throws across the worker boundary.
 */
import { checkModelOnDataset, firstSequenceResult } from '../data/index';
import { parseAnyExperimentText } from '../model/parse';
import { isQlstmExperiment, type AnyExperiment, type Experiment, type FieldError, type QlstmCircuit, type QlstmExperiment, type Sequence } from '../model/types';
import { H } from '../qlstm/lstm';
import { runSequence } from '../qlstm/run';
import { toNumpy, toPennyLane, toQiskit } from '../share/python';
import { toQlstmNumpy, toQlstmPennyLane, toQlstmQiskit } from '../share/pythonQlstm';
import { toQasm3 } from '../share/qasm3';
import { toQlstmQasm3 } from '../share/qasm3Qlstm';
import { CIRCUIT_CHOICES, isQlstmCircuit, type QlstmLabRun } from '../share/qlstmExport';
import type { ExportProgramOptions, ExportReply, ExportTarget } from './exportProtocol';

const WRITERS: Record<ExportTarget, (e: Experiment, sequence: Sequence) => string> = {
  qasm3: (e, sequence) => toQasm3(e, { sequence }),
  pennylane: (e, sequence) => toPennyLane(e, { sequence }),
  qiskit: (e, sequence) => toQiskit(e, { sequence }),
  numpy: (e, sequence) => toNumpy(e, { sequence }),
};

/** A QLSTM's writers: the sequence, the lab's run on it, and for qasm3 the circuit (checked before). */
const QLSTM_WRITERS: Record<ExportTarget, (e: QlstmExperiment, sequence: Sequence, lab: QlstmLabRun, circuit: QlstmCircuit) => string> = {
  qasm3: (e, sequence, lab, circuit) => toQlstmQasm3(e, { sequence, lab, circuit }),
  pennylane: (e, sequence, lab) => toQlstmPennyLane(e, { sequence, lab }),
  qiskit: (e, sequence, lab) => toQlstmQiskit(e, { sequence, lab }),
  numpy: (e, sequence, lab) => toQlstmNumpy(e, { sequence, lab }),
};

/**
 * The lab's exact run of a QLSTM over `sequence` for the exports' comparison comments: the
 * outputs and loss `qrnn simulate` prints, and every circuit evaluation's input and `<Z_j>`
 * (`[x_t, h_{t-1}]` for the gates f i g o, `m_t` for h and y). The command line uses it too.
 */
export function qlstmLabRun(e: QlstmExperiment, sequence: Sequence): QlstmLabRun {
  const run = runSequence(e.model, e.params, sequence, e.loss);
  const evaluations = run.tape.steps.map((s) => s.a.map((z, k) => ({ u: k < H ? s.v : s.m, z })));
  return { outputs: run.outputs, loss: run.loss, evaluations };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function refuse(message: string, errors: FieldError[] = []): ExportReply {
  return { ok: false, message, errors };
}

/**
 * The `target` program of the experiment in `experimentJson`, or why there is none. A
 * QLSTM's `qasm3` needs `options.circuit`; a circuit for anything else is refused.
 */
export function exportProgram(experimentJson: string, target: ExportTarget, options: ExportProgramOptions = {}): ExportReply {
  if (!Object.prototype.hasOwnProperty.call(WRITERS, target)) return refuse(`Unknown export target '${String(target)}'.`);
  const { circuit } = options;
  if (circuit !== undefined && !isQlstmCircuit(circuit)) {
    return refuse(`Unknown circuit '${String(circuit)}': a QLSTM's circuits are ${CIRCUIT_CHOICES}.`, [{ path: 'circuit', message: `must be one of f, i, g, o, h, y, got '${String(circuit)}'` }]);
  }
  const parsed = parseAnyExperimentText(experimentJson);
  if (!parsed.ok) return refuse('The experiment cannot be exported: it is not a valid experiment file.', parsed.errors);
  const e = parsed.experiment;
  const choice = circuitRefusal(e, target, circuit);
  if (choice) return choice;
  let first: ReturnType<typeof firstSequenceResult>;
  try {
    first = firstSequenceResult(e.data);
  } catch (error) {
    return refuse(`The data cannot be built: ${messageOf(error)}`, [{ path: 'data', message: messageOf(error) }]);
  }
  if (!first.ok) return refuse(`The data cannot be built: ${first.errors.map((x) => x.message).join('; ')}`, first.errors);
  const fit = checkModelOnDataset(e, { train: [first.sequence], test: [] });
  if (fit.length > 0) return refuse(`The model does not fit its data: ${fit.map((x) => `${x.path} ${x.message}`).join('; ')}.`, fit);
  try {
    const text = isQlstmExperiment(e)
      ? QLSTM_WRITERS[target](e, first.sequence, qlstmLabRun(e, first.sequence), circuit as QlstmCircuit)
      : WRITERS[target](e, first.sequence);
    return { ok: true, target, text };
  } catch (error) {
    return refuse(`The export failed: ${messageOf(error)}`);
  }
}

/** Why the circuit option does not fit this experiment and target, or `null` when it does. */
function circuitRefusal(e: AnyExperiment, target: ExportTarget, circuit: QlstmCircuit | undefined): ExportReply | null {
  const qlstm = isQlstmExperiment(e);
  if (qlstm && target === 'qasm3' && circuit === undefined) {
    return refuse(`Choose a circuit: OpenQASM 3 of a QLSTM is one evaluation of one of its six circuits, ${CIRCUIT_CHOICES}.`, [{ path: 'circuit', message: "is required for a QLSTM's qasm3 export: f, i, g, o, h or y" }]);
  }
  if (circuit === undefined || (qlstm && target === 'qasm3')) return null;
  const why = qlstm
    ? `a QLSTM's ${target} script builds all six circuits`
    : 'this experiment is a QRNN, whose export unrolls its cell';
  return refuse(`A circuit is chosen only for a QLSTM's OpenQASM 3 export: ${why}.`, [{ path: 'circuit', message: `applies to a QLSTM's qasm3 export only (${why})` }]);
}
