/**
 * The export half of the worker protocol: the programs the Export menu asks the worker to
 * write from an experiment (OpenQASM 3 of the unrolled cell, Python for PennyLane, Qiskit or
 * numpy). The worker writes them because they unroll the experiment over its first sequence,
 * which a generated dataset must build first. Types only.
 */
import type { FieldError } from '../model/types';

/** What the Export menu can ask the worker to write. */
export type ExportTarget = 'qasm3' | 'pennylane' | 'qiskit' | 'numpy';

/** The program, as text. */
export interface ExportSuccess {
  ok: true;
  target: ExportTarget;
  text: string;
}

/** Why the experiment could not be exported: a sentence, and the fields when the file was refused. */
export interface ExportRefusal {
  ok: false;
  message: string;
  errors: FieldError[];
}

/** What `exportProgram` resolves to. */
export type ExportReply = ExportSuccess | ExportRefusal;
