/**
 * The page's handle on the lab's workers. Each kind of work has a lane of its own, a module
 * worker started on first use and wrapped with Comlink as a typed `LabApi`:
 *
 * - `training` holds the run (it lives across calls), so nothing there is ever superseded;
 * - `simulate`, `analyze` and `explain` are stateless, and a newer request of the same kind
 *   supersedes an older one at once: if the lane's worker is still busy, it is terminated, a
 *   fresh one starts and takes the new request, and the stale promise rejects with a
 *   {@link SupersededError} (the page ignores those). Terminating is the only way to stop a
 *   synchronous computation, and a fresh worker costs about a tenth of a second, far less
 *   than a stale 12-qubit simulation (minutes);
 * - `data` (exports, CSV, data checks, study plans) and `compare` are quick or cancelled by
 *   their caller.
 *
 * Separate lanes mean a long analysis never holds up a simulation, and training never waits
 * behind either. Each lane notices a dead worker in three ways and then restarts it, rejects
 * its calls in flight and says so through `onCrash(message, lane)`:
 *
 * 1. an `error` event (an uncaught exception, a failed module load);
 * 2. its life lock: the worker holds a Web Lock named after it (`signals.ts`), and the lane
 *    queues for the same lock, which it is granted the moment the worker dies, however it
 *    dies (`self.close()`, killed for memory) and however busy it was. This is exact: a
 *    12-qubit step is one kernel call of many seconds, during which no worker can post
 *    anything, so a silence deadline on a busy worker would kill healthy work;
 * 3. a deadline, where Web Locks are missing (insecure origins) or the worker never said it
 *    holds its lock: an idle worker is pinged every `heartbeatMs` and must answer within
 *    `deadlineMs`; a busy one must send a message (a progress report or a reply) at least
 *    every `busyDeadlineMs`.
 *
 * Progress reports (`signalProtocol.ts`) from inside simulations and analyses go to
 * `onProgress`; `cancel(lane)` ends a lane's work by restarting its worker, the calls
 * rejecting with a {@link CancelledError}. Modelled on squoosh's worker bridge
 * (`src/client/lazy-app/worker-bridge`) and the qsharp worker proxy. Only this folder imports
 * Comlink.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type {
  AnalysisReply, AnyExplainReply, CompareReply, CsvReply, DataCheckReply, ExportReply, LabApi, SimulateReply, StudyPlanReply,
  TrainingControlReply, TrainingReply, TrainingThreadsReply, WorkerProgress, WorkerSignal,
} from './protocol';

/** The lanes of work, each with a worker of its own. */
export type LabLane = 'training' | 'simulate' | 'analyze' | 'explain' | 'data' | 'compare';

/** The lanes where a newer request supersedes an older one. */
const SUPERSEDING: ReadonlySet<LabLane> = new Set<LabLane>(['simulate', 'analyze', 'explain']);

/** A stale request: a newer one of the same kind took its place. Not a failure to show. */
export class SupersededError extends Error {
  constructor() {
    super('A newer request took the place of this one.');
    this.name = 'SupersededError';
  }
}

/** A request ended by `cancel()`. */
export class CancelledError extends Error {
  constructor() {
    super('The computation was cancelled.');
    this.name = 'CancelledError';
  }
}

/** Whether `error` is a superseded request (which the page ignores). */
export const isSuperseded = (error: unknown): boolean => error instanceof Error && error.name === 'SupersededError';
/** Whether `error` is a cancelled request. */
export const isCancelled = (error: unknown): boolean => error instanceof Error && error.name === 'CancelledError';

/** Options of {@link createLabClient}. */
export interface LabClientOptions {
  /**
   * Called after a dead worker has been replaced, with the reason in words and its lane. A
   * new `training` worker has no run: any run there was is gone.
   */
  onCrash?: (message: string, lane: LabLane) => void;
  /** Progress from inside a long computation. */
  onProgress?: (progress: WorkerProgress, lane: LabLane) => void;
  /** Makes a worker with the given name; the default starts `lab.worker.ts` as a module worker. */
  createWorker?: (name: string) => Worker;
  /** An idle worker is pinged this often (ms; default 2000). */
  heartbeatMs?: number;
  /** An idle worker must answer a ping within this (ms; default 6000). */
  deadlineMs?: number;
  /** A new worker must take its life lock within this (ms; default 10000: a module load on a busy machine). */
  startDeadlineMs?: number;
  /** Without a life lock, a busy worker must send something this often (ms; default 60000). */
  busyDeadlineMs?: number;
  /** Web Locks, if any (default `navigator.locks`); `null` turns the life lock off. */
  locks?: Pick<LockManager, 'request'> | null;
  /** Milliseconds from a monotonic clock (default `performance.now`). */
  now?: () => number;
}

