/**
 * "Zoom out" and "Zoom in" for the timeline, with the zoom in between as a percentage; each
 * button is disabled at its limit. Ctrl+wheel over the timeline does the same.
 */
import { labStore, useLab, ZOOM_LIMITS } from '../../store';
import { selectTimelineZoom } from '../../store/analysisSelectors';

/** The two buttons and the level. */
export function ZoomButtons() {
  const zoom = useLab(selectTimelineZoom);
  const zoomBy = (factor: number) => labStore.getState().zoomTimeline(factor);
  return (
    <div className="tl-zoom" role="group" aria-label="Timeline zoom">
      <button type="button" className="icon-button" aria-label="Zoom out" title="Zoom out (Ctrl+wheel)" disabled={zoom <= ZOOM_LIMITS.min} onClick={() => zoomBy(1 / ZOOM_LIMITS.step)}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8h10" /></svg>
      </button>
      <span className="tl-zoom-level" title="Zoom level">{Math.round(zoom * 100)}%</span>
      <button type="button" className="icon-button" aria-label="Zoom in" title="Zoom in (Ctrl+wheel)" disabled={zoom >= ZOOM_LIMITS.max} onClick={() => zoomBy(ZOOM_LIMITS.step)}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8h10M8 3v10" /></svg>
      </button>
    </div>
  );
}
