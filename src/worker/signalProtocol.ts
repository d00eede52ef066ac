/**
 * The worker's side channel to the page, beside Comlink's calls: plain `postMessage` data that
 * Comlink ignores (it answers only messages with an `id`). Types only; `signals.ts` sends them
 * from the worker and `client.ts` reads them on the page.
 *
 * - `held`: the worker holds its life lock (a Web Lock named after the worker's `name`), so
 *   the page may now queue for the same lock: it is granted the moment the worker dies, even
 *   silently (`self.close()`, the browser killing it for memory), which no event reports.
 * - `progress`: a long computation is under way: `done` of `total` units (steps, stages),
 *   what it is, and on how many qubits. Sent at most every few hundred milliseconds, and at
 *   the start of each computation, so the page can also tell a busy worker from a dead one.
 */

/** What a worker is computing when it reports progress. */
export type ProgressTask = 'simulate' | 'analyze' | 'explain';

/** A progress report of the computation in flight. */
export interface WorkerProgress {
  task: ProgressTask;
  /** Units finished so far (0 at the start). */
  done: number;
  /** Units in all (steps of the sequence, or stages of an analysis). */
  total: number;
  /** What the current unit is, in a few words (e.g. `step`, `contributions`, `forecast`). */
  unit: string;
  /** Qubits of the model being computed (`dataQubits + hiddenQubits`). */
  qubits: number;
}

/** A side-channel message from the worker. */
export type WorkerSignal =
  | { qrnnLabSignal: 'held' }
  | ({ qrnnLabSignal: 'progress' } & WorkerProgress);
