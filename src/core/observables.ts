/**
 * Pauli expectations and single-wire Bloch vectors, read off density matrices (and off the
 * isometry form of a measure-reset step, see `isometry.ts`) without building operators.
 */
import { dimOf } from './density';
import type { Pauli } from './gates';

/** `Tr[P_wire rho]` for a density matrix of `n` qubits. */
export function expectPauli(rho: Float64Array, n: number, wire: number, pauli: Pauli): number {
  const dim = dimOf(n), b = 1 << wire;
  let sum = 0;
  for (let i = 0; i < dim; i++) {
    if (pauli === 'Z') {
      sum += (i & b ? -1 : 1) * rho[2 * (i * dim + i)];
    } else if (!(i & b)) {
      const p = 2 * (i * dim + (i | b)); // rho_{0 1} of the wire's block
      sum += pauli === 'X' ? 2 * rho[p] : -2 * rho[p + 1];
    }
  }
  return sum;
}

/** `[<X>, <Y>, <Z>]` of `wire`: the Bloch vector of its reduced state. */
export function blochVector(rho: Float64Array, n: number, wire: number): [number, number, number] {
  return [expectPauli(rho, n, wire, 'X'), expectPauli(rho, n, wire, 'Y'), expectPauli(rho, n, wire, 'Z')];
}

/**
 * `Im Tr[B^dagger K A]` for two `rows x 2^colBits` matrices and `K` a Pauli string on the
 * row qubits `wires` (`paulis[i]` on `wires[i]`, `I` allowed), optionally projected on the
 * first wire being `|1>` (a controlled rotation's generator `|1><1| (x) P`). One read pass,
 * no copy: the angle derivative of the adjoint method.
 */
export function imPauliStringSandwich(b: Float64Array, a: Float64Array, rows: number, colBits: number, wires: readonly number[], paulis: readonly (Pauli | 'I')[], controlled: boolean): number {
  const cols = 1 << colBits, width = 2 * cols;
  let flip = 0;
  wires.forEach((w, i) => { if (paulis[i] === 'X' || paulis[i] === 'Y') flip |= 1 << w; });
  const controlBit = controlled ? 1 << wires[0] : 0;
  let im = 0;
  for (let r = 0; r < rows; r++) {
    if (controlled && !(r & controlBit)) continue;
    // K[r, r ^ flip] = product over wires of P[bit(r), bit(src)]: Z -> +-1, X -> 1, Y -> -i (bit 0) / +i (bit 1)
    let pr = 1, pi = 0;
    for (let i = 0; i < wires.length; i++) {
      const set = (r >> wires[i]) & 1;
      const p = paulis[i];
      if (p === 'Z' && set) { pr = -pr; pi = -pi; }
      else if (p === 'Y') { const s = set ? 1 : -1; const t = pr; pr = -s * pi; pi = s * t; }
    }
    const rowB = r * width, rowA = (r ^ flip) * width;
    // sum_c conj(B[r,c]) * phase * A[src,c]
    let sr = 0, si = 0;
    for (let c = 0; c < width; c += 2) {
      const br = b[rowB + c], bi = b[rowB + c + 1], ar = a[rowA + c], ai = a[rowA + c + 1];
      sr += br * ar + bi * ai;
      si += br * ai - bi * ar;
    }
    im += pr * si + pi * sr;
  }
  return im;
}

/**
 * `out += c P_wire A` for a `rows x 2^colBits` matrix `A` and a real `c`: the readout term
 * of the adjoint observable. Mutates `out`.
 */
export function addScaledPauli(out: Float64Array, a: Float64Array, rows: number, colBits: number, wire: number, pauli: Pauli, c: number): void {
  const width = 2 << colBits, bit = 1 << wire;
  for (let r = 0; r < rows; r++) {
    const set = (r & bit) !== 0;
    const src = (pauli === 'Z' ? r : r ^ bit) * width, to = r * width;
    // P[r, src]: Z -> +-1, X -> 1, Y -> -i (bit 0) or +i (bit 1)
    const pr = pauli === 'Y' ? 0 : pauli === 'Z' && set ? -c : c;
    const pi = pauli === 'Y' ? (set ? c : -c) : 0;
    for (let k = 0; k < width; k += 2) {
      const ar = a[src + k], ai = a[src + k + 1];
      out[to + k] += pr * ar - pi * ai;
      out[to + k + 1] += pr * ai + pi * ar;
    }
  }
}

