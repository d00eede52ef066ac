/**
 * In-place kernels that apply a 2x2 or 4x4 complex matrix to one or two bits of a flat
 * complex index (see README.md, "Flat bits"). One kernel serves state vectors, isometries
 * and both sides of `U rho U^dagger`; nothing here allocates.
 */

/**
 * Applies the 2x2 matrix `m` (interleaved, row-major) to flat bit `bit` of the `count`
 * complex entries of `buf`. Mutates `buf`.
 */
export function apply1(buf: Float64Array, count: number, bit: number, m: Float64Array): void {
  const step = 1 << bit;
  const m00r = m[0], m00i = m[1], m01r = m[2], m01i = m[3];
  const m10r = m[4], m10i = m[5], m11r = m[6], m11i = m[7];
  if (m01r === 0 && m01i === 0 && m10r === 0 && m10i === 0) {
    applyDiagonal1(buf, count, step, m00r, m00i, m11r, m11i);
    return;
  }
  if (m00i === 0 && m01i === 0 && m10i === 0 && m11i === 0) {
    applyReal1(buf, count, step, m00r, m01r, m10r, m11r);
    return;
  }
  for (let base = 0; base < count; base += step << 1) {
    const end = base + step;
    for (let i = base; i < end; i++) {
      const a = i << 1, b = (i + step) << 1;
      const ar = buf[a], ai = buf[a + 1], br = buf[b], bi = buf[b + 1];
      buf[a] = m00r * ar - m00i * ai + m01r * br - m01i * bi;
      buf[a + 1] = m00r * ai + m00i * ar + m01r * bi + m01i * br;
      buf[b] = m10r * ar - m10i * ai + m11r * br - m11i * bi;
      buf[b + 1] = m10r * ai + m10i * ar + m11r * bi + m11i * br;
    }
  }
}

/**
 * `apply1(src, count, bit, m)` followed by `permuteRowsInto(src, dst, 2^colBits, perm)` in
 * one pass, with `src` left as it was: each pair is computed exactly as `apply1` computes it
 * (the same three cases, the same expressions), and written straight to its permuted rows.
 * A step that ends in one-wire gates and a CNOT ring saves the permutation's pass.
 */
export function apply1Permuted(src: Float64Array, dst: Float64Array, count: number, bit: number, m: Float64Array, colBits: number, perm: Int32Array): void {
  const step = 1 << bit, mask = (1 << colBits) - 1;
  const m00r = m[0], m00i = m[1], m01r = m[2], m01i = m[3];
  const m10r = m[4], m10i = m[5], m11r = m[6], m11i = m[7];
  const diagonal = m01r === 0 && m01i === 0 && m10r === 0 && m10i === 0;
  const real = !diagonal && m00i === 0 && m01i === 0 && m10i === 0 && m11i === 0;
  const skip0 = diagonal && m00r === 1 && m00i === 0;
  for (let base = 0; base < count; base += step << 1) {
    const end = base + step;
    for (let i = base; i < end; i++) {
      const j = i + step;
      const a = i << 1, b = j << 1;
      const pa = ((perm[i >> colBits] << colBits) | (i & mask)) << 1, pb = ((perm[j >> colBits] << colBits) | (j & mask)) << 1;
      const ar = src[a], ai = src[a + 1], br = src[b], bi = src[b + 1];
      if (diagonal) {
        dst[pa] = skip0 ? ar : m00r * ar - m00i * ai;
        dst[pa + 1] = skip0 ? ai : m00r * ai + m00i * ar;
        dst[pb] = m11r * br - m11i * bi;
        dst[pb + 1] = m11r * bi + m11i * br;
      } else if (real) {
        dst[pa] = m00r * ar + m01r * br;
        dst[pa + 1] = m00r * ai + m01r * bi;
        dst[pb] = m10r * ar + m11r * br;
        dst[pb + 1] = m10r * ai + m11r * bi;
      } else {
        dst[pa] = m00r * ar - m00i * ai + m01r * br - m01i * bi;
        dst[pa + 1] = m00r * ai + m00i * ar + m01r * bi + m01i * br;
        dst[pb] = m10r * ar - m10i * ai + m11r * br - m11i * bi;
        dst[pb + 1] = m10r * ai + m10i * ar + m11r * bi + m11i * br;
      }
    }
  }
}

/** `apply1` for a real matrix: half the multiplications. */
function applyReal1(buf: Float64Array, count: number, step: number, m00: number, m01: number, m10: number, m11: number): void {
  for (let base = 0; base < count; base += step << 1) {
    const end = base + step;
    for (let i = base; i < end; i++) {
      const a = i << 1, b = (i + step) << 1;
      const ar = buf[a], ai = buf[a + 1], br = buf[b], bi = buf[b + 1];
      buf[a] = m00 * ar + m01 * br;
      buf[a + 1] = m00 * ai + m01 * bi;
      buf[b] = m10 * ar + m11 * br;
      buf[b + 1] = m10 * ai + m11 * bi;
    }
  }
}

