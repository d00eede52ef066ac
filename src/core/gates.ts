/**
 * The gate table of docs/spec.md §1.5: each gate's arity, whether it takes an angle, its matrix, the
 * generator a derivative needs, and its parameter-shift rule. Matrices follow the layout of
 * README.md (interleaved complex, row-major, two-wire basis `|first second>`).
 */
import { cos, sin } from './detmath';
import { f64 } from './arena';

export const FIXED_GATES = ['H', 'X', 'Y', 'Z', 'S', 'Sdg', 'T', 'Tdg', 'SX', 'CNOT', 'CZ', 'SWAP'] as const;
export const PARAMETRISED_GATES = ['RX', 'RY', 'RZ', 'P', 'RXX', 'RYY', 'RZZ', 'CRX', 'CRY', 'CRZ'] as const;
export type FixedGate = (typeof FIXED_GATES)[number];
export type ParametrisedGate = (typeof PARAMETRISED_GATES)[number];
export type GateName = FixedGate | ParametrisedGate;
export const GATE_NAMES: readonly GateName[] = [...FIXED_GATES, ...PARAMETRISED_GATES];

export type Pauli = 'X' | 'Y' | 'Z';

/** How the derivative of an expectation with respect to a gate's angle is measured. */
export type ShiftRule = 'two-term' | 'four-term';

export interface GateInfo {
  readonly name: GateName;
  readonly arity: 1 | 2;
  readonly parametrised: boolean;
  /** For parametrised gates: the rule of docs/spec.md §3.2. */
  readonly shiftRule?: ShiftRule;
  /**
   * For parametrised gates, `dG/da = -(i/2) K G` (up to a global phase) with `K` this
   * Hermitian operator on the gate's wires: the Pauli (string) of a rotation, `|1><1| (x) P`
   * for a controlled rotation and `Z` for `P`.
   */
  readonly generator?: Generator;
  /** 2x2 or 4x4 interleaved complex matrix; `angle` is ignored by fixed gates. */
  matrix(angle: number): Float64Array;
}

/** A generator as a Pauli on each wire of the gate, optionally projected on control `|1>`. */
export interface Generator {
  readonly paulis: readonly (Pauli | 'I')[];
  readonly controlled: boolean;
  /**
   * Factor on the Pauli product (1 for every gate of docs/spec.md §1.5). `P` (phase) has
   * `dP/da = -(i/2) (Z - I) P`: its generator is `Z` up to a multiple of the identity, which
   * commutes with everything and so changes no expectation value.
   */
  readonly scale: number;
}

const S2 = Math.SQRT1_2;

function m2(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): Float64Array {
  const m = f64(8);
  m[0] = a; m[1] = b; m[2] = c; m[3] = d; m[4] = e; m[5] = f; m[6] = g; m[7] = h;
  return m;
}

/** 4x4 from a list of 16 complex pairs, row-major. */
function m4(entries: readonly [number, number][]): Float64Array {
  const out = f64(32);
  entries.forEach(([re, im], k) => {
    out[2 * k] = re;
    out[2 * k + 1] = im;
  });
  return out;
}

function controlled(u: Float64Array): Float64Array {
  const out = f64(32);
  out[0] = 1; // (0,0)
  out[2 * 5] = 1; // (1,1)
  // rows/cols 2,3 hold u
  out[2 * 10] = u[0]; out[2 * 10 + 1] = u[1];
  out[2 * 11] = u[2]; out[2 * 11 + 1] = u[3];
  out[2 * 14] = u[4]; out[2 * 14 + 1] = u[5];
  out[2 * 15] = u[6]; out[2 * 15 + 1] = u[7];
  return out;
}

const rx = (a: number) => { const c = cos(a / 2), s = sin(a / 2); return m2(c, 0, 0, -s, 0, -s, c, 0); };
const ry = (a: number) => { const c = cos(a / 2), s = sin(a / 2); return m2(c, 0, -s, 0, s, 0, c, 0); };
const rz = (a: number) => { const c = cos(a / 2), s = sin(a / 2); return m2(c, -s, 0, 0, 0, 0, c, s); };

/** exp(-i a/2 P(x)P) = cos(a/2) I - i sin(a/2) P(x)P for a two-wire Pauli string. */
function pauliPairRotation(pp: Float64Array, a: number): Float64Array {
  const c = cos(a / 2), s = sin(a / 2);
  const out = f64(32);
  for (let k = 0; k < 16; k++) {
    const re = pp[2 * k], im = pp[2 * k + 1];
    // -i s (re + i im) = s im - i s re
    out[2 * k] = s * im;
    out[2 * k + 1] = -s * re;
  }
  for (let d = 0; d < 4; d++) out[2 * (5 * d)] += c;
  return out;
}

const PAULI_2: Record<Pauli, Float64Array> = {
  X: m2(0, 0, 1, 0, 1, 0, 0, 0),
  Y: m2(0, 0, 0, -1, 0, 1, 0, 0),
  Z: m2(1, 0, 0, 0, 0, 0, -1, 0),
};