/** The lab API, answered by workers, plus their lifecycle. */
export interface LabClient extends LabApi {
  /** Ends the lane's work in progress by restarting its worker; `false` when it was idle. */
  cancel(lane: LabLane): boolean;
  /** Stops every worker; calls in flight reject and later calls reject at once. */
  terminate(): void;
}

function startLabWorker(name: string): Worker {
  return new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name });
}

const defaultLocks = (): Pick<LockManager, 'request'> | null =>
  (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null);

const isSignal = (data: unknown): data is WorkerSignal =>
  typeof data === 'object' && data !== null && typeof (data as { qrnnLabSignal?: unknown }).qrnnLabSignal === 'string';

let lockSerial = 0;

interface Lane {
  call<T>(run: (api: Remote<LabApi>) => Promise<T>): Promise<T>;
  cancel(): boolean;
  terminate(): void;
}

/** One lane: a lazily started worker, its calls in flight and its watchers. */
function createLane(lane: LabLane, options: LabClientOptions): Lane {
  const makeWorker = options.createWorker ?? startLabWorker;
  const now = options.now ?? (() => performance.now());
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const heartbeatMs = options.heartbeatMs ?? 2000;
  const deadlineMs = options.deadlineMs ?? 6000;
  const startDeadlineMs = options.startDeadlineMs ?? 10_000;
  const busyDeadlineMs = options.busyDeadlineMs ?? 60_000;
  const inFlight = new Set<(reason: Error) => void>();
  let worker: Worker | null = null;
  let remote: Remote<LabApi> | null = null;
  /** Counts workers; a watcher of an older one stays quiet. */
  let generation = 0;
  let lockHeld = false;
  /** When the current worker started: one that has not taken its life lock by `startDeadlineMs` later died starting. */
  let startedAt = 0;
  let lastHeard = 0;
  let pingSent: number | null = null;
  let watchdog: ReturnType<typeof setInterval> | null = null;
  let terminated = false;

  function start(): Remote<LabApi> {
    const mine = ++generation;
    const name = `qrnn-lab ${lane} ${++lockSerial} ${Math.random().toString(36).slice(2)}`;
    const w = makeWorker(name);
    w.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      if (mine === generation) died(event.message || 'The lab worker stopped unexpectedly.');
    });
    w.addEventListener('message', (event: MessageEvent) => {
      if (mine !== generation) return;
      lastHeard = now();
      if (!isSignal(event.data)) return;
      if (event.data.qrnnLabSignal === 'progress') {
        const { qrnnLabSignal: _, ...progress } = event.data;
        options.onProgress?.(progress, lane);
      } else if (event.data.qrnnLabSignal === 'held' && locks) {
        lockHeld = true;
        // Granted only once the worker has let go of it, that is, once it is dead.
        void locks.request(name, () => {
          if (mine === generation && !terminated) died('The lab worker stopped without a word.');
        });
      }
    });
    worker = w;
    remote = wrap<LabApi>(w);
    lockHeld = false;
    startedAt = now();
    lastHeard = startedAt;
    pingSent = null;
    watchdog ??= setInterval(watch, Math.max(50, Math.min(heartbeatMs, deadlineMs) / 2));
    return remote;
  }

  /** Ends the current worker and rejects its calls with `reason`. */
  function stop(reason: Error): void {
    generation++;
    worker?.terminate();
    worker = null;
    remote = null;
    for (const reject of [...inFlight]) reject(reason);
    inFlight.clear();
  }

  function died(message: string): void {
    stop(new Error(`${message} The worker was restarted.`));
    start();
    options.onCrash?.(message, lane);
  }

  /** The deadline (see the file's comment): pings an idle worker, times out a silent one. */
  function watch(): void {
    if (!remote) return;
    const t = now();
    // A worker takes its life lock as it starts: one that has not, a deadline later, died before
    // it could, and no lock will tell (the training lane would otherwise wait out its 60 s).
    if (locks && !lockHeld && t - startedAt > startDeadlineMs) {
      died('The lab worker stopped while it was starting.');
      return;
    }
    if (inFlight.size > 0) {
      if (!lockHeld && t - lastHeard > busyDeadlineMs) died(`The lab worker sent nothing for ${Math.round(busyDeadlineMs / 1000)} s.`);
      return;
    }
    if (pingSent !== null) {
      // A training worker answers between epochs, and an epoch may be long.
      if (t - pingSent > (lane === 'training' ? busyDeadlineMs : deadlineMs)) died(`The lab worker did not answer for ${Math.round((t - pingSent) / 1000)} s.`);
      return;
    }
    if (t - lastHeard < heartbeatMs) return;
    // A training worker between calls may be running a long epoch: its life lock vouches for it.
    if (lane === 'training' && lockHeld) return;
    const mine = generation;
    pingSent = t;
    void remote.ping().then(() => {
      if (mine === generation) pingSent = null;
    }, () => undefined);
  }

  return {
    call<T>(run: (api: Remote<LabApi>) => Promise<T>): Promise<T> {
      if (terminated) return Promise.reject(new Error('The lab worker has been terminated.'));
      if (SUPERSEDING.has(lane) && inFlight.size > 0) {
        stop(new SupersededError());
        start();
      }
      const api = remote ?? start();
      // A ping outstanding when a call arrives is answered after the call: not a silence.
      pingSent = null;
      lastHeard = now();
      return new Promise<T>((resolve, reject) => {
        inFlight.add(reject);
        // Out of the set before the caller hears back, so its next call finds the lane idle.
        run(api).then(
          (value) => { inFlight.delete(reject); resolve(value); },
          (error: unknown) => { inFlight.delete(reject); reject(error as Error); },
        );
      });
    },
    cancel(): boolean {
      if (inFlight.size === 0 || terminated) return false;
      stop(new CancelledError());
      start();
      return true;
    },
    terminate(): void {
      if (terminated) return;
      terminated = true;
      if (watchdog !== null) clearInterval(watchdog);
      stop(new Error('The lab worker has been terminated.'));
    },
  };
}

