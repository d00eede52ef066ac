/**
 * Mounts the teaching panels while the store says they are open, each loaded on demand: the
 * Explain panel brings KaTeX, the comparison its chart, and neither is in the JavaScript sent
 * before first paint. Their stylesheets (KaTeX's among them; its fonts still load only when
 * a formula needs them) come with the page instead: inserted on first open, they would
 * restyle and relayout the whole page in one task of over 50 ms. A panel whose chunk cannot
 * be loaded says so (`PanelBoundary.tsx`).
 */
import 'katex/dist/katex.min.css';
import { lazy, Suspense } from 'react';
import { labStore, useLab } from '../../store';
import '../compare/compare.css';
import './explain.css';
import { PanelBoundary } from './PanelBoundary';
import './sheet.css';

const ExplainPanel = lazy(() => import('./ExplainPanel'));
const ComparePanel = lazy(() => import('../compare/ComparePanel'));

/** The open panels. */
export function TeachingPanels() {
  const explaining = useLab((s) => s.explainTarget !== null);
  const comparing = useLab((s) => s.compareOpen);
  return (
    <>
      {explaining && (
        <PanelBoundary onClose={() => labStore.getState().closeExplain()}>
          <Suspense fallback={null}><ExplainPanel /></Suspense>
        </PanelBoundary>
      )}
      {comparing && (
        <PanelBoundary onClose={() => labStore.getState().closeCompare()}>
          <Suspense fallback={null}><ComparePanel /></Suspense>
        </PanelBoundary>
      )}
    </>
  );
}
