/**
 * The Qiskit target of the Python export, on `qiskit.quantum_info.DensityMatrix`. Qiskit
 * orders qubits as the lab does (qubit `w` is bit `w` of a basis index; a two-qubit gate's
 * first qubit is its control), so wires carry over unchanged. Each step evolves the density
 * matrix gate by gate (noise as `Kraus` channels); measure-reset keeps the hidden register
 * with `partial_trace` and tensors fresh `|0>` data qubits onto it for the next step. Its
 * `probabilities(qargs)` orders outcomes as the lab does (`qargs[0]` the least significant bit).
 */

export const QISKIT_HOW = [
  'Each step evolves a qiskit.quantum_info.DensityMatrix gate by gate (noise as Kraus',
  'channels). With measure-reset, partial_trace keeps the hidden qubits and the next step',
  'tensors fresh |0> data qubits onto them: the mid-circuit measure-and-reset of docs/spec.md §1.1.',
];

export const QISKIT_IMPORTS = `import math

import numpy as np
from qiskit.circuit.library import (
    CRXGate,
    CRYGate,
    CRZGate,
    CXGate,
    CZGate,
    HGate,
    PhaseGate,
    RXGate,
    RXXGate,
    RYGate,
    RYYGate,
    RZGate,
    RZZGate,
    SdgGate,
    SGate,
    SwapGate,
    SXGate,
    TdgGate,
    TGate,
    XGate,
    YGate,
    ZGate,
)
from qiskit.quantum_info import DensityMatrix, Kraus, Pauli, partial_trace`;

export const QISKIT_SIMULATOR = `N = DATA_QUBITS + HIDDEN_QUBITS
COHERENT = RECURRENCE == "coherent"

FIXED = {
    "H": HGate(),
    "X": XGate(),
    "Y": YGate(),
    "Z": ZGate(),
    "S": SGate(),
    "Sdg": SdgGate(),
    "T": TGate(),
    "Tdg": TdgGate(),
    "SX": SXGate(),
    "CNOT": CXGate(),
    "CZ": CZGate(),
    "SWAP": SwapGate(),
}
# Qiskit's rotations are exp(-i a P / 2), RXXGate is exp(-i a X(x)X / 2): as in the lab.
ROTATIONS = {
    "RX": RXGate,
    "RY": RYGate,
    "RZ": RZGate,
    "P": PhaseGate,
    "RXX": RXXGate,
    "RYY": RYYGate,
    "RZZ": RZZGate,
    "CRX": CRXGate,
    "CRY": CRYGate,
    "CRZ": CRZGate,
}
PAULIS = [np.eye(2), np.array([[0, 1], [1, 0]]), np.array([[0, -1j], [1j, 0]]), np.diag([1.0, -1.0])]


def depolarizing(p, k):
    """The k-wire depolarizing channel of docs/spec.md §1.4."""
    terms = PAULIS if k == 1 else [np.kron(a, b) for a in PAULIS for b in PAULIS]
    rest = len(terms) - 1
    return Kraus([math.sqrt(1 - p) * terms[0]] + [math.sqrt(p / rest) * t for t in terms[1:]])


def damping(gamma):
    return Kraus([np.array([[1, 0], [0, math.sqrt(1 - gamma)]]), np.array([[0, math.sqrt(gamma)], [0, 0]])])


def measure(rho, observable, where):
    """A readout's exact value: a Pauli expectation, or the outcome probabilities of its wires.
    DensityMatrix.probabilities makes qargs[0] the least significant bit, as the lab makes
    wires[0] (docs/spec.md §5.2), so the vector needs no reordering (PennyLane's would)."""
    if observable == "probabilities":
        return rho.probabilities(qargs=where)
    return float(np.real(rho.expectation_value(Pauli(observable), qargs=[where])))


def zero(n):
    return DensityMatrix.from_label("0" * n)


def run():
    """Every step's exact readout values, before readout error (docs/spec.md §1.1, 1.2)."""
    carried = zero(N) if COHERENT else (zero(HIDDEN_QUBITS) if HIDDEN_QUBITS else None)
    steps = []
    for x in INPUTS:
        if COHERENT:
            rho = carried
        else:
            rho = zero(DATA_QUBITS) if carried is None else carried.tensor(zero(DATA_QUBITS))
        for gate, wires, angle in CELL:
            op = FIXED[gate] if angle is None else ROTATIONS[gate](angle_at(angle, x))
            rho = rho.evolve(op, qargs=wires)
            p = NOISE["p1"] if len(wires) == 1 else NOISE["p2"]
            if p > 0:
                rho = rho.evolve(depolarizing(p, len(wires)), qargs=wires)
        steps.append([measure(rho, observable, where) for observable, where in READOUT])
        if NOISE["gamma"] > 0:
            for w in range(DATA_QUBITS, N):
                rho = rho.evolve(damping(NOISE["gamma"]), qargs=[w])
        if COHERENT:
            carried = rho
        elif HIDDEN_QUBITS:
            carried = partial_trace(rho, list(range(DATA_QUBITS)))
    return steps`;
