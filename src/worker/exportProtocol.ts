/**
 * The export half of the worker protocol: the programs the Export menu asks the worker to
 * write from an experiment (OpenQASM 3, Python for PennyLane, Qiskit or numpy). The worker
 * writes them because they run the experiment over its first sequence, which a generated
 * dataset must build first, and a QLSTM's need the QLSTM engine's own run. Types only.
 *
 * For a QRNN, `qasm3` is the cell unrolled over the sequence; for a QLSTM (docs/spec.md §7)
 * it is one evaluation of the circuit `options.circuit`, which is then required. The Python
 * targets take either kind and no option.
 */
import type { FieldError, QlstmCircuit } from '../model/types';

/** What the Export menu can ask the worker to write. */
export type ExportTarget = 'qasm3' | 'pennylane' | 'qiskit' | 'numpy';

/** What an export may be told besides its target. */
export interface ExportProgramOptions {
  /**
   * A QLSTM's `qasm3` only: the circuit to write, `f i g o h y` (`QLSTM_CIRCUITS`). Required
   * there; refused (at `circuit`) for any other target or for a QRNN.
   */
  circuit?: QlstmCircuit;
}

/** The program, as text. */
export interface ExportSuccess {
  ok: true;
  target: ExportTarget;
  text: string;
}

/** Why the experiment could not be exported: a sentence, and the fields (or `circuit`, the option) at fault. */
export interface ExportRefusal {
  ok: false;
  message: string;
  errors: FieldError[];
}

/** What `exportProgram` resolves to. */
export type ExportReply = ExportSuccess | ExportRefusal;
