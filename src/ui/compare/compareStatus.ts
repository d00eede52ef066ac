/**
 * The comparison's status in words, a pure function of the store's status, progress and
 * error: "Running … 3 of 15 configurations done.", "Done: 1 configuration.", and a cancel
 * that names what finished, or that nothing did ("Cancelled before any configuration
 * finished.") rather than "after 0 of 0".
 */
import { plural } from '../../text/plural';

export type CompareStatusKind = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** The status line; `kept` is how many finished configurations the page still shows. */
export function compareStatusText(status: CompareStatusKind, progress: { done: number; total: number } | null, error: string | null, kept = 0): string {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  switch (status) {
    case 'idle':
      return 'Not run yet: choose the settings and press Run comparison.';
    case 'running':
      return total > 0 ? `Running on the worker pool: ${done} of ${plural(total, 'configuration')} done.` : 'Starting the comparison\'s workers…';
    case 'done':
      return `Done: ${plural(total, 'configuration')}.`;
    case 'cancelled':
      if (done === 0) return 'Cancelled before any configuration finished.';
      return `Cancelled after ${done} of ${plural(total, 'configuration')}.${kept > 0 ? ` ${kept === 1 ? 'The finished one is' : `The ${kept} finished ones are`} kept below.` : ''}`;
    case 'error':
      return error ?? 'The comparison failed.';
  }
}
