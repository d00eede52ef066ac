/**
 * Catches a failed chunk load (offline, a new deployment) or a render error of one panel
 * loaded on demand, and says so in a small alert with a Close button instead of taking the
 * page down with it. Shared by the teaching panels and the Studies view.
 */
import { Component, type ReactNode } from 'react';

interface BoundaryProps {
  onClose(): void;
  children: ReactNode;
}

/** The boundary around one lazily loaded panel. */
export class PanelBoundary extends Component<BoundaryProps, { message: string | null }> {
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