/** Returns a client whose methods forward to the lanes' workers (each started on first use). */
export function createLabClient(options: LabClientOptions = {}): LabClient {
  const lanes = new Map<LabLane, Lane>();
  let terminated = false;
  const lane = (name: LabLane): Lane => {
    let found = lanes.get(name);
    if (!found) {
      found = createLane(name, options);
      if (terminated) found.terminate();
      lanes.set(name, found);
    }
    return found;
  };
  const training = <T>(run: (api: Remote<LabApi>) => Promise<T>) => lane('training').call(run);

  return {
    ping: () => lane('data').call((api) => api.ping()),
    // Comlink's Remote type distributes over the reply union; the value is the same union.
    simulate: (experimentJson: string) => lane('simulate').call((api) => api.simulate(experimentJson) as Promise<SimulateReply>),
    startTraining: (experimentJson, onProgress, trainingOptions) =>
      training((api) => api.startTraining(experimentJson, proxy(onProgress), trainingOptions) as Promise<TrainingReply>),
    pause: () => training((api) => api.pause() as Promise<TrainingControlReply>),
    resume: () => training((api) => api.resume() as Promise<TrainingControlReply>),
    stepOnce: () => training((api) => api.stepOnce() as Promise<TrainingControlReply>),
    stop: () => training((api) => api.stop() as Promise<TrainingControlReply>),
    reset: () => training((api) => api.reset() as Promise<TrainingControlReply>),
    updateSettings: (experimentJson) => training((api) => api.updateSettings(experimentJson) as Promise<TrainingControlReply>),
    setTrainingThreads: (count) => training((api) => api.setTrainingThreads(count) as Promise<TrainingThreadsReply>),
    analyze: (experimentJson, analyzeOptions) => lane('analyze').call((api) => api.analyze(experimentJson, analyzeOptions) as Promise<AnalysisReply>),
    exportProgram: (experimentJson, target, exportOptions) => lane('data').call((api) => api.exportProgram(experimentJson, target, exportOptions) as Promise<ExportReply>),
    readCsv: (text) => lane('data').call((api) => api.readCsv(text) as Promise<CsvReply>),
    checkData: (dataJson) => lane('data').call((api) => api.checkData(dataJson) as Promise<DataCheckReply>),
    explain: (experimentJson, explainOptions) => lane('explain').call((api) => api.explain(experimentJson, explainOptions) as Promise<AnyExplainReply>),
    compare: (experimentJson, compareOptions, onProgress) =>
      lane('compare').call((api) => api.compare(experimentJson, compareOptions, onProgress ? proxy(onProgress) : undefined) as Promise<CompareReply>),
    planStudy: (experimentJson) => lane('data').call((api) => api.planStudy(experimentJson) as Promise<StudyPlanReply>),
    cancel: (name) => lanes.get(name)?.cancel() ?? false,
    terminate(): void {
      if (terminated) return;
      terminated = true;
      for (const l of lanes.values()) l.terminate();
    },
  };
}