/** Kronecker product of two 2x2 interleaved matrices: (a (x) b)[2i+k][2j+l] = a[i][j] b[k][l]. */
export function kron2(a: Float64Array, b: Float64Array): Float64Array {
  const out = f64(32);
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) for (let k = 0; k < 2; k++) for (let l = 0; l < 2; l++) {
    const ar = a[2 * (2 * i + j)], ai = a[2 * (2 * i + j) + 1];
    const br = b[2 * (2 * k + l)], bi = b[2 * (2 * k + l) + 1];
    const idx = 2 * ((2 * i + k) * 4 + (2 * j + l));
    out[idx] = ar * br - ai * bi;
    out[idx + 1] = ar * bi + ai * br;
  }
  return out;
}

const XX = kron2(PAULI_2.X, PAULI_2.X);
const YY = kron2(PAULI_2.Y, PAULI_2.Y);
const ZZ = kron2(PAULI_2.Z, PAULI_2.Z);

function fixed(name: GateName, arity: 1 | 2, m: Float64Array): GateInfo {
  return { name, arity, parametrised: false, matrix: () => m };
}

function rotation(name: GateName, arity: 1 | 2, rule: ShiftRule, generator: Generator, f: (a: number) => Float64Array): GateInfo {
  return { name, arity, parametrised: true, shiftRule: rule, generator, matrix: f };
}

const one = (p: Pauli): Generator => ({ paulis: [p], controlled: false, scale: 1 });
const pair = (p: Pauli): Generator => ({ paulis: [p, p], controlled: false, scale: 1 });
const ctrl = (p: Pauli): Generator => ({ paulis: ['I', p], controlled: true, scale: 1 });

const ph = (a: number) => m2(1, 0, 0, 0, 0, 0, cos(a), sin(a));

export const GATES: Readonly<Record<GateName, GateInfo>> = {
  H: fixed('H', 1, m2(S2, 0, S2, 0, S2, 0, -S2, 0)),
  X: fixed('X', 1, PAULI_2.X),
  Y: fixed('Y', 1, PAULI_2.Y),
  Z: fixed('Z', 1, PAULI_2.Z),
  S: fixed('S', 1, m2(1, 0, 0, 0, 0, 0, 0, 1)),
  Sdg: fixed('Sdg', 1, m2(1, 0, 0, 0, 0, 0, 0, -1)),
  T: fixed('T', 1, m2(1, 0, 0, 0, 0, 0, S2, S2)),
  Tdg: fixed('Tdg', 1, m2(1, 0, 0, 0, 0, 0, S2, -S2)),
  SX: fixed('SX', 1, m2(0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5)),
  CNOT: fixed('CNOT', 2, m4([[1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [1, 0], [0, 0]])),
  CZ: fixed('CZ', 2, m4([[1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [-1, 0]])),
  SWAP: fixed('SWAP', 2, m4([[1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [1, 0]])),
  RX: rotation('RX', 1, 'two-term', one('X'), rx),
  RY: rotation('RY', 1, 'two-term', one('Y'), ry),
  RZ: rotation('RZ', 1, 'two-term', one('Z'), rz),
  P: rotation('P', 1, 'two-term', one('Z'), ph),
  RXX: rotation('RXX', 2, 'two-term', pair('X'), (a) => pauliPairRotation(XX, a)),
  RYY: rotation('RYY', 2, 'two-term', pair('Y'), (a) => pauliPairRotation(YY, a)),
  RZZ: rotation('RZZ', 2, 'two-term', pair('Z'), (a) => pauliPairRotation(ZZ, a)),
  CRX: rotation('CRX', 2, 'four-term', ctrl('X'), (a) => controlled(rx(a))),
  CRY: rotation('CRY', 2, 'four-term', ctrl('Y'), (a) => controlled(ry(a))),
  CRZ: rotation('CRZ', 2, 'four-term', ctrl('Z'), (a) => controlled(rz(a))),
};

export function isGateName(name: unknown): name is GateName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(GATES, name);
}

export function pauliMatrix(p: Pauli): Float64Array {
  return PAULI_2[p];
}

/** Conjugate transpose of a square interleaved matrix of side `dim` (new buffer). */
export function dagger(m: Float64Array, dim: number): Float64Array {
  const out = f64(m.length);
  for (let r = 0; r < dim; r++) for (let c = 0; c < dim; c++) {
    out[2 * (c * dim + r)] = m[2 * (r * dim + c)];
    out[2 * (c * dim + r) + 1] = -m[2 * (r * dim + c) + 1];
  }
  return out;
}

/** Entry-wise complex conjugate (new buffer). */
export function conjugate(m: Float64Array): Float64Array {
  const out = f64(m.length);
  for (let k = 0; k < m.length; k += 2) {
    out[k] = m[k];
    out[k + 1] = -m[k + 1];
  }
  return out;
}
