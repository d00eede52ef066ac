/**
 * The training slice: the run's status, counters, history and latest report, and the
 * actions behind Play, Pause, Step and Reset. The numerics run in the worker; this slice
 * only calls its API and files the reports. Two guards keep a stale run out: each start
 * request has a number, and a report is taken only from the newest request's callback and
 * only with the current run id. Refusals of pause, resume and step are races with the run's
 * own end (the buttons are disabled otherwise) and are not shown.
 */
import type { TrainingControlReply, TrainingOptions, TrainingProgress, TrainingRunStatus } from '../worker/protocol';
import { appendHistory, emptyHistory } from './trainingHistory';
import type { LabSlice, TrainingCounters, TrainingSlice, TrainingStatus } from './types';

/** Said in the Training panel after the worker crashed during a run. */
export const CRASH_MESSAGE = 'The computation worker stopped and was restarted; training was reset.';

const STATUS: Record<TrainingRunStatus, TrainingStatus> = {
  running: 'running', paused: 'paused', finished: 'finished', diverged: 'diverged', stalled: 'stalled', failed: 'error', stopped: 'idle',
};

const zeroCounters = (epochs: number): TrainingCounters => ({
  epoch: 0, epochs, trainLoss: null, testLoss: null, circuitExecutions: 0, shots: 0, elapsedMs: 0,
});

const countersOf = (r: TrainingProgress): TrainingCounters => ({
  epoch: r.epoch, epochs: r.epochs, trainLoss: r.trainLoss, testLoss: r.testLoss,
  circuitExecutions: r.cost.circuitExecutions, shots: r.cost.shots, elapsedMs: r.elapsedMs,
});

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The threads this machine offers training: its cores, at most 8 (the training worker starts one fewer helpers). */
export function availableThreads(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined): number {
  return Math.max(1, Math.min(cores || 1, 8));
}

/** Creates the training slice. */
export const createTrainingSlice: LabSlice<TrainingSlice> = (set, get) => {
  /** The newest start request; bumped by start, reset, stop and crash to drop older callbacks. */
  let request = 0;

  const cleared = () => ({
    trainingRunId: null, trainingCounters: zeroCounters(get().experiment?.training.epochs ?? 0),
    trainingHistory: emptyHistory(), trainingHistoryLength: 0, trainingReport: null, trainingMessage: null,
  });

  function receive(mine: number, report: TrainingProgress): void {
    const s = get();
    if (mine !== request || (s.trainingRunId !== null && report.runId !== s.trainingRunId)) return;
    appendHistory(s.trainingHistory, report.history);
    set({
      trainingRunId: report.runId, trainingStatus: STATUS[report.status], trainingCounters: countersOf(report),
      trainingHistoryLength: s.trainingHistory.trainLoss.length, trainingReport: report, trainingMessage: report.message,
    });
  }

  /** Starts a run; resolves to whether it started. */
  async function start(options: TrainingOptions): Promise<boolean> {
    const { trainingApi: api, experimentText: text } = get();
    if (!api || text === null) {
      set({ trainingStatus: 'error', trainingMessage: text === null ? 'Open an experiment to train.' : 'The computation worker is not connected.' });
      return false;
    }
    const mine = ++request;
    // A resumed run keeps the history on screen: its reports go on from its last epoch.
    set({ ...(options.resume ? { trainingRunId: null, trainingReport: null, trainingMessage: null } : cleared()), trainingStatus: options.paused ? 'paused' : 'running' });
    try {
      const reply = await api.startTraining(text, (r) => receive(mine, r), { ...options, threads: get().trainingThreads });
      if (mine !== request) return false;
      if (!reply.ok) {
        set({ trainingStatus: 'error', trainingMessage: reply.message });
        return false;
      }
      set((s) => ({ trainingRunId: reply.runId, trainingComputedIn: reply.computedIn, trainingCounters: { ...s.trainingCounters, epochs: reply.epochs } }));
      return true;
    } catch (error) {
      if (mine === request) set({ trainingStatus: 'error', trainingMessage: messageOf(error) });
      return false;
    }
  }

  /** A control call on the current run; `show` puts a refusal in the message area. */
  async function control(call: (api: NonNullable<TrainingSlice['trainingApi']>) => Promise<TrainingControlReply>, show = false): Promise<void> {
    const api = get().trainingApi;
    if (!api || get().trainingRunId === null) return;
    const mine = request;
    try {
      const reply = await call(api);
      if (mine === request && !reply.ok && show) set({ trainingMessage: reply.message });
    } catch (error) {
      if (mine === request) set({ trainingStatus: 'error', trainingMessage: messageOf(error) });
    }
  }

  return {
    trainingStatus: 'idle',
    trainingRunId: null,
    trainingCounters: zeroCounters(0),
    trainingHistory: emptyHistory(),
    trainingHistoryLength: 0,
    trainingReport: null,
    trainingMessage: null,
    trainingComputedIn: null,
    trainingThreads: availableThreads(),
    async setTrainingThreads(count) {
      set({ trainingThreads: count });
      try {
        await get().trainingApi?.setTrainingThreads(count);
      } catch {
        // A worker that cannot answer takes the number with the next run's start.
      }
    },
    trainingApi: null,
    attachTrainingApi(api) {
      set({ trainingApi: api });
    },
    async playTraining() {
      const status = get().trainingStatus;
      if (status === 'paused') await control((api) => api.resume());
      else if (status === 'idle' || status === 'error') await start({});
    },
    resumeTraining: (resume) => start({ paused: true, resume }),
    async pauseTraining() {
      if (get().trainingStatus === 'running') await control((api) => api.pause());
    },
    async stepTraining() {
      const status = get().trainingStatus;
      if (status === 'idle' || status === 'error') {
        if (!(await start({ paused: true }))) return;
      } else if (status !== 'paused') return;
      await control((api) => api.stepOnce());
    },
    async resetTraining() {
      request++;
      set({ ...cleared(), trainingStatus: 'idle' });
      try {
        await get().trainingApi?.reset();
      } catch {
        // A worker that cannot answer has no run either: the reset stands.
      }
    },
    async stopTraining() {
      await control((api) => api.stop());
      request++;
      set({ trainingStatus: 'idle', trainingRunId: null });
    },
    async updateTrainingSettings() {
      const { trainingStatus: status, experimentText: text } = get();
      if (text === null || !(status === 'paused' || status === 'diverged' || status === 'stalled' || status === 'finished')) return;
      await control((api) => api.updateSettings(text), true);
    },
    trainingCrashed(message = CRASH_MESSAGE) {
      const s = get();
      request++;
      if (s.trainingStatus === 'idle' && s.trainingRunId === null && s.trainingReport === null) return;
      set({ ...cleared(), trainingStatus: 'error', trainingMessage: message });
    },
  };
};
