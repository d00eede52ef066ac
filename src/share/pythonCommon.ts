/**
 * The classical arithmetic every Python export shares, as Python text: the angles of
 * docs/spec.md §1.3 and 5.1, readout error on the measured features (§1.4, 5.2), the heads
 * and the MSE loss over scored steps and outputs (§2, 5.3), and the printing. Each line keeps
 * the lab's order of operations (`src/simulation/angles.ts`, `features.ts`, `head.ts`), so the
 * numpy script reproduces the lab to 1e-9 rather than to rounding luck.
 */

/** Angles and features of a QRNN's readouts, in the lab's order of operations. */
const PY_FEATURES = `def transform(kind, x):
    if kind == "arccos":
        return math.acos(min(1.0, max(-1.0, x)))
    if kind == "arctan":
        return math.atan(x)
    return x


def angle_at(angle, x):
    """The angle of a gate at the step with input vector x (docs/spec.md §1.3, 5.1):
    offset + factor * PARAMS[param] * u(x[input]) + PARAMS[bias]. Without param and input
    the product term is absent (it is not factor): {"bias": "b"} is offset + PARAMS["b"]."""
    if not isinstance(angle, dict):
        return angle
    value = angle.get("offset", 0.0)
    if "param" in angle or "input" in angle:
        factor = angle.get("factor", 1.0)
        u = 1.0 if "input" not in angle else transform(angle.get("transform", "linear"), x[angle["input"]])
        value = value + (factor * u if "param" not in angle else factor * PARAMS[angle["param"]] * u)
    if "bias" in angle:
        value = value + PARAMS[angle["bias"]]
    return value


def flip_bits(p, k):
    """Readout error on the 2^k outcome probabilities of k wires: M^(x k) p with the bit-flip
    matrix M = [[1 - q, q], [q, 1 - q]] (docs/spec.md §5.2), applied one bit at a time."""
    q = NOISE["q"]
    out = [float(v) for v in p]
    if q == 0:
        return out
    for j in range(k):
        bit = 1 << j
        for b in range(len(out)):
            if b & bit:
                continue
            p0, p1 = out[b], out[b | bit]
            out[b] = (1 - q) * p0 + q * p1
            out[b | bit] = q * p0 + (1 - q) * p1
    return out


def features(measured):
    """e_t from each readout's exact value, in readout order (docs/spec.md §1.4, 5.2): a Pauli
    expectation e becomes (1 - 2q) e; a probabilities readout's vector (wires[0] the least
    significant bit) becomes M^(x k) p and gives 2^k features."""
    out = []
    for (observable, where), value in zip(READOUT, measured):
        if observable == "probabilities":
            out.extend(flip_bits(value, len(where)))
        else:
            out.append(float(value) * (1 - 2 * NOISE["q"]))
    return out`;

/**
 * The heads, the loss and the printing every Python export shares, the QLSTM's too
 * (pythonQlstm.ts): `print_report(outputs)` prints `yhat_<t>` rows and the loss.
 */
export const PY_HEAD_AND_LOSS = `def coefficient(w):
    return PARAMS[w] if isinstance(w, str) else w


def head(e):
    """yhat_t: one output per head, yhat_{t,j} = sum_i w_{j,i} e_{i,t} + b_j (docs/spec.md §5.3)."""
    row = []
    for weights, bias in HEADS:
        y = coefficient(bias)
        for w, v in zip(weights, e):
            y += coefficient(w) * v
        row.append(y)
    return row


def mse(outputs):
    """Mean of (yhat_{t,j} - y_{t,j})^2 over the scored steps t >= WASHOUT (those with a
    target) and every output; None if no step is scored."""
    scored = [t for t in range(WASHOUT, len(TARGETS)) if TARGETS[t] is not None]
    if not scored:
        return None
    total, terms = 0.0, 0
    for t in scored:
        for y, target in zip(outputs[t], TARGETS[t]):
            r = y - target
            total += r * r
        terms += len(TARGETS[t])
    return total / terms


def print_report(outputs):
    """Prints yhat_t for every step, one line each with one value per output, then the loss."""
    for t, row in enumerate(outputs):
        print(f"yhat_{t} " + " ".join(repr(y) for y in row))
    loss = mse(outputs)
    print("loss none" if loss is None else f"loss {loss!r}")`;

/** Angles, features, heads, loss and printing, in the lab's order of operations. */
export const PY_COMMON = `${PY_FEATURES}


${PY_HEAD_AND_LOSS}


def report(steps):
    """Prints yhat_t for every step (the heads over each step's features), then the loss."""
    print_report([head(features(measured)) for measured in steps])`;
