/**
 * The "Loss per epoch" card: the loss chart and its "Log scale" toggle, a pressed/unpressed
 * button whose choice only this card needs, so it stays local view state.
 */
import { useState } from 'react';
import { LossChart } from '../plots/LossChart';

/** The loss chart in a card with its scale toggle. */
export function LossCard() {
  const [log, setLog] = useState(false);
  return (
    <section className="card card--chart card--loss" aria-labelledby="loss-heading">
      <header className="card-header">
        <h2 id="loss-heading">Loss per epoch</h2>
        <button type="button" className="toggle-button" aria-label="Log scale" aria-pressed={log} onClick={() => setLog(!log)}>
          Log scale
        </button>
      </header>
      <div className="chart-frame">
        <LossChart log={log} />
      </div>
    </section>
  );
}
