/**
 * WebAssembly kernels with 128-bit SIMD (kernels.wat, assembled into module.ts), for the passes
 * that dominate large steps. Each kernel does the same operations in the same order as its
 * scalar JavaScript twin, one complex number per vector, so results are the same bits with or
 * without it (src/core/simd/simd.test.ts), in Node and in every browser; where WebAssembly
 * SIMD is missing, `simdArea` returns null and the caller keeps the scalar kernel.
 *
 * The kernels work in the module's own memory: a caller copies a working state in with
 * `simdArea(length).set(...)`, applies kernels there, and copies the result out. The matrix
 * of `simdApply1` sits at byte 0; the area starts at byte 64. Growing the memory for a larger
 * area invalidates earlier views, so take the view again after each `simdArea` call.
 */
import { apply1 } from '../apply';
import { KERNELS_WASM_BASE64 } from './module';

interface Kernels {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  apply1(ptr: number, count: number, step: number, matrix: number): void;
  gram(ptr: number, dh: number, bytes: number, out: number): void;
  hidden(w: number, lambda: number, dh: number, bytes: number, out: number): void;
  env(a: number, y: number, rows: number, bytes: number, masks: number, count: number, out: number): void;
  product(phi: number, dl: number, s: number, dh: number, bytes: number, perm: number, out: number): void;
}

/** The little of WebAssembly this uses: the pure core is typed without the DOM's or Node's globals. */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
const host = globalThis as unknown as { WebAssembly?: WasmApi; atob?: (text: string) => string };

/**
 * Below this many complex entries in a working state, copying it into the kernels' memory
 * costs more than they save. Measured in Node, forward pass with and without them,
 * interleaved: at 64, 2 + 2 (64 entries) ran at 0.79x; at 512, 3 + 3 (512) at 1.11x and
 * 4 + 4 (4,096) at 1.55x.
 */
export const SIMD_MIN_ENTRIES = 512;

const AREA = 64;
const PAGE = 65536;
let kernels: Kernels | null | undefined;

function load(): Kernels | null {
  if (kernels !== undefined) return kernels;
  kernels = null;
  const wasm = host.WebAssembly, atob = host.atob;
  if (!wasm || !atob) return kernels;
  try {
    const bytes = Uint8Array.from(atob(KERNELS_WASM_BASE64), (c: string) => c.charCodeAt(0));
    if (wasm.validate(bytes)) kernels = new wasm.Instance(new wasm.Module(bytes)).exports as Kernels;
  } catch {
    kernels = null; // no WebAssembly, or no SIMD: the scalar kernels serve
  }
  return kernels;
}

let enabled = true;
/** The area of the last `simdArea` call. */
let current: Float64Array | null = null;

/**
 * Turns the kernels off (or on again): tests and the bench compare them with the scalar
 * kernels, which must give the same bits.
 */
export function useSimd(on: boolean): void {
  enabled = on;
}

/** Whether the kernels are there (and not turned off by {@link useSimd}). */
export function simdAvailable(): boolean {
  return enabled && load() !== null;
}

/** A view of `doubles` doubles of the kernels' memory to work in, or `null` without SIMD WebAssembly. */
export function simdArea(doubles: number): Float64Array | null {
  const k = enabled ? load() : null;
  if (!k) return null;
  const bytes = AREA + 8 * doubles;
  const have = k.memory.buffer.byteLength;
  if (bytes > have) k.memory.grow(Math.ceil((bytes - have) / PAGE));
  current = new Float64Array(k.memory.buffer, AREA, doubles);
  return current;
}

/**
 * `apply1(area, count, bit, m)` (core/apply.ts) on the area of the last `simdArea` call. The
 * kernel is `apply1`'s general case; a diagonal or real `m` takes `apply1`'s own shortcuts on
 * the area instead, whose sums differ from the general one's in the sign of a zero.
 */
export function simdApply1(count: number, bit: number, m: Float64Array): void {
  const k = load() as Kernels;
  const diagonal = m[2] === 0 && m[3] === 0 && m[4] === 0 && m[5] === 0;
  const real = m[1] === 0 && m[3] === 0 && m[5] === 0 && m[7] === 0;
  if (diagonal || real) {
    apply1(current as Float64Array, count, bit, m);
    return;
  }
  new Float64Array(k.memory.buffer, 0, 8).set(m);
  k.apply1(AREA, count, 1 << bit, 0);
}

/**
 * The sums of `blockGram` (core/isometry.ts) for the `dh` (even) blocks of `block` doubles of
 * `x`, in its order (three for each diagonal 2x2 block, then four for each later one), each
 * as (re, im); `null` without SIMD WebAssembly. Copies `x` into the kernels' memory.
 */
