/**
 * "Studies" in the top bar: opens the Studies view on the current experiment (its study, or
 * a way to start one). Marked while a study runs, so a closed view still shows it is busy.
 * On a desktop narrower than 1600 px it shows only its icon (its name stays "Studies" for
 * assistive technology and in its tooltip), so the experiment's name keeps its room.
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
      <span className="studies-label">Studies</span>
      {running && <span className="studies-running" aria-hidden="true" />}
    </button>
  );
}
