/**
 * A mini-batch shared out through memory instead of messages (issue 17), where threads can
 * share memory (a cross-origin isolated page, Node). The training worker writes a job on the
 * board (the batch's parameters and its work cut into chunks) and wakes the helpers; then
 * every thread, the training worker included, takes the next chunk from one counter until
 * none is left. A thread held up by the system (the page, the collector, another process)
 * simply takes fewer: nobody waits at a fixed half, and no reply waits in an event loop.
 *
 * Which thread computes a chunk changes nothing: every thread computes it with the same
 * function at the same float64 parameters, and the training worker joins the chunks in
 * plan order, so the results are the bits one thread gives.
 *
 * Layout (int32 words, then bytes):
 *   JOB      the job's number; helpers wait on it
 *   STOP     1 once the board is retired: helpers leave it
 *   COUNT    the job's chunks
 *   NEXT     the job's tag << 8 | the next chunk to take: one compare-and-swap both checks
 *            that the job is still the current one and takes a chunk of it
 *   DONE     bumped by a helper at each chunk it finishes; the training worker waits on it
 *   PLAN_END where the job's encoded plan ends
 *   per chunk: STATE (tag << 2 | done or failed), and the start and end of the helper's
 *              encoded result
 *   the plan's bytes, then each helper's result bytes.
 * A chunk's words are written only by the thread that took it in that job, and read with
 * their tag, so nothing left from an earlier job is mistaken for this one's. A helper that
 * dies ends the board: the training worker computes what is not done and retires it.
 */
import type { PieceResult, WindowGradients, WindowPiece } from '../training/windowGradients';
import { decodeFrom, encodeInto } from './sharedCodec';

const JOB = 0;
const STOP = 1;
const COUNT = 2;
const NEXT = 3;
const DONE = 4;
const PLAN_END = 5;
const HEADER_WORDS = 8;
const STATE = 0;
const START = 1;
const END = 2;
const WORDS_PER_CHUNK = 3;

/** Most chunks a job may have (the chunk index is the low 8 bits of NEXT). */
export const MAX_CHUNKS = 64;
const PLAN_BYTES = 1 << 18;
const RESULT_BYTES = 1 << 22;
const TAG_MASK = 0x7fffff;
const DONE_STATE = 1;
const FAILED_STATE = 2;
const WORDS = HEADER_WORDS + WORDS_PER_CHUNK * MAX_CHUNKS;
const PLAN_AT = 4 * WORDS;

/** Whether this thread can share memory with others (`SharedArrayBuffer` and `Atomics.waitAsync`). */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === 'function' && typeof Atomics.waitAsync === 'function' && (globalThis.crossOriginIsolated ?? true);
}

/** A new board for a run with `helpers` helper threads. */
export function createBoard(helpers: number): SharedArrayBuffer {
  return new SharedArrayBuffer(PLAN_AT + PLAN_BYTES + helpers * RESULT_BYTES);
}

/** What a job asks: the batch's parameters, and its work in chunks (runs of pieces, in plan order). */
interface Job {
  params: Record<string, number>;
  chunks: WindowPiece[][];
}

const slot = (chunk: number, word: number) => HEADER_WORDS + chunk * WORDS_PER_CHUNK + word;
const resultsAt = (helper: number) => PLAN_AT + PLAN_BYTES + helper * RESULT_BYTES;

/** Waits until `words[index]` is no longer `value`, or `ms` have passed; never blocks the thread. */
async function changeOf(words: Int32Array, index: number, value: number, ms: number): Promise<void> {
  const waited = Atomics.waitAsync(words, index, value, ms);
  if (waited.async) await waited.value;
}

/** Takes the next chunk of the job tagged `tag`: its index, or -1 when none is left or the job is over. */
function take(words: Int32Array, tag: number): number {
  for (;;) {
    const next = Atomics.load(words, NEXT);
    if (next >>> 8 !== tag || (next & 0xff) >= Atomics.load(words, COUNT)) return -1;
    if (Atomics.compareExchange(words, NEXT, next, next + 1) === next) return next & 0xff;
  }
}

/** The training worker's side of a board. */
export interface BoardTrainer {
  /**
   * The chunks' results in plan order: the job written and the helpers woken, chunks taken
   * here as the helpers take theirs, and the helpers' chunks read back (or computed here
   * when a helper failed one). `alive` says whether helper `i` still runs; once one does
   * not, the chunks not yet done are computed here and the board is `broken`.
   */
  share(params: Readonly<Record<string, number>>, chunks: WindowPiece[][], local: WindowGradients, alive: (helper: number) => boolean): Promise<PieceResult[][]>;
  /** Whether a helper died during a job: the board must not be used again. */
  readonly broken: boolean;
  /** Chunks the helpers have computed so far, of every job (the rest were computed here). */
  readonly takenByHelpers: number;
  /** Tells the helpers to leave the board. */
  retire(): void;
}