export function simdGramSums(x: Float64Array, dh: number, block: number): Float64Array | null {
  const pairs = dh >> 1;
  const sums = 2 * (3 * pairs + 4 * ((pairs * (pairs - 1)) >> 1));
  const area = simdArea(x.length + sums);
  if (!area) return null;
  area.set(x);
  (load() as Kernels).gram(AREA, dh, 8 * block, AREA + 8 * x.length);
  return area.subarray(x.length, x.length + sums);
}

/**
 * `hiddenTimes` (core/isometry.ts) in the kernels' memory: `(I_data (x) Lambda) W` for the
 * `dh` (a multiple of 4) blocks of `block` doubles of `w`, written to `out`, with `lambda`
 * `dh x dh`. Returns false without SIMD WebAssembly, leaving `out` as it was.
 */
export function simdHiddenTimes(w: Float64Array, lambda: Float64Array, dh: number, block: number, out: Float64Array): boolean {
  const n = dh * block;
  // The area holds W, then the output (zeroed: the kernel adds to it, as the scalar kernel does), then Lambda.
  const area = simdArea(2 * n + 2 * dh * dh);
  if (!area) return false;
  area.set(w.subarray(0, n));
  area.fill(0, n, 2 * n);
  area.set(lambda.subarray(0, 2 * dh * dh), 2 * n);
  (load() as Kernels).hidden(AREA, AREA + 16 * n, dh, 8 * block, AREA + 8 * n);
  out.set(area.subarray(n, 2 * n));
  return true;
}

/**
 * `environments` (core/adjointKernels.ts) in the kernels' memory: the environments of the row
 * bits `bits` (each at or above `colBits`) of `rows` rows of `a` and `y`, written to `out` (8
 * doubles per bit). Returns false without SIMD WebAssembly, leaving `out` as it was.
 */
export function simdEnvironments(a: Float64Array, y: Float64Array, rows: number, colBits: number, bits: readonly number[], out: Float64Array): boolean {
  const n = rows * (2 << colBits), sums = 8 * bits.length;
  // The area holds A, Y, the sums (zeroed: the kernel adds to them row by row), then the bits as row masks.
  const area = simdArea(2 * n + sums + Math.ceil(bits.length / 2));
  if (!area) return false;
  area.set(a.subarray(0, n));
  area.set(y.subarray(0, n), n);
  area.fill(0, 2 * n, 2 * n + sums);
  const masks = new Int32Array(area.buffer, area.byteOffset + 8 * (2 * n + sums), bits.length);
  bits.forEach((bit, b) => { masks[b] = 1 << (bit - colBits); });
  (load() as Kernels).env(AREA, AREA + 8 * n, rows, 16 << colBits, masks.byteOffset, bits.length, AREA + 16 * n);
  out.set(area.subarray(2 * n, 2 * n + sums));
  return true;
}

/**
 * `productFactored` (core/isometry.ts) in the kernels' memory: `phi (x) S`, row `h 2^D + d`
 * at row `perm[h 2^D + d]` (or in place without `perm`), for the `dl` complex entries of
 * `phi` and the `dh` rows of `width` doubles of `s`, written to `out` (every entry). Returns
 * false without SIMD WebAssembly, leaving `out` as it was.
 */
export function simdProduct(phi: Float64Array, s: Float64Array, dl: number, dh: number, width: number, perm: Int32Array | undefined, out: Float64Array): boolean {
  const n = dl * dh * width, rows = dl * dh;
  // The area holds the product (zeroed: a zero amplitude leaves its row), S, phi, then the row order.
  const area = simdArea(n + dh * width + 2 * dl + Math.ceil(rows / 2));
  if (!area) return false;
  area.fill(0, 0, n);
  area.set(s.subarray(0, dh * width), n);
  area.set(phi.subarray(0, 2 * dl), n + dh * width);
  const order = new Int32Array(area.buffer, area.byteOffset + 8 * (n + dh * width + 2 * dl), rows);
  if (perm) order.set(perm.subarray(0, rows));
  else for (let r = 0; r < rows; r++) order[r] = r;
  (load() as Kernels).product(AREA + 8 * (n + dh * width), dl, AREA + 8 * n, dh, 8 * width, order.byteOffset, AREA);
  out.set(area.subarray(0, n));
  return true;
}

/**
 * One-wire matrices `matrices[k]` on flat bits `bits[k]`, in order, on the `count` complex
 * entries of `buf`: `apply1` for each, through the kernels' memory when they are there and
 * the state is large enough for the copy in and out to pay. Mutates `buf`.
 */
export function apply1Run(buf: Float64Array, count: number, bits: readonly number[], matrices: readonly Float64Array[]): void {
  const area = count >= SIMD_MIN_ENTRIES && bits.length > 1 ? simdArea(buf.length) : null;
  if (!area) {
    bits.forEach((bit, k) => apply1(buf, count, bit, matrices[k]));
    return;
  }
  area.set(buf);
  bits.forEach((bit, k) => simdApply1(count, bit, matrices[k]));
  buf.set(area);
}

