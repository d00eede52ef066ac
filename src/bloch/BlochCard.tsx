/**
 * The "Hidden register" card, collapsed at first. Opening it loads the 3D view on demand
 * (`import('./BlochView')`, with three.js in the same separate chunk), so nothing of
 * three.js is in the first-paint bundle. This module itself must never import three.js.
 */
import { lazy, Suspense, useState } from 'react';
import { LENGTH_AND_PURITY } from './blochText';
import './bloch.css';

const BlochView = lazy(() => import('./BlochView'));

/** The collapsible card. */
export function BlochCard() {
  const [open, setOpen] = useState(false);
  return (
    <section className={`card card--bloch${open ? ' is-open' : ''}`} aria-labelledby="bloch-heading" data-panel="bloch">
      <header className="card-header">
        <h2 id="bloch-heading">Hidden register</h2>
        <p className="card-note">{LENGTH_AND_PURITY}</p>
        <button type="button" className="toggle-button" aria-label={`${open ? 'Hide' : 'Show'} Bloch balls`} aria-expanded={open} aria-controls="bloch-body" onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'} Bloch balls
        </button>
      </header>
      <div id="bloch-body" className="bloch-body" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="note bloch-note">Loading the 3D view…</p>}>
            <BlochView />
          </Suspense>
        )}
      </div>
    </section>
  );
}
