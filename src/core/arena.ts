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
/** Most slabs a finished scope keeps for the next ones; the rest are left to the collector. */
const SPARE_SLABS = 8;

let slab: Float64Array<ArrayBuffer> = new Float64Array(SLAB_LENGTH);
let used = 0;
/** Zero-filled slabs given back by finished scopes, taken before new ones. */
const spare: Float64Array<ArrayBuffer>[] = [];
/** While a scope is open: the slabs it has moved past, in order. */
let passed: Float64Array<ArrayBuffer>[] | null = null;

function nextSlab(): void {
  if (passed) passed.push(slab);
  slab = spare.pop() ?? new Float64Array(SLAB_LENGTH);
  used = 0;
}

/** A new zero-filled array of `length` entries (from a shared slab when it is small). */
export function f64(length: number): Float64Array<ArrayBuffer> {
  if (length > ARENA_MAX_LENGTH) return new Float64Array(length);
  if (used + length > SLAB_LENGTH) nextSlab();
  // A view made by the constructor: `subarray` looks up the species constructor on every call.
  const view = new Float64Array(slab.buffer, used * 8, length);
  used += length;
  return view;
}

/** A new array holding a copy of `source` (from a shared slab when it is small). */
export function f64Copy(source: Float64Array): Float64Array<ArrayBuffer> {
  const out = f64(source.length);
  out.set(source);
  return out;
}

/**
 * Runs `run` as a scope whose arrays from {@link f64} are all dead when it returns: their
 * memory is zero-filled and handed out again by the next calls. A parameter-shift gradient
 * re-runs the rest of the sequence for every shift, and each step's working state and next
 * hidden state die with the step; without a scope they came to megabytes of slabs an epoch,
 * which V8 counts against its heap limit until a scavenge and a background sweep free them,
 * so it started a full collection every few epochs (and the full collection dropped the
 * compiled code of short-lived closures, which were then compiled again). With a scope the
 * same few kilobytes serve every shifted run, and stay in the cache.
 *
 * The caller vouches that nothing `run` allocates here outlives it: its result must hold
 * plain numbers or arrays of its own. Scopes do not nest: an inner one is part of the outer.
 */
export function reclaiming<T>(run: () => T): T {
  if (passed) return run();
  const start = slab, from = used;
  passed = [];
  try {
    return run();
  } finally {
    const moved = passed;
    passed = null;
    if (moved.length === 0) slab.fill(0, from, used);
    else {
      // `moved[0]` is the slab the scope began in; the others and the current one were entered inside it.
      slab.fill(0, 0, used);
      for (const full of [...moved.slice(1), slab]) {
        if (full !== slab) full.fill(0);
        if (spare.length < SPARE_SLABS) spare.push(full);
      }
      start.fill(0, from);
      slab = start;
    }
    used = from;
  }
}
