/**
 * The register's size limits in words. A density matrix of `n` qubits holds `4^n` complex
 * numbers of 16 bytes (two float64), so each added qubit multiplies memory by four and the
 * work of every gate by about as much: 12 qubits is 256 MiB per copy, 13 would be 1 GiB, and
 * the simulator keeps several copies. `MAX_QUBITS` (12) is the parser's limit; above
 * {@link SLOW_QUBITS} the editor warns that training slows.
 */
import { MAX_QUBITS, type Model } from '../../model/types';

/** Above this many qubits the palette says that training slows. */
const SLOW_QUBITS = 8;

/** Bytes of one density matrix of `n` qubits: `4^n` complex numbers of 16 bytes. */
export function densityMatrixBytes(n: number): number {
  return 16 * 4 ** n;
}

/** Bytes in binary units: `1 GiB`, `256 MiB`, `4 KiB`, `512 bytes`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}

/** Why a register of `n > MAX_QUBITS` qubits is refused, with the memory it would need. */
export function qubitLimitMessage(n: number): string {
  return `QRNN Lab simulates at most ${MAX_QUBITS} qubits: a density matrix of ${n} qubits holds 4^${n} complex numbers, ${formatBytes(densityMatrixBytes(n))} at 16 bytes each (${MAX_QUBITS} qubits need ${formatBytes(densityMatrixBytes(MAX_QUBITS))}), and the simulator keeps several copies.`;
}

/**
 * The notice for a register above {@link SLOW_QUBITS} qubits, or `null` at or below it. It names
 * the state the simulator works on: under `measure-reset` without gate noise a `2^n x 2^H`
 * factor (docs/architecture.md §6), otherwise a full density matrix.
 */
export function slowRegisterNotice(model: Pick<Model, 'dataQubits' | 'hiddenQubits' | 'recurrence' | 'noise'>): string | null {
  const n = model.dataQubits + model.hiddenQubits, H = model.hiddenQubits;
  if (n <= SLOW_QUBITS) return null;
  const factored = model.recurrence === 'measure-reset' && !model.noise?.p1 && !model.noise?.p2;
  const state = factored
    ? `the working state is up to ${formatBytes(16 * 2 ** (n + H))} (${(2 ** n).toLocaleString('en-US')} rows by ${(2 ** H).toLocaleString('en-US')} columns)`
    : `each density matrix is ${formatBytes(densityMatrixBytes(n))}`;
  return `${n} qubits: ${state}, so simulation and training slow down (each qubit above ${SLOW_QUBITS} costs about four to eight times more).`;
}
