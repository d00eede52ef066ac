/**
 * The first visit's "start here": two sentences on where to begin, until the visitor
 * dismisses them or starts training. Dismissal is remembered in the browser's storage (when
 * the browser allows it), so the hint greets a first visit only.
 */
import { useEffect, useState } from 'react';
import { useLab } from '../store';
import { selectCellLocked } from '../store/classroomSlice';
import { startHint } from '../text/hints';
import { selectModelKind } from '../store/selectors';

const DISMISSED_KEY = 'qrnn-lab.start-hint-dismissed';

/** Put away in this page (kept here too, for a browser that blocks storage). */
let dismissedHere = false;

function readDismissed(): boolean {
  if (dismissedHere) return true;
  try {
    return window.localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberDismissed(): void {
  dismissedHere = true;
  try {
    window.localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Storage blocked or full: the hint only stays dismissed for this page.
  }
}

/** The hint, or nothing once dismissed or once a run has started. */
export function StartHint() {
  const [dismissed, setDismissed] = useState(readDismissed);
  const locked = useLab(selectCellLocked);
  const qlstm = useLab(selectModelKind) === 'qlstm';
  const started = useLab((s) => s.trainingStatus !== 'idle' || s.trainingCounters.epoch > 0);
  const dismiss = () => {
    rememberDismissed();
    setDismissed(true);
  };
  // A first run puts the hint away for good, as Got it does: Reset or a reload does not bring it back.
  useEffect(() => {
    if (started) rememberDismissed();
  }, [started]);
  if (dismissed || started || dismissedHere) return null;
  return (
    <aside className="start-hint" aria-label="Start here">
      <p>
        <strong>Start here.</strong> {startHint(locked, qlstm)}
      </p>
      <button type="button" aria-label="Got it" onClick={dismiss}>Got it</button>
    </aside>
  );
}
