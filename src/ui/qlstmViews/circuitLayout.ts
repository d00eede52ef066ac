/**
 * The columns of one QLSTM circuit `VQC_k` as docs/spec.md §7 orders its gates: on every
 * qubit `H`, `RY(arctan u_j)`, `RZ(arctan u_j^2)`; then per layer the CNOTs from every `j` to
 * `j+1 mod n`, then (for `n > 2`) to `j+2 mod n`, then `RZ(α) RY(β) RZ(γ)` on every qubit.
 * One-qubit gates of a kind share a column; each CNOT has its own. Pure, for the diagram.
 */
import { QLSTM_ANGLES, qlstmParamName, type QlstmAngle, type QlstmCircuit } from '../../model/types';

export type CircuitColumn =
  | { kind: 'H' | 'RY-in' | 'RZ-in' }
  | { kind: 'CNOT'; control: number; target: number }
  | { kind: 'trained'; layer: number; angle: QlstmAngle; gate: 'RZ' | 'RY'; params: string[] };

const TRAINED_GATE: Readonly<Record<QlstmAngle, 'RZ' | 'RY'>> = { alpha: 'RZ', beta: 'RY', gamma: 'RZ' };

export function circuitColumns(k: QlstmCircuit, n: number, layers: number): CircuitColumn[] {
  const columns: CircuitColumn[] = [{ kind: 'H' }, { kind: 'RY-in' }, { kind: 'RZ-in' }];
  for (let layer = 0; layer < layers; layer++) {
    if (n === 2) columns.push({ kind: 'CNOT', control: 0, target: 1 }, { kind: 'CNOT', control: 1, target: 0 });
    else {
      for (let j = 0; j < n; j++) columns.push({ kind: 'CNOT', control: j, target: (j + 1) % n });
      for (let j = 0; j < n; j++) columns.push({ kind: 'CNOT', control: j, target: (j + 2) % n });
    }
    for (const angle of QLSTM_ANGLES) {
      columns.push({ kind: 'trained', layer, angle, gate: TRAINED_GATE[angle], params: Array.from({ length: n }, (_, j) => qlstmParamName(k, layer, j, angle)) });
    }
  }
  return columns;
}
