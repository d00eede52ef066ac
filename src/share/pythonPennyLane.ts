/**
 * The PennyLane target of the Python export, on the `default.mixed` device. Each step is one
 * QNode execution that prepares the step's starting density matrix (`QubitDensityMatrix`),
 * applies the cell with its noise channels, and returns the readouts and the state carried
 * on: the hidden wires for measure-reset (the data wires are traced out, then re-prepared in
 * `|0>` by the next step: exactly the non-selective measure-and-reset of docs/spec.md §1.1), or the
 * whole register for coherent. A probabilities readout is `qml.probs` over its wires reversed,
 * because PennyLane orders the first wire as the most significant bit and the lab the least. Step `t > 0` first applies the previous step's amplitude
 * damping on the hidden wires, which is where the lab applies it (after the readouts).
 */

export const PENNYLANE_HOW = [
  'Each step is one run of a default.mixed QNode: it prepares the step\'s density matrix,',
  'applies the cell (and noise), and returns the readouts and the state it hands on. With',
  'measure-reset that is the hidden wires\' reduced state, and the next step prepares fresh',
  'data wires in |0>: the mid-circuit measure-and-reset of docs/spec.md §1.1 as a channel.',
];

export const PENNYLANE_IMPORTS = `import math

import numpy as np
import pennylane as qml`;

export const PENNYLANE_SIMULATOR = `N = DATA_QUBITS + HIDDEN_QUBITS
COHERENT = RECURRENCE == "coherent"
# The state handed from step to step: the whole register (coherent) or the hidden wires.
CARRIED = list(range(N)) if COHERENT else list(range(DATA_QUBITS, N))

FIXED = {
    "H": qml.Hadamard,
    "X": qml.PauliX,
    "Y": qml.PauliY,
    "Z": qml.PauliZ,
    "S": qml.S,
    "Sdg": qml.adjoint(qml.S),
    "T": qml.T,
    "Tdg": qml.adjoint(qml.T),
    "SX": qml.SX,
    "CNOT": qml.CNOT,
    "CZ": qml.CZ,
    "SWAP": qml.SWAP,
}
# PennyLane's rotations are exp(-i a P / 2), IsingXX is exp(-i a X(x)X / 2): as in the lab.
ROTATIONS = {
    "RX": qml.RX,
    "RY": qml.RY,
    "RZ": qml.RZ,
    "P": qml.PhaseShift,
    "RXX": qml.IsingXX,
    "RYY": qml.IsingYY,
    "RZZ": qml.IsingZZ,
    "CRX": qml.CRX,
    "CRY": qml.CRY,
    "CRZ": qml.CRZ,
}
OBSERVABLES = {"X": qml.PauliX, "Y": qml.PauliY, "Z": qml.PauliZ}
PAULIS = [np.eye(2), np.array([[0, 1], [1, 0]]), np.array([[0, -1j], [1j, 0]]), np.diag([1.0, -1.0])]
TWO_WIRE_DEPOLARIZING = [math.sqrt(1 - NOISE["p2"]) * np.eye(4)] + [
    math.sqrt(NOISE["p2"] / 15) * np.kron(a, b) for i, a in enumerate(PAULIS) for j, b in enumerate(PAULIS) if i or j
]

dev = qml.device("default.mixed", wires=N)


@qml.qnode(dev)
def step(rho, x, gamma):
    """One step from rho, the density matrix of all N wires (PennyLane's order: wire 0 leftmost)."""
    qml.QubitDensityMatrix(rho, wires=range(N))
    if gamma > 0:
        for w in range(DATA_QUBITS, N):
            qml.AmplitudeDamping(gamma, wires=w)
    for gate, wires, angle in CELL:
        if angle is None:
            FIXED[gate](wires=wires)
        else:
            ROTATIONS[gate](angle_at(angle, x), wires=wires)
        if len(wires) == 1 and NOISE["p1"] > 0:
            qml.DepolarizingChannel(NOISE["p1"], wires=wires)
        if len(wires) == 2 and NOISE["p2"] > 0:
            qml.QubitChannel(TWO_WIRE_DEPOLARIZING, wires=wires)
    results = []
    for observable, where in READOUT:
        if observable == "probabilities":
            # qml.probs makes its first wire the most significant bit; the lab makes wires[0]
            # the least significant (docs/spec.md §5.2), so the wires go in reversed.
            results.append(qml.probs(wires=list(reversed(where))))
        else:
            results.append(qml.expval(OBSERVABLES[observable](where)))
    if CARRIED:
        results.append(qml.density_matrix(wires=CARRIED))
    return results


def zero(n):
    rho = np.zeros((2**n, 2**n), dtype=complex)
    rho[0, 0] = 1.0
    return rho


def run():
    """Every step's exact readout values, before readout error (docs/spec.md §1.1, 1.2)."""
    carried = zero(len(CARRIED))
    steps = []
    for t, x in enumerate(INPUTS):
        rho = carried if COHERENT else np.kron(zero(DATA_QUBITS), carried)
        out = step(rho, x, NOISE["gamma"] if t > 0 else 0.0)
        steps.append([np.real(v) for v in out[: len(READOUT)]])
        if CARRIED:
            carried = np.asarray(out[len(READOUT)])
    return steps`;
