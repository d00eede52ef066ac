/**
 * Mounts the Studies view while the store says it is open, loaded on demand: its code (the
 * chart, the forms, the table) is not in the JavaScript sent before first paint. Its
 * stylesheet comes with the page, as the teaching panels' do, so that the first open does not
 * restyle the whole page in one long task.
 */
import { lazy, Suspense } from 'react';
import { labStore, useLab } from '../../store';
import { PanelBoundary } from '../explain/PanelBoundary';
import './study.css';

const StudiesView = lazy(() => import('./StudiesView'));

/** The view, when open. */
export function StudiesMount() {
  const open = useLab((s) => s.studyOpen);
  if (!open) return null;
  return (
    <PanelBoundary onClose={() => labStore.getState().closeStudy()}>
      <Suspense fallback={null}><StudiesView /></Suspense>
    </PanelBoundary>
  );
}
