/**
 * Connects the analysis slice to the worker: after the experiment's text changes (debounced,
 * so a burst of edits costs one analysis), after the chosen sequence changes, and when a
 * training run stops running (paused, finished, stopped, diverged), the worker analyses the
 * chosen sequence, with the run's latest parameters while there is a run. While a run is
 * running nothing is asked: the views read its reports. Only the newest request may write
 * its reply; the client ends a stale analysis at once (its superseded request is ignored
 * here), and a cancelled one says why it was long. After a crash, `reanalyze` asks again.
 */
import type { LabState, LabStore } from '../store';
import { isCancelled, isSuperseded } from '../worker/client';
import type { LabApi } from '../worker/protocol';
import { cancellationMessage } from './connectWorker';

/** Quiet time after the last change before an analysis is asked for, in ms. */
const ANALYSIS_DEBOUNCE_MS = 250;

/** Options of {@link connectAnalysis} (tests shorten the debounce). */
export interface ConnectAnalysisOptions {
  debounceMs?: number;
}

/** The connection: call it to stop following the store. */
export interface AnalysisConnection {
  (): void;
  /** Asks for the analysis again (after the worker was restarted). */
  reanalyze(): void;
}

const runParams = (s: LabState) => (s.trainingStatus !== 'idle' && s.trainingReport ? s.trainingReport.params : undefined);

/** Starts following `store`. */
export function connectAnalysis(store: LabStore, api: Pick<LabApi, 'analyze'>, options: ConnectAnalysisOptions = {}): AnalysisConnection {
  const debounceMs = options.debounceMs ?? ANALYSIS_DEBOUNCE_MS;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function run(): Promise<void> {
    timer = null;
    const state = store.getState();
    if (state.experimentText === null || state.trainingStatus === 'running') return;
    const request = ++latest;
    state.analysisStarted();
    try {
      const contributions = state.exactContributionsFor === state.experimentText ? 'exact' : 'auto';
      const reply = await api.analyze(state.experimentText, { sequence: state.analysisSequence, params: runParams(state), contributions });
      if (request === latest) store.getState().analysisReplied(reply);
    } catch (error) {
      if (request !== latest || isSuperseded(error)) return;
      if (isCancelled(error)) store.getState().analysisCancelled(cancellationMessage(store.getState(), 'Analysis'));
      else store.getState().analysisFailed(error instanceof Error ? error.message : String(error));
    }
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  }

  if (store.getState().experimentText !== null) schedule();
  const unsubscribe = store.subscribe((state, previous) => {
    const edited = state.experimentText !== previous.experimentText || state.analysisSequence !== previous.analysisSequence
      || state.exactContributionsFor !== previous.exactContributionsFor;
    const stoppedRunning = previous.trainingStatus === 'running' && state.trainingStatus !== 'running';
    // A Step (or any report while not running) moves the parameters: the views follow it.
    const newReport = state.trainingStatus !== 'running' && state.trainingReport !== previous.trainingReport && state.trainingReport !== null;
    // Reset puts the file's parameters back: the views leave the trained ones.
    const reset = state.trainingStatus === 'idle' && previous.trainingStatus !== 'idle';
    if (edited || stoppedRunning || newReport || reset) schedule();
  });
  return Object.assign(() => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  }, { reanalyze: schedule });
}
