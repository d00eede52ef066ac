/**
 * What the training announcer says to screen readers, and when: every tenth epoch ("Epoch 20
 * of 40, train loss 0.0410."), and once when a run finishes, diverges or stalls, with the run's last
 * numbers. Nothing for the reports in between (up to five a second would drown the reader),
 * nor for a reset. The status line ("Training…", "Paused") and the divergence alert speak
 * for themselves; this adds the numbers.
 */
import type { TrainingStatus } from '../store';
import { formatNumber } from '../text/format';

/** The part of the training state the announcer reads. */
export interface TrainingSnapshot {
  status: TrainingStatus;
  epoch: number;
  epochs: number;
  trainLoss: number | null;
  testLoss: number | null;
}

/** Epochs between two progress announcements. */
const ANNOUNCE_EVERY = 10;

const loss = (name: string, v: number | null) => (v === null ? '' : `, ${name} ${formatNumber(v, 4)}`);

/** The sentence for the change from `previous` to `next`, or `null` when there is nothing to say. */
export function trainingAnnouncement(previous: TrainingSnapshot, next: TrainingSnapshot): string | null {
  const where = `epoch ${next.epoch} of ${next.epochs}`;
  if (next.status === 'finished' && previous.status !== 'finished') return `Training finished at ${where}${loss('train loss', next.trainLoss)}${loss('test loss', next.testLoss)}.`;
  if (next.status === 'diverged' && previous.status !== 'diverged') return `Training diverged at ${where}.`;
  if (next.status === 'stalled' && previous.status !== 'stalled') return `Training stalled at ${where}${loss('train loss', next.trainLoss)}: the line search found no step that lowers the loss.`;
  if (next.epoch <= previous.epoch || next.status === 'finished' || next.status === 'diverged' || next.status === 'stalled') return null;
  if (Math.floor(next.epoch / ANNOUNCE_EVERY) === Math.floor(previous.epoch / ANNOUNCE_EVERY)) return null;
  return `Epoch ${next.epoch} of ${next.epochs}${loss('train loss', next.trainLoss)}.`;
}
