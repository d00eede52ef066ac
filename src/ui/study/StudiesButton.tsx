/**
 * "Studies" in the top bar: opens the Studies view on the current experiment (its study, or
 * a way to start one). Marked while a study runs, so a closed view still shows it is busy.
 */
import { labStore, useLab } from '../../store';

/** The button. */
export function StudiesButton() {
  const running = useLab((s) => s.studyStatus === 'running');
  const hasStudy = useLab((s) => s.experiment?.study !== undefined);
  return (
    <button
      type="button" className={`bar-button studies-button${running ? ' is-running' : ''}`} data-studies-button=""
      aria-label="Studies" title={hasStudy ? 'Open the study: its runs, loss curves and table' : 'Compare training runs: variants over seeds, beside classical baselines'}
      onClick={() => labStore.getState().openStudy()}
    >
      <svg viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false"><path d="M4 19h16M5 16c3-7 5-9 7-4s5 2 7-6M5 12c3-3 6-2 8 1s4 2 6-1" /></svg>
      Studies
      {running && <span className="studies-running" aria-hidden="true" />}
    </button>
  );
}
