/**
 * The simulators of the QLSTM's Python exports: each defines `vqc(k, u)`, the exact `<Z_j>`,
 * `j = 0..N-1`, of circuit `k` on input `u`, built from `vqc_gates` (pythonQlstmCommon.ts).
 * The circuits hold no noise and no mid-circuit measurement, so a pure state suffices (the
 * QRNN's scripts need density matrices). Qubit `j` is the lab's qubit `j` in all three; only
 * single-qubit expectations are read, so no library's bit order needs translating.
 */

/** A target: how its header says it evaluates a circuit, its imports, and `vqc`. */
export interface QlstmTarget {
  name: string;
  needs: string;
  how: readonly string[];
  imports: string;
  simulator: string;
}

export const QLSTM_NUMPY: QlstmTarget = {
  name: 'numpy',
  needs: 'numpy only (pip install numpy)',
  how: [
    'Each circuit evaluation is a statevector in numpy: a tensor with one axis per qubit (axis j',
    'is qubit j), each gate applied with tensordot; <Z_j> = P(q_j = 0) - P(q_j = 1).',
  ],
  imports: 'import math\n\nimport numpy as np',
  simulator: `def rotation(pauli, a):
    """exp(-i a P / 2) for a Pauli matrix P, as the lab's RY and RZ."""
    return math.cos(a / 2) * np.eye(2, dtype=complex) - 1j * math.sin(a / 2) * pauli


# Two-qubit matrices act on |control target>, index 2 * control + target.
FIXED = {
    "H": np.array([[1, 1], [1, -1]], dtype=complex) / math.sqrt(2),
    "CNOT": np.eye(4, dtype=complex)[[0, 1, 3, 2]],
}
ROTATIONS = {
    "RY": lambda a: rotation(np.array([[0, -1j], [1j, 0]], dtype=complex), a),
    "RZ": lambda a: rotation(np.array([[1, 0], [0, -1]], dtype=complex), a),
}


def vqc(k, u):
    """<Z_j> of VQC_k(u) for every qubit j, exactly."""
    psi = np.zeros((2,) * N, dtype=complex)
    psi[(0,) * N] = 1.0
    for gate, wires, angle in vqc_gates(k, u):
        m = FIXED[gate] if angle is None else ROTATIONS[gate](angle)
        w = len(wires)
        m = m.reshape((2,) * (2 * w))
        psi = np.moveaxis(np.tensordot(m, psi, axes=(list(range(w, 2 * w)), wires)), list(range(w)), wires)
    p = np.abs(psi) ** 2
    return [float(np.sum(np.take(p, 0, axis=j)) - np.sum(np.take(p, 1, axis=j))) for j in range(N)]`,
};

export const QLSTM_PENNYLANE: QlstmTarget = {
  name: 'PennyLane',
  needs: 'PennyLane (pip install pennylane)',
  how: [
    'Each circuit evaluation is one run of a default.qubit QNode that applies the gates of',
    'vqc_gates(k, u) and returns qml.expval(qml.PauliZ(j)) for every wire j (exact, no shots).',
  ],
  imports: 'import math\n\nimport pennylane as qml',
  simulator: `# PennyLane's RY and RZ are exp(-i a P / 2), as the lab's; CNOT takes [control, target].
GATES = {"H": qml.Hadamard, "CNOT": qml.CNOT, "RY": qml.RY, "RZ": qml.RZ}

dev = qml.device("default.qubit", wires=N)


def vqc(k, u):
    """<Z_j> of VQC_k(u) for every qubit j, exactly."""
    gates = vqc_gates(k, u)

    # The gate list reaches the QNode by closure, not as an argument: PennyLane reads a
    # QNode's arguments as numbers to differentiate, and a list of names is none.
    @qml.qnode(dev)
    def circuit():
        for gate, wires, angle in gates:
            if angle is None:
                GATES[gate](wires=wires)
            else:
                GATES[gate](angle, wires=wires)
        return [qml.expval(qml.PauliZ(j)) for j in range(N)]

    return [float(v) for v in circuit()]`,
};

export const QLSTM_QISKIT: QlstmTarget = {
  name: 'Qiskit',
  needs: 'Qiskit (pip install qiskit)',
  how: [
    'Each circuit evaluation builds a QuantumCircuit from vqc_gates(k, u) and takes its exact',
    'Statevector; <Z_j> = P(q_j = 0) - P(q_j = 1). Qiskit numbers qubits as the lab does. Add',
    'measure_all() to a circuit to run it on a device, which estimates <Z_j> from shots.',
  ],
  imports: 'import math\n\nfrom qiskit import QuantumCircuit\nfrom qiskit.quantum_info import Statevector',
  simulator: `def build(gates):
    """The gates as a QuantumCircuit on N qubits (Qiskit's ry and rz are exp(-i a P / 2), as the lab's)."""
    qc = QuantumCircuit(N)
    for gate, wires, angle in gates:
        if gate == "H":
            qc.h(wires[0])
        elif gate == "CNOT":
            qc.cx(wires[0], wires[1])
        elif gate == "RY":
            qc.ry(angle, wires[0])
        else:
            qc.rz(angle, wires[0])
    return qc


def vqc(k, u):
    """<Z_j> of VQC_k(u) for every qubit j, exactly."""
    state = Statevector(build(vqc_gates(k, u)))
    return [float(p[0] - p[1]) for p in (state.probabilities([j]) for j in range(N))]`,
};
