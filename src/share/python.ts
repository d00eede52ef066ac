/**
 * Python exports of an experiment (docs/sharing.md §6): self-contained scripts that rebuild the
 * model with its trained parameters and the first sequence's inputs, run it, and print
 * `yhat_t` for every step (one line per step, `yhat_<t> <value>`, one value per output of
 * docs/spec.md §5.3) and then `loss <value>` (or `loss none`), with the lab's own numbers in
 * the header for comparison. Three targets share the model block (`pythonModel.ts`) and the
 * classical arithmetic (`pythonCommon.ts`: angles, readout error, heads, loss) and differ in
 * the simulator, whose `run()` returns each step's exact readout values (a Pauli expectation,
 * or a probabilities readout's vector with `wires[0]` the least significant bit):
 *
 * - `toPennyLane`: PennyLane's `default.mixed` device, one QNode run per step;
 * - `toQiskit`: `qiskit.quantum_info.DensityMatrix`, evolved gate by gate;
 * - `toNumpy`: numpy alone (no quantum library), which the tests run against the lab.
 *
 * Every target is exact (density matrices, no sampling) and includes the noise of docs/spec.md §1.4.
 */
import type { Experiment } from '../model/types';
import { exportSequence, labResult, type ExportOptions } from './exportInput';
import { PY_COMMON } from './pythonCommon';
import { pythonHeader, pythonModelBlock } from './pythonModel';
import { NUMPY_HOW, NUMPY_IMPORTS, NUMPY_SIMULATOR } from './pythonNumpy';
import { PENNYLANE_HOW, PENNYLANE_IMPORTS, PENNYLANE_SIMULATOR } from './pythonPennyLane';
import { QISKIT_HOW, QISKIT_IMPORTS, QISKIT_SIMULATOR } from './pythonQiskit';

interface Target {
  name: string;
  needs: string;
  how: readonly string[];
  imports: string;
  simulator: string;
}

function script(target: Target, e: Experiment, options: ExportOptions): string {
  const sequence = exportSequence(e, options.sequence);
  const parts = [
    pythonHeader(target.name, target.needs, target.how, e, labResult(e, sequence)),
    target.imports,
    pythonModelBlock(e, sequence),
    PY_COMMON,
    target.simulator,
    'if __name__ == "__main__":\n    report(run())',
  ];
  return `${parts.join('\n\n\n')}\n`;
}

/** A script for PennyLane (`pip install pennylane`). */
export function toPennyLane(e: Experiment, options: ExportOptions = {}): string {
  return script({ name: 'PennyLane', needs: 'PennyLane (pip install pennylane)', how: PENNYLANE_HOW, imports: PENNYLANE_IMPORTS, simulator: PENNYLANE_SIMULATOR }, e, options);
}

/** A script for Qiskit (`pip install qiskit`). */
export function toQiskit(e: Experiment, options: ExportOptions = {}): string {
  return script({ name: 'Qiskit', needs: 'Qiskit (pip install qiskit)', how: QISKIT_HOW, imports: QISKIT_IMPORTS, simulator: QISKIT_SIMULATOR }, e, options);
}

/** A script that needs only numpy: the exported model's outputs match the lab's to 1e-9. */
export function toNumpy(e: Experiment, options: ExportOptions = {}): string {
  return script({ name: 'numpy', needs: 'numpy only (pip install numpy)', how: NUMPY_HOW, imports: NUMPY_IMPORTS, simulator: NUMPY_SIMULATOR }, e, options);
}