function applyDiagonal1(buf: Float64Array, count: number, step: number, d0r: number, d0i: number, d1r: number, d1i: number): void {
  const skip0 = d0r === 1 && d0i === 0;
  for (let base = 0; base < count; base += step << 1) {
    const end = base + step;
    for (let i = base; i < end; i++) {
      if (!skip0) {
        const a = i << 1;
        const ar = buf[a], ai = buf[a + 1];
        buf[a] = d0r * ar - d0i * ai;
        buf[a + 1] = d0r * ai + d0i * ar;
      }
      const b = (i + step) << 1;
      const br = buf[b], bi = buf[b + 1];
      buf[b] = d1r * br - d1i * bi;
      buf[b + 1] = d1r * bi + d1i * br;
    }
  }
}

type Structure = 'diagonal' | 'controlled' | 'general';

function structureOf(m: Float64Array): Structure {
  let offDiagonal = false;
  for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) {
    if (r !== c && (m[2 * (4 * r + c)] !== 0 || m[2 * (4 * r + c) + 1] !== 0)) offDiagonal = true;
  }
  if (!offDiagonal) return 'diagonal';
  // Identity on the control-|0> block and no coupling between the blocks.
  const id = m[0] === 1 && m[1] === 0 && m[10] === 1 && m[11] === 0 && m[2] === 0 && m[3] === 0 && m[8] === 0 && m[9] === 0;
  if (!id) return 'general';
  for (const r of [0, 1]) for (const c of [2, 3]) {
    if (m[2 * (4 * r + c)] !== 0 || m[2 * (4 * r + c) + 1] !== 0 || m[2 * (4 * c + r)] !== 0 || m[2 * (4 * c + r) + 1] !== 0) return 'general';
  }
  return 'controlled';
}

/** The diagonal 4x4 case: each entry of the four-entry blocks scaled, entries of 1 skipped. */
function applyDiagonal2(buf: Float64Array, count: number, lo: number, hi: number, sA: number, sB: number, m: Float64Array): void {
  const sLo = 1 << lo, sHi = 1 << hi;
  for (let l = 0; l < 4; l++) {
    // Diagonal entry l sits at (l, l): doubles 10 l and 10 l + 1; its offset in the block is l's bits.
    const dr = m[10 * l], di = m[10 * l + 1];
    if (dr === 1 && di === 0) continue;
    const offset = (l & 2 ? sA : 0) | (l & 1 ? sB : 0);
    for (let a = 0; a < count; a += sHi << 1) {
      for (let b = a; b < a + sHi; b += sLo << 1) {
        const end = b + sLo;
        for (let i = b; i < end; i++) {
          const p = (i + offset) << 1;
          const xr = buf[p], xi = buf[p + 1];
          buf[p] = dr * xr - di * xi;
          buf[p + 1] = dr * xi + di * xr;
        }
      }
    }
  }
}

/**
 * Applies the 4x4 matrix `m` to flat bits `bitA` (the first wire, local index bit 1) and
 * `bitB` (the second wire, local index bit 0) of the `count` complex entries of `buf`.
 * Mutates `buf`.
 */
export function apply2(buf: Float64Array, count: number, bitA: number, bitB: number, m: Float64Array): void {
  const sA = 1 << bitA, sB = 1 << bitB;
  const lo = Math.min(bitA, bitB), hi = Math.max(bitA, bitB);
  const kind = structureOf(m);
  if (kind === 'controlled') {
    applyControlled(buf, count, lo, hi, sA, sB, m);
    return;
  }
  if (kind === 'diagonal') {
    applyDiagonal2(buf, count, lo, hi, sA, sB, m);
    return;
  }
  applyGeneral2(buf, count, lo, hi, sA, sB, m);
}

