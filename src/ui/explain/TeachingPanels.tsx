/**
 * Mounts the teaching panels while the store says they are open, each loaded on demand: the
 * Explain panel brings KaTeX, the comparison its chart, and neither is in the JavaScript sent
 * before first paint. Their stylesheets (KaTeX's among them; its fonts still load only when
 * a formula needs them) come with the page instead: inserted on first open, they would
 * restyle and relayout the whole page in one task of over 50 ms. A panel whose chunk cannot
 * be loaded (offline, a new deployment) says so in a small alert with a Close button instead
 * of taking the page down with it.
 */
import 'katex/dist/katex.min.css';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { labStore, useLab } from '../../store';
import '../compare/compare.css';
import './explain.css';
import './sheet.css';

const ExplainPanel = lazy(() => import('./ExplainPanel'));
const ComparePanel = lazy(() => import('../compare/ComparePanel'));

interface BoundaryProps {
  onClose(): void;
  children: ReactNode;
}

/** Catches a failed chunk load (or a render error) of one panel. */
class PanelBoundary extends Component<BoundaryProps, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="teaching-failure" role="alert">
        <p>The panel could not be opened: {this.state.message}</p>
        <button type="button" className="bar-button" aria-label="Close" onClick={this.props.onClose}>Close</button>
      </div>
    );
  }
}

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
