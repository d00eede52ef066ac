/**
 * Packs what a run knows into a `TrainingProgress` report: the history entries not yet
 * reported, the latest outputs and contributions, as fresh typed arrays, and the list of
 * their buffers so the transport can move them instead of copying. A fresh array per report
 * matters: a transferred buffer is detached on this side and cannot be sent twice.
 */
import type { EpochReport, HistoryEntry } from '../training/trainer';
import { toContributionTable } from './contributionTable';
import { zeroNegligibleRecord } from './negligible';
import type { HistoryChunk, OutputsSnapshot, TrainingCheckpoint, TrainingProgress, TrainingRunStatus } from './trainingProtocol';

/** What the run holds when a report is due. */
export interface ReportSource {
  runId: number;
  status: TrainingRunStatus;
  epochs: number;
  /** The run's whole history (every trainer it has had), epochs numbered from 1. */
  history: readonly HistoryEntry[];
  /** Entries already sent. */
  reported: number;
  /** The latest epoch's report from the trainer, `null` before the first. */
  latest: EpochReport | null;
  /** The outputs to show: the latest epoch's, or the current trainer's when it has run none. */
  shown: EpochReport['outputs'] | null;
  /** The current parameters. */
  params: Record<string, number>;
  /** Circuit executions and shots spent since the run started. */
  cost: { circuitExecutions: number; shots: number };
  elapsedMs: number;
  /** Threads the latest epoch ran on (1: this one alone). */
  threads: number;
  message: string | null;
  washout: number;
  /** Where the run is, to resume from (plain data, copied into the report as it is). */
  checkpoint?: TrainingCheckpoint;
}

const orNaN = (v: number | null) => (v === null ? NaN : v);

function historyChunk(history: readonly HistoryEntry[], from: number): HistoryChunk {
  const entries = history.slice(from);
  return {
    from,
    trainLoss: Float64Array.from(entries, (e) => orNaN(e.trainLoss)),
    testLoss: Float64Array.from(entries, (e) => orNaN(e.testLoss)),
    circuitExecutions: Float64Array.from(entries, (e) => e.circuitExecutions),
    shots: Float64Array.from(entries, (e) => e.shots),
  };
}

function outputsSnapshot(shown: EpochReport['outputs'], washout: number): OutputsSnapshot {
  const { index, outputs, targets } = shown;
  const outputCount = outputs[0]?.length ?? 1;
  const flatTargets = targets.flatMap((y) => y ?? new Array<number>(outputCount).fill(NaN));
  return { index, outputCount, outputs: Float64Array.from(outputs.flat()), targets: Float64Array.from(flatTargets), washout };
}


/** The report, and the buffers of its typed arrays (to transfer with it). */
export function buildReport(source: ReportSource): { report: TrainingProgress; transfer: ArrayBuffer[] } {
  const { latest, history } = source;
  const last = history[history.length - 1] ?? null;
  const report: TrainingProgress = {
    runId: source.runId,
    status: source.status,
    epoch: history.length,
    epochs: source.epochs,
    trainLoss: last?.trainLoss ?? null,
    testLoss: last?.testLoss ?? null,
    cost: { ...source.cost },
    elapsedMs: source.elapsedMs,
    threads: source.threads,
    message: source.message,
    history: historyChunk(history, source.reported),
    outputs: source.shown ? outputsSnapshot(source.shown, source.washout) : null,
    params: { ...source.params },
    gradient: latest ? zeroNegligibleRecord(latest.gradient) : {},
    occurrences: toContributionTable(latest?.occurrences ?? []),
    ...(source.checkpoint ? { checkpoint: source.checkpoint } : {}),
  };
  const { history: h, outputs: o, occurrences: c } = report;
  const arrays = [h.trainLoss, h.testLoss, h.circuitExecutions, h.shots, c.param, c.gate, c.step, c.contribution];
  if (o) arrays.push(o.outputs, o.targets);
  return { report, transfer: arrays.map((a) => a.buffer as ArrayBuffer) };
}