/** The training worker's side of `buffer`, shared with `helpers` helpers. */
export function boardTrainer(buffer: SharedArrayBuffer, helpers: number): BoardTrainer {
  const words = new Int32Array(buffer, 0, WORDS);
  const bytes = new Uint8Array(buffer);
  let job = 0;
  let broken = false;
  let takenByHelpers = 0;
  return {
    get broken() { return broken; },
    get takenByHelpers() { return takenByHelpers; },
    async share(params, chunks, local, alive) {
      if (broken) throw new Error('the board was broken by a helper that died');
      if (chunks.length > MAX_CHUNKS) throw new Error(`a job has at most ${MAX_CHUNKS} chunks, not ${chunks.length}`);
      job = (job + 1) & TAG_MASK || 1;
      const planEnd = encodeInto({ params: { ...params }, chunks } satisfies Job, bytes.subarray(0, PLAN_AT + PLAN_BYTES), PLAN_AT);
      Atomics.store(words, PLAN_END, planEnd);
      Atomics.store(words, COUNT, chunks.length);
      Atomics.store(words, NEXT, job << 8);
      Atomics.store(words, JOB, job);
      Atomics.notify(words, JOB);
      const results: (PieceResult[] | undefined)[] = new Array(chunks.length);
      for (let c = take(words, job); c >= 0; c = take(words, job)) results[c] = local.computePieces(params, chunks[c]);
      for (;;) {
        const done = Atomics.load(words, DONE);
        broken ||= Array.from({ length: helpers }, (_, i) => i).some((i) => !alive(i));
        let missing = 0;
        for (let c = 0; c < chunks.length; c++) {
          if (results[c]) continue;
          const state = Atomics.load(words, slot(c, STATE));
          if (state === ((job << 2) | DONE_STATE)) {
            results[c] = decodeFrom(bytes, Atomics.load(words, slot(c, START)), Atomics.load(words, slot(c, END))) as PieceResult[];
            takenByHelpers++;
          } else if (state === ((job << 2) | FAILED_STATE) || broken) results[c] = local.computePieces(params, chunks[c]);
          else missing++;
        }
        if (missing === 0) return results as PieceResult[][];
        // A slice at a time: a helper that dies is seen to (`alive`) between slices.
        await changeOf(words, DONE, done, 100);
      }
    },
    retire() {
      Atomics.store(words, STOP, 1);
      Atomics.notify(words, JOB);
    },
  };
}

/**
 * Helper `index`'s side of a board: waits for jobs (without blocking its event loop, so its
 * messages still arrive) and takes chunks of each until none is left, until the board is
 * retired or `current` says it was replaced.
 */
export async function serveBoard(buffer: SharedArrayBuffer, index: number, gradients: WindowGradients, current: () => boolean): Promise<void> {
  const words = new Int32Array(buffer, 0, WORDS);
  const bytes = new Uint8Array(buffer);
  const region = bytes.subarray(0, resultsAt(index) + RESULT_BYTES);
  let seen = 0;
  for (;;) {
    if (Atomics.load(words, STOP) === 1 || !current()) return;
    const job = Atomics.load(words, JOB);
    if (job === seen) {
      await changeOf(words, JOB, seen, Infinity);
      continue;
    }
    seen = job;
    let plan: Job | null = null;
    let at = resultsAt(index);
    for (let c = take(words, job); c >= 0; c = take(words, job)) {
      let state = FAILED_STATE;
      try {
        // Read once a chunk is held: the training worker writes no other plan before the job is done.
        plan ??= decodeFrom(bytes, PLAN_AT, Atomics.load(words, PLAN_END)) as Job;
        const end = encodeInto(gradients.computePieces(plan.params, plan.chunks[c]), region, at);
        Atomics.store(words, slot(c, START), at);
        Atomics.store(words, slot(c, END), end);
        at = end;
        state = DONE_STATE;
      } catch {
        // Too big for the board, or not computable here: the training worker computes it itself.
      }
      Atomics.store(words, slot(c, STATE), (job << 2) | state);
      Atomics.add(words, DONE, 1);
      Atomics.notify(words, DONE);
    }
  }
}
