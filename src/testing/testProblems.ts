/**
 * Small problems the gradient tests share. `sharedGateProblem` is the reference case
 * "shared-gate-every-step": `RY(theta)` on the hidden qubit at every one of four steps, with
 * measurement and reset of the data qubit in between.
 */
import type { GradientProblem } from '../gradients/types';

export function sharedGateProblem(): GradientProblem {
  return {
    model: {
      recurrence: 'measure-reset', dataQubits: 1, hiddenQubits: 1,
      cell: [
        { gate: 'RY', wires: [0], angle: { input: true } },
        { gate: 'CNOT', wires: [0, 1] },
        { gate: 'RY', wires: [1], angle: { param: 'theta' } },
        { gate: 'CNOT', wires: [1, 0] },
        { gate: 'RX', wires: [0], angle: { param: 'phi' } },
      ],
      readout: [{ observable: 'Z', wire: 0 }],
      head: { weights: [1], bias: 0 },
    },
    params: { theta: 0.4, phi: -0.3 },
    sequence: { inputs: [[0.5], [-0.2], [0.9], [0.1]], targets: [[0.3], [0.1], [-0.4], [0.2]] },
    loss: { kind: 'mse', washout: 0 },
  };
}
