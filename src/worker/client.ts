/**
 * The page's handle on the lab worker: starts `lab.worker.ts` as a module worker, wraps it
 * with Comlink as a typed `LabApi`, and keeps it alive. A training run's progress callback
 * crosses as a Comlink `proxy`; the worker moves the reports' typed arrays to this side. A worker `error` event (an uncaught
 * exception, a failed module load) terminates the broken worker, rejects every call still in
 * flight, starts a fresh worker and reports through `onCrash`; `terminate()` ends it for
 * good. Modelled on squoosh's worker bridge (`src/client/lazy-app/worker-bridge`) and the
 * qsharp worker proxy. Only this folder imports Comlink.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { AnalysisReply, CompareReply, CsvReply, DataCheckReply, ExplainReply, ExportReply, LabApi, SimulateReply, TrainingControlReply, TrainingReply } from './protocol';

/** Options of {@link createLabClient}. */
export interface LabClientOptions {
  /**
   * Called after a crashed worker has been replaced, with the reason the browser gave. The
   * new worker has no training run: any run there was is gone.
   */
  onCrash?: (message: string) => void;
  /** Makes the worker; the default starts `lab.worker.ts` as a module worker. */
  createWorker?: () => Worker;
}

/** The lab API, answered by a worker, plus its lifecycle. */
export interface LabClient extends LabApi {
  /** Stops the worker; calls in flight reject and later calls reject at once. */
  terminate(): void;
}

function startLabWorker(): Worker {
  return new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'qrnn-lab' });
}

/** Starts the worker and returns a client whose methods forward to it. */
export function createLabClient(options: LabClientOptions = {}): LabClient {
  const makeWorker = options.createWorker ?? startLabWorker;
  const inFlight = new Set<(reason: Error) => void>();
  let worker: Worker;
  let remote: Remote<LabApi>;
  let terminated = false;

  function start(): void {
    worker = makeWorker();
    worker.addEventListener('error', onWorkerError);
    remote = wrap<LabApi>(worker);
  }

  function stop(reason: Error): void {
    worker.removeEventListener('error', onWorkerError);
    worker.terminate();
    for (const reject of inFlight) reject(reason);
    inFlight.clear();
  }

  function onWorkerError(event: ErrorEvent): void {
    event.preventDefault();
    const message = event.message || 'The lab worker stopped unexpectedly.';
    stop(new Error(`${message} The worker was restarted.`));
    start();
    options.onCrash?.(message);
  }

  /** Forwards one call, rejecting it if the worker dies before it answers. */
  function call<T>(run: (api: Remote<LabApi>) => Promise<T>): Promise<T> {
    if (terminated) return Promise.reject(new Error('The lab worker has been terminated.'));
    return new Promise<T>((resolve, reject) => {
      inFlight.add(reject);
      run(remote)
        .then(resolve, reject)
        .finally(() => inFlight.delete(reject));
    });
  }

  start();
  return {
    ping: () => call((api) => api.ping()),
    // Comlink's Remote type distributes over the reply union; the value is the same union.
    simulate: (experimentJson: string) => call((api) => api.simulate(experimentJson) as Promise<SimulateReply>),
    startTraining: (experimentJson, onProgress, options) =>
      call((api) => api.startTraining(experimentJson, proxy(onProgress), options) as Promise<TrainingReply>),
    pause: () => call((api) => api.pause() as Promise<TrainingControlReply>),
    resume: () => call((api) => api.resume() as Promise<TrainingControlReply>),
    stepOnce: () => call((api) => api.stepOnce() as Promise<TrainingControlReply>),
    stop: () => call((api) => api.stop() as Promise<TrainingControlReply>),
    reset: () => call((api) => api.reset() as Promise<TrainingControlReply>),
    updateSettings: (experimentJson) => call((api) => api.updateSettings(experimentJson) as Promise<TrainingControlReply>),
    analyze: (experimentJson, options) => call((api) => api.analyze(experimentJson, options) as Promise<AnalysisReply>),
    exportProgram: (experimentJson, target) => call((api) => api.exportProgram(experimentJson, target) as Promise<ExportReply>),
    readCsv: (text) => call((api) => api.readCsv(text) as Promise<CsvReply>),
    checkData: (dataJson) => call((api) => api.checkData(dataJson) as Promise<DataCheckReply>),
    explain: (experimentJson, options) => call((api) => api.explain(experimentJson, options) as Promise<ExplainReply>),
    compare: (experimentJson, options, onProgress) =>
      call((api) => api.compare(experimentJson, options, onProgress ? proxy(onProgress) : undefined) as Promise<CompareReply>),
    terminate(): void {
      if (terminated) return;
      terminated = true;
      stop(new Error('The lab worker has been terminated.'));
    },
  };
}