/** The dense 4x4 case, with the matrix held in locals and the loops written out. */
function applyGeneral2(buf: Float64Array, count: number, lo: number, hi: number, sA: number, sB: number, m: Float64Array): void {
  // Indexed reads, not destructuring: destructuring a typed array runs its iterator, which allocates.
  const a00r = m[0], a00i = m[1], a01r = m[2], a01i = m[3], a02r = m[4], a02i = m[5], a03r = m[6], a03i = m[7];
  const a10r = m[8], a10i = m[9], a11r = m[10], a11i = m[11], a12r = m[12], a12i = m[13], a13r = m[14], a13i = m[15];
  const a20r = m[16], a20i = m[17], a21r = m[18], a21i = m[19], a22r = m[20], a22i = m[21], a23r = m[22], a23i = m[23];
  const a30r = m[24], a30i = m[25], a31r = m[26], a31i = m[27], a32r = m[28], a32i = m[29], a33r = m[30], a33i = m[31];
  const sLo = 1 << lo, sHi = 1 << hi;
  for (let a = 0; a < count; a += sHi << 1) {
    for (let b = a; b < a + sHi; b += sLo << 1) {
      const end = b + sLo;
      for (let i = b; i < end; i++) {
        const p0 = i << 1, p1 = (i | sB) << 1, p2 = (i | sA) << 1, p3 = (i | sA | sB) << 1;
        const x0r = buf[p0], x0i = buf[p0 + 1], x1r = buf[p1], x1i = buf[p1 + 1];
        const x2r = buf[p2], x2i = buf[p2 + 1], x3r = buf[p3], x3i = buf[p3 + 1];
        buf[p0] = a00r * x0r - a00i * x0i + a01r * x1r - a01i * x1i + a02r * x2r - a02i * x2i + a03r * x3r - a03i * x3i;
        buf[p0 + 1] = a00r * x0i + a00i * x0r + a01r * x1i + a01i * x1r + a02r * x2i + a02i * x2r + a03r * x3i + a03i * x3r;
        buf[p1] = a10r * x0r - a10i * x0i + a11r * x1r - a11i * x1i + a12r * x2r - a12i * x2i + a13r * x3r - a13i * x3i;
        buf[p1 + 1] = a10r * x0i + a10i * x0r + a11r * x1i + a11i * x1r + a12r * x2i + a12i * x2r + a13r * x3i + a13i * x3r;
        buf[p2] = a20r * x0r - a20i * x0i + a21r * x1r - a21i * x1i + a22r * x2r - a22i * x2i + a23r * x3r - a23i * x3i;
        buf[p2 + 1] = a20r * x0i + a20i * x0r + a21r * x1i + a21i * x1r + a22r * x2i + a22i * x2r + a23r * x3i + a23i * x3r;
        buf[p3] = a30r * x0r - a30i * x0i + a31r * x1r - a31i * x1i + a32r * x2r - a32i * x2i + a33r * x3r - a33i * x3i;
        buf[p3 + 1] = a30r * x0i + a30i * x0r + a31r * x1i + a31i * x1r + a32r * x2i + a32i * x2r + a33r * x3i + a33i * x3r;
      }
    }
  }
}

/** The target-block 2x2 of `m` (rows and columns 2, 3) where the control bit (sA) is set: loops over the half where it is. */
function applyControlled(buf: Float64Array, count: number, lo: number, hi: number, sA: number, sB: number, m: Float64Array): void {
  const u00r = m[20], u00i = m[21], u01r = m[22], u01i = m[23], u10r = m[28], u10i = m[29], u11r = m[30], u11i = m[31];
  const isX = u00r === 0 && u00i === 0 && u11r === 0 && u11i === 0 && u01r === 1 && u01i === 0 && u10r === 1 && u10i === 0;
  const sLo = 1 << lo, sHi = 1 << hi;
  for (let a = 0; a < count; a += sHi << 1) {
    for (let b = a; b < a + sHi; b += sLo << 1) {
      const end = b + sLo;
      for (let i0 = b; i0 < end; i0++) {
        const i = i0 | sA;
        const p = i << 1, q = (i | sB) << 1;
        const ar = buf[p], ai = buf[p + 1], br = buf[q], bi = buf[q + 1];
        if (isX) {
          buf[p] = br; buf[p + 1] = bi; buf[q] = ar; buf[q + 1] = ai;
          continue;
        }
        buf[p] = u00r * ar - u00i * ai + u01r * br - u01i * bi;
        buf[p + 1] = u00r * ai + u00i * ar + u01r * bi + u01i * br;
        buf[q] = u10r * ar - u10i * ai + u11r * br - u11i * bi;
        buf[q + 1] = u10r * ai + u10i * ar + u11r * bi + u11i * br;
      }
    }
  }
}

/**
 * Applies a 1- or 2-wire matrix to the row qubits of an `R x 2^colBits` matrix (a state
 * vector when `colBits` is 0, an isometry when it is `H`). Mutates `buf`.
 */
export function applyToRows(buf: Float64Array, count: number, colBits: number, wires: readonly number[], m: Float64Array): void {
  if (wires.length === 1) apply1(buf, count, wires[0] + colBits, m);
  else apply2(buf, count, wires[0] + colBits, wires[1] + colBits, m);
}
