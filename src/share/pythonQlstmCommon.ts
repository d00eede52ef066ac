/**
 * The QLSTM's part of every Python export, as Python text (docs/spec.md §7): the circuit
 * `VQC_k(u)` as a gate list, the LSTM around the six circuits, and the printing. Each target
 * supplies `vqc(k, u)`, the exact `<Z_j>` of circuit `k` on input `u` (pythonQlstmTargets.ts).
 * The lines keep the lab's order of operations (src/qlstm/circuit.ts and lstm.ts: `arctan` of
 * `u * u`, the overflow-free sigmoid, `f * c + i * g`), so the numpy script reproduces the
 * lab to 1e-9.
 */

export const PY_QLSTM = `def sigmoid(x):
    """1 / (1 + e^-x), computed without overflow for large |x| (as the lab does)."""
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    e = math.exp(x)
    return e / (1 + e)


def vqc_gates(k, u):
    """VQC_k(u) (docs/spec.md §7) as (gate, wires, angle) in the order applied: on each qubit j,
    H, RY(arctan u_j), RZ(arctan u_j^2); then per layer a CNOT from every qubit j to j+1 mod N,
    for N > 2 from every j to j+2 mod N, then RZ(alpha) RY(beta) RZ(gamma) on each qubit, with
    the trained angles PARAMS["k.l.j.alpha"], ["k.l.j.beta"], ["k.l.j.gamma"]. Wires list
    [control, target] for a CNOT."""
    gates = []
    for j in range(N):
        gates += [("H", [j], None), ("RY", [j], math.atan(u[j])), ("RZ", [j], math.atan(u[j] * u[j]))]
    for layer in range(LAYERS):
        gates += [("CNOT", [j, (j + 1) % N], None) for j in range(N)]
        if N > 2:
            # With two qubits j+2 mod 2 is j itself: there is no second ring.
            gates += [("CNOT", [j, (j + 2) % N], None) for j in range(N)]
        for j in range(N):
            for gate, angle in (("RZ", "alpha"), ("RY", "beta"), ("RZ", "gamma")):
                gates.append((gate, [j], PARAMS[f"{k}.{layer}.{j}.{angle}"]))
    return gates


def run():
    """The LSTM over INPUTS (docs/spec.md §7), every circuit evaluated by vqc(k, u); returns
    e_t = VQC_y(m_t) for every step, the values the heads read:
        v_t = [x_t, h_{t-1}]; a_k = VQC_k(v_t) for k in f, i, g, o
        c_t = sigmoid(a_f) * c_{t-1} + sigmoid(a_i) * tanh(a_g); m_t = sigmoid(a_o) * tanh(c_t)
        h_t = VQC_h(m_t)[:HIDDEN_SIZE]; e_t = VQC_y(m_t)    (element-wise; h_{-1} = 0, c_{-1} = 0)"""
    h = [0.0] * HIDDEN_SIZE
    c = [0.0] * N
    features = []
    for x in INPUTS:
        v = list(x) + h
        f = [sigmoid(a) for a in vqc("f", v)]
        i = [sigmoid(a) for a in vqc("i", v)]
        g = [math.tanh(a) for a in vqc("g", v)]
        o = [sigmoid(a) for a in vqc("o", v)]
        c = [f[j] * c[j] + i[j] * g[j] for j in range(N)]
        m = [o[j] * math.tanh(c[j]) for j in range(N)]
        h = vqc("h", m)[:HIDDEN_SIZE]
        features.append(vqc("y", m))
    return features`;

/** The script's last lines: the heads over every step's `e_t`, printed as the QRNN's scripts print. */
export const PY_QLSTM_MAIN = `if __name__ == "__main__":
    print_report([head(e) for e in run()])`;
