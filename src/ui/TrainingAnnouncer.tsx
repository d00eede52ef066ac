/**
 * A visually hidden polite live region that announces training progress at a readable rate
 * (`trainingAnnouncement.ts`). It follows the store outside React's render path, so the
 * reports of a run re-render nothing but this one line, and only when it has news. It sits
 * outside the Training panel, so a link that hides that panel keeps the announcements.
 */
import { useEffect, useState } from 'react';
import { labStore, type LabState } from '../store';
import { trainingAnnouncement, type TrainingSnapshot } from './trainingAnnouncement';

const snapshot = (s: LabState): TrainingSnapshot => ({ status: s.trainingStatus, ...s.trainingCounters });

/** The live region. */
export function TrainingAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(() => labStore.subscribe((state, previous) => {
    if (state.trainingCounters === previous.trainingCounters && state.trainingStatus === previous.trainingStatus) return;
    const said = trainingAnnouncement(snapshot(previous), snapshot(state));
    if (said !== null) setMessage(said);
  }), []);
  return <p className="visually-hidden" aria-live="polite" data-testid="training-announcer">{message}</p>;
}
