/**
 * The history of the current training run, as the loss chart reads it: one array element
 * per epoch, appended in place as reports arrive, so a report costs a few pushes and no copy
 * of what came before. A new run gets a new history object; subscribers watch
 * `trainingHistoryLength` (a number) to learn that the arrays grew.
 */
import type { HistoryChunk } from '../worker/protocol';

/** Per-epoch series of a run; `null` where an epoch had no loss to score. */
export interface TrainingHistory {
  trainLoss: (number | null)[];
  testLoss: (number | null)[];
  circuitExecutions: number[];
  shots: number[];
}

/** A history with no epochs. */
export function emptyHistory(): TrainingHistory {
  return { trainLoss: [], testLoss: [], circuitExecutions: [], shots: [] };
}

const orNull = (v: number) => (Number.isNaN(v) ? null : v);

/**
 * Appends a report's chunk to `history` in place (NOTE mutates `history`). A chunk that
 * starts before the end replaces what follows its start; a chunk that would leave a gap is
 * refused. Returns whether it was appended.
 */
export function appendHistory(history: TrainingHistory, chunk: HistoryChunk): boolean {
  const length = history.trainLoss.length;
  if (chunk.from > length) return false;
  if (chunk.from < length) for (const series of Object.values(history)) series.length = chunk.from;
  for (let i = 0; i < chunk.trainLoss.length; i++) {
    history.trainLoss.push(orNull(chunk.trainLoss[i]));
    history.testLoss.push(orNull(chunk.testLoss[i]));
    history.circuitExecutions.push(chunk.circuitExecutions[i]);
    history.shots.push(chunk.shots[i]);
  }
  return true;
}
