/**
 * The numpy target of the Python export: a dependency-light density-matrix simulator of
 * docs/spec.md §1 in plain numpy. The density matrix of `n` wires is a tensor with `2n` axes: axis `w`
 * is the row bit of wire `w` and axis `n + w` its column bit, so no qubit-ordering convention
 * has to be translated. `python.test.ts` runs it and checks its outputs against the lab's.
 */

/** How the numpy script computes a step, for its header. */
export const NUMPY_HOW = [
  'A density-matrix simulation in numpy: each gate is U rho U^dagger, noise a Kraus sum;',
  'measure-reset keeps the hidden wires (partial trace) and prepares fresh data wires in |0>.',
];

export const NUMPY_IMPORTS = `import math

import numpy as np`;

export const NUMPY_SIMULATOR = `N = DATA_QUBITS + HIDDEN_QUBITS
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
I2 = np.eye(2, dtype=complex)
PAULI = {
    "X": np.array([[0, 1], [1, 0]], dtype=complex),
    "Y": np.array([[0, -1j], [1j, 0]], dtype=complex),
    "Z": np.array([[1, 0], [0, -1]], dtype=complex),
}


def rotation(generator, a):
    """exp(-i a G / 2) for a Pauli or a product of two Paulis G."""
    return math.cos(a / 2) * np.eye(len(generator), dtype=complex) - 1j * math.sin(a / 2) * generator


def controlled(u):
    m = np.eye(4, dtype=complex)
    m[2:, 2:] = u
    return m


# Two-wire matrices act on |first second>, index 2 * first + second (the first wire controls).
FIXED = {
    "H": np.array([[1, 1], [1, -1]], dtype=complex) / math.sqrt(2),
    "X": PAULI["X"],
    "Y": PAULI["Y"],
    "Z": PAULI["Z"],
    "S": np.diag([1, 1j]),
    "Sdg": np.diag([1, -1j]),
    "T": np.diag([1, np.exp(1j * math.pi / 4)]),
    "Tdg": np.diag([1, np.exp(-1j * math.pi / 4)]),
    "SX": np.array([[1 + 1j, 1 - 1j], [1 - 1j, 1 + 1j]]) / 2,
    "CNOT": controlled(PAULI["X"]),
    "CZ": np.diag([1, 1, 1, -1]).astype(complex),
    "SWAP": np.eye(4, dtype=complex)[[0, 2, 1, 3]],
}
ROTATIONS = {
    "RX": lambda a: rotation(PAULI["X"], a),
    "RY": lambda a: rotation(PAULI["Y"], a),
    "RZ": lambda a: rotation(PAULI["Z"], a),
    "P": lambda a: np.diag([1, np.exp(1j * a)]),
    "RXX": lambda a: rotation(np.kron(PAULI["X"], PAULI["X"]), a),
    "RYY": lambda a: rotation(np.kron(PAULI["Y"], PAULI["Y"]), a),
    "RZZ": lambda a: rotation(np.kron(PAULI["Z"], PAULI["Z"]), a),
    "CRX": lambda a: controlled(rotation(PAULI["X"], a)),
    "CRY": lambda a: controlled(rotation(PAULI["Y"], a)),
    "CRZ": lambda a: controlled(rotation(PAULI["Z"], a)),
}


def depolarizing(p, k):
    """Kraus operators of the k-wire depolarizing channel of docs/spec.md §1.4."""
    paulis = [I2, PAULI["X"], PAULI["Y"], PAULI["Z"]]
    terms = paulis if k == 1 else [np.kron(a, b) for a in paulis for b in paulis]
    rest = len(terms) - 1
    return [math.sqrt(1 - p) * terms[0]] + [math.sqrt(p / rest) * t for t in terms[1:]]


def damping(gamma):
    """Kraus operators of amplitude damping."""
    return [np.array([[1, 0], [0, math.sqrt(1 - gamma)]], dtype=complex), np.array([[0, math.sqrt(gamma)], [0, 0]], dtype=complex)]


def zero_state(n):
    rho = np.zeros((2,) * (2 * n), dtype=complex)
    rho[(0,) * (2 * n)] = 1.0
    return rho


def apply(rho, u, wires):
    """U rho U^dagger for the matrix u on wires of the density tensor rho."""
    n = rho.ndim // 2
    k = len(wires)
    u = u.reshape((2,) * (2 * k))
    ins = list(range(k, 2 * k))
    rows = list(wires)
    cols = [n + w for w in wires]
    rho = np.moveaxis(np.tensordot(u, rho, axes=(ins, rows)), list(range(k)), rows)
    return np.moveaxis(np.tensordot(u.conj(), rho, axes=(ins, cols)), list(range(k)), cols)


def apply_channel(rho, kraus, wires):
    return sum(apply(rho, k, wires) for k in kraus)


def reduce(rho, keep):
    """The partial trace of the density tensor rho onto wires keep (in that order)."""
    n = rho.ndim // 2
    rows = list(LETTERS[:n])
    cols = list(LETTERS[n:2 * n])
    for w in range(n):
        if w not in keep:
            cols[w] = rows[w]
    out = "".join(rows[w] for w in keep) + "".join(cols[w] for w in keep)
    return np.einsum("".join(rows) + "".join(cols) + "->" + out, rho)


def embed(rho_hidden):
    """|0..0><0..0| on the data wires, rho_hidden on the hidden wires."""
    d, h = DATA_QUBITS, HIDDEN_QUBITS
    full = np.multiply.outer(zero_state(d), rho_hidden)
    order = [*range(d), *range(2 * d, 2 * d + h), *range(d, 2 * d), *range(2 * d + h, 2 * d + 2 * h)]
    return full.transpose(order)


def expectation(rho, pauli, wire):
    return float(np.real(np.trace(PAULI[pauli] @ reduce(rho, [wire]))))


def probabilities(rho, wires):
    """P(b) for b = sum_j b_j 2^j (docs/spec.md §5.2). The reduced tensor flattens with its first
    axis most significant, so it is taken over the wires reversed: wires[0] comes last."""
    k = len(wires)
    reduced = reduce(rho, list(reversed(wires))).reshape(2**k, 2**k)
    return [float(v) for v in np.real(np.diagonal(reduced))]


def measure(rho):
    """Each readout's exact value: a Pauli expectation, or the outcome probabilities of its wires."""
    return [probabilities(rho, where) if o == "probabilities" else expectation(rho, o, where) for o, where in READOUT]


def run():
    """Every step's exact readout values, before readout error (docs/spec.md §1.1, 1.2)."""
    coherent = RECURRENCE == "coherent"
    carried = zero_state(N if coherent else HIDDEN_QUBITS)
    steps = []
    for x in INPUTS:
        rho = carried if coherent else embed(carried)
        for gate, wires, angle in CELL:
            u = FIXED[gate] if angle is None else ROTATIONS[gate](angle_at(angle, x))
            rho = apply(rho, u, wires)
            p = NOISE["p1"] if len(wires) == 1 else NOISE["p2"]
            if p > 0:
                rho = apply_channel(rho, depolarizing(p, len(wires)), wires)
        steps.append(measure(rho))
        carried = rho if coherent else reduce(rho, list(range(DATA_QUBITS, N)))
        first_hidden = DATA_QUBITS if coherent else 0
        if NOISE["gamma"] > 0:
            for k in range(HIDDEN_QUBITS):
                carried = apply_channel(carried, damping(NOISE["gamma"]), [first_hidden + k])
    return steps`;
