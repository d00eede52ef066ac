/**
 * Small `Float64Array`s carved from shared slabs instead of each owning an `ArrayBuffer`.
 *
 * A typed array over 64 bytes gets a backing store of its own outside the JavaScript heap,
 * and V8 sweeps every such store a scavenge finds dead on a background thread. A training
 * epoch of the default preset made about 27,000 of them (states and factors of a few hundred
 * bytes); with one training thread the sweeping ran on the idle core, but with a thread per
 * core it took a core's worth of time from the computation (Chromium's trace: more than a
 * second per 2.5 s run). Views of a 64 KiB slab, handed out in order and never reused, need
 * no store of their own: a slab is freed by the garbage collector like any object once no
 * view of it is alive. A fresh slab is zero-filled, so a view is as a new array is.
 *
 * Only arrays of at most {@link ARENA_MAX_LENGTH} entries come from slabs, so a long-lived
 * small array pins at most one slab, and large states keep buffers of their own.
 */

/** The longest array taken from a slab (entries): 2 KiB. */
export const ARENA_MAX_LENGTH = 256;
const SLAB_LENGTH = 8192;

let slab: Float64Array<ArrayBuffer> = new Float64Array(SLAB_LENGTH);
let used = 0;

/** A new zero-filled array of `length` entries (from a shared slab when it is small). */
export function f64(length: number): Float64Array<ArrayBuffer> {
  if (length > ARENA_MAX_LENGTH) return new Float64Array(length);
  if (used + length > SLAB_LENGTH) {
    slab = new Float64Array(SLAB_LENGTH);
    used = 0;
  }
  const view = slab.subarray(used, used + length);
  used += length;
  return view;
}

/** A new array holding a copy of `source` (from a shared slab when it is small). */
export function f64Copy(source: Float64Array): Float64Array<ArrayBuffer> {
  const out = f64(source.length);
  out.set(source);
  return out;
}
