/**
 * The analysis slice: the worker's latest analysis of one training sequence (exact
 * contributions, Bloch vectors per step, memory profile), its status, progress and error. It
 * holds results only; `src/app/connectAnalysis.ts` asks the worker and calls these actions.
 */
import type { AnalysisReply, AnalysisSuccess, WorkerProgress } from '../worker/protocol';
import type { LabSlice } from './types';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface AnalysisSlice {
  analysisStatus: AnalysisStatus;
  /** The latest successful analysis, kept while a newer one runs so views do not flicker. */
  analysis: AnalysisSuccess | null;
  /** Why the latest analysis failed or was cancelled, in words; `null` otherwise. */
  analysisError: string | null;
  /** The running analysis's latest progress report; `null` when none. */
  analysisProgress: WorkerProgress | null;
  /** Which training sequence to analyse (the worker clamps it). */
  analysisSequence: number;
  /**
   * The experiment text whose exact contributions the user asked for although they are slow
   * (analysisProtocol.ts, `contributions`); any edit makes it stale, so the next analysis
   * defers them again.
   */
  exactContributionsFor: string | null;
  /** Asks for the exact contributions of the current experiment, however long they take. */
  computeExactContributions(): void;
  analysisStarted(): void;
  analysisReplied(reply: AnalysisReply): void;
  analysisFailed(message: string): void;
  analysisProgressed(progress: WorkerProgress): void;
  analysisCancelled(message: string): void;
  chooseAnalysisSequence(index: number): void;
}

/** Creates the analysis slice. */
export const createAnalysisSlice: LabSlice<AnalysisSlice> = (set) => ({
  analysisStatus: 'idle',
  analysis: null,
  analysisError: null,
  analysisProgress: null,
  analysisSequence: 0,
  exactContributionsFor: null,
  computeExactContributions() {
    set((s) => ({ exactContributionsFor: s.experimentText }));
  },
  analysisStarted() {
    set({ analysisStatus: 'running', analysisProgress: null });
  },
  analysisReplied(reply) {
    if (reply.ok) set({ analysisStatus: 'done', analysis: reply, analysisError: null, analysisProgress: null });
    else set({ analysisStatus: 'error', analysisProgress: null, analysisError: `The analysis was refused: ${reply.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}.` });
  },
  analysisFailed(message) {
    set({ analysisStatus: 'error', analysisError: message, analysisProgress: null });
  },
  analysisProgressed(progress) {
    set((s) => (s.analysisStatus === 'running' ? { analysisProgress: progress } : {}));
  },
  analysisCancelled(message) {
    set({ analysisStatus: 'cancelled', analysisError: message, analysisProgress: null });
  },
  chooseAnalysisSequence(index) {
    set({ analysisSequence: Math.max(0, Math.trunc(index)) });
  },
});