/**
 * The squared norm of the `width` doubles of `w` from `from`. With four partial sums when the
 * width allows: one running sum waits on its own additions, and this read every row of the
 * working state at every step.
 */
function rowNorm(w: Float64Array, from: number, width: number): number {
  if (width % 4 !== 0) {
    let norm = 0;
    for (let k = from, end = from + width; k < end; k++) norm += w[k] * w[k];
    return norm;
  }
  let n0 = 0, n1 = 0, n2 = 0, n3 = 0;
  for (let k = from, end = from + width; k < end; k += 4) {
    n0 += w[k] * w[k];
    n1 += w[k + 1] * w[k + 1];
    n2 += w[k + 2] * w[k + 2];
    n3 += w[k + 3] * w[k + 3];
  }
  return (n0 + n1) + (n2 + n3);
}

/**
 * `Tr[P_wire W W^dagger]` for a `rows x 2^colBits` matrix `W`: the expectation of a Pauli on
 * the state `W W^dagger`, real, summed over pairs of rows (Z needs no pair at all).
 */
export function expectPauliRows(w: Float64Array, rows: number, colBits: number, wire: number, pauli: Pauli): number {
  const width = 2 << colBits, bit = 1 << wire;
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    if (pauli === 'Z') {
      const norm = rowNorm(w, r * width, width);
      sum += r & bit ? -norm : norm;
      continue;
    }
    if (r & bit) continue;
    // 2 Re <w_r|P|...>: X pairs give 2 Re(conj(w_r) w_s), Y pairs 2 Im(conj(w_r) w_s) for s = r with the bit set
    const s = r | bit;
    let re = 0, im = 0;
    for (let k = 0; k < width; k += 2) {
      const ar = w[r * width + k], ai = w[r * width + k + 1], br = w[s * width + k], bi = w[s * width + k + 1];
      re += ar * br + ai * bi;
      im += ar * bi - ai * br;
    }
    sum += pauli === 'X' ? 2 * re : 2 * im;
  }
  return sum;
}

/** The outcome index of basis row `r` on `wires`: `sum_j bit(r, wires[j]) 2^j` (docs/spec.md §5.2). */
export function outcomeOf(r: number, wires: readonly number[]): number {
  let b = 0;
  for (let j = 0; j < wires.length; j++) if (r & (1 << wires[j])) b |= 1 << j;
  return b;
}

/**
 * The joint outcome probabilities of `wires` on the state `W W^dagger` of a
 * `rows x 2^colBits` matrix `W`: row norms summed by outcome, `wires[0]` the least
 * significant bit.
 */
export function probabilitiesRows(w: Float64Array, rows: number, colBits: number, wires: readonly number[]): number[] {
  const width = 2 << colBits;
  const out = new Array<number>(1 << wires.length).fill(0);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let k = r * width, end = k + width; k < end; k++) norm += w[k] * w[k];
    out[outcomeOf(r, wires)] += norm;
  }
  return out;
}

/** The joint outcome probabilities of `wires` in a density matrix of `n` qubits: its diagonal summed by outcome. */
export function probabilitiesDensity(rho: Float64Array, n: number, wires: readonly number[]): number[] {
  const dim = dimOf(n);
  const out = new Array<number>(1 << wires.length).fill(0);
  for (let r = 0; r < dim; r++) out[outcomeOf(r, wires)] += rho[2 * (r * dim + r)];
  return out;
}

/**
 * `out += D A` for the diagonal observable `D = sum_b d[b] Pi_b` over the outcomes of `wires`
 * and a `rows x 2^colBits` matrix `A`: the probabilities term of the adjoint observable.
 * Mutates `out`.
 */
export function addScaledOutcomes(out: Float64Array, a: Float64Array, rows: number, colBits: number, wires: readonly number[], d: readonly number[]): void {
  const width = 2 << colBits;
  for (let r = 0; r < rows; r++) {
    const c = d[outcomeOf(r, wires)];
    if (c === 0) continue;
    for (let k = r * width, end = k + width; k < end; k++) out[k] += c * a[k];
  }
}

/** `x += sum_b d[b] Pi_b` on a density-matrix-shaped operator of `n` qubits (its diagonal). Mutates `x`. */
export function addOutcomesDiagonal(x: Float64Array, n: number, wires: readonly number[], d: readonly number[]): void {
  const dim = dimOf(n);
  for (let r = 0; r < dim; r++) x[2 * (r * dim + r)] += d[outcomeOf(r, wires)];
}
