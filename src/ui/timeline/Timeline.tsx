/**
 * The cell unrolled over the current sequence's steps, as SVG in a horizontally scrolling
 * frame, with the wire names fixed on the left. Pointer and keyboard handling is delegated
 * to the frame: hovering or focusing an occurrence reads it out in a tooltip and in an
 * aria-live region; clicking one chooses its parameter (of an angle with a bias, the chosen
 * one stays chosen if the angle holds it, else its `param`); the arrow keys, Home and End move
 * the roving focus over the chosen parameter's occurrences, Enter (or Space) on one opens
 * the Explain panel on it; Ctrl+wheel zooms about the pointer. Selection lives in the
 * store's view slice, so the plots follow it.
 */
import { useEffect, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { plural } from '../../text/plural';
import { labStore, ZOOM_LIMITS, type OccurrenceRef } from '../../store';
import { wireName } from '../../text/labels';
import { TimelineStep } from './TimelineStep';
import { rovingMove, type RovingKey } from './readout';
import { stepLeft } from './timelineLayout';
import type { useTimelineData } from './useTimelineData';

const ROVING_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
const WIRE_LABELS_WIDTH = 40;

/** The occurrence an event happened on, from the `data-gate`/`data-step` of its group. */
function occurrenceAt(target: EventTarget | null): { gate: number; step: number; element: Element } | null {
  const element = target instanceof Element ? target.closest('[data-gate][data-step]') : null;
  if (!element) return null;
  return { gate: Number(element.getAttribute('data-gate')), step: Number(element.getAttribute('data-step')), element };
}

/** The timeline, drawn from the card's {@link useTimelineData}. */
export function Timeline({ data, onRove }: { data: ReturnType<typeof useTimelineData>; onRove(occurrence: OccurrenceRef): void }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const anchorRef = useRef<{ ratio: number; px: number } | null>(null);
  const { model, layout, chosen, focused } = data;

  const hasLayout = layout !== null;
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const px = event.clientX - frame.getBoundingClientRect().left;
      anchorRef.current = { ratio: (frame.scrollLeft + px) / Math.max(frame.scrollWidth, 1), px };
      labStore.getState().zoomTimeline(event.deltaY < 0 ? ZOOM_LIMITS.step : 1 / ZOOM_LIMITS.step);
    };
    frame.addEventListener('wheel', onWheel, { passive: false });
    return () => frame.removeEventListener('wheel', onWheel);
  }, [hasLayout]);

  /** Keeps the tooltip inside the visible part of the frame (it would be clipped at the edges). */
  const tooltipRef = useRef<HTMLDivElement>(null);
  const focusedKey = focused ? `${focused.gate}:${focused.step}` : '';
  useLayoutEffect(() => {
    const tip = tooltipRef.current;
    const frame = frameRef.current;
    if (!tip || !frame) return;
    tip.style.marginLeft = '0px';
    const [box, view] = [tip.getBoundingClientRect(), frame.getBoundingClientRect()];
    const shift = Math.max(0, view.left + 4 - box.left) - Math.max(0, box.right - (view.right - 4));
    tip.style.marginLeft = `${shift}px`;
  }, [focusedKey, layout]);

  const width = layout?.width ?? 0;
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const anchor = anchorRef.current;
    if (!frame || !anchor) return;
    anchorRef.current = null;
    frame.scrollLeft = anchor.ratio * frame.scrollWidth - anchor.px;
  }, [width]);

  if (!model || !layout) return <p className="tl-empty">Opening the experiment…</p>;

  const { focusOccurrence, chooseParam } = labStore.getState();
  const onPointerOver = (event: PointerEvent) => {
    const hit = occurrenceAt(event.target);
    if (hit) focusOccurrence({ gate: hit.gate, step: hit.step });
  };
  const onPointerLeave = () => {
    const active = occurrenceAt(document.activeElement);
    focusOccurrence(active && frameRef.current?.contains(active.element) ? { gate: active.gate, step: active.step } : null);
  };
  const onFocus = (event: FocusEvent) => {
    const hit = occurrenceAt(event.target);
    if (!hit) return;
    focusOccurrence({ gate: hit.gate, step: hit.step });
    if (data.holdsChosen(hit.gate)) onRove({ gate: hit.gate, step: hit.step });
  };
  const onClick = (event: MouseEvent) => {
    const hit = occurrenceAt(event.target);
    if (!hit) return;
    // An angle with a bias holds two parameters: the click keeps the chosen one if it is either, else takes its `param`.
    chooseParam(data.shownParam(hit.gate));
    focusOccurrence({ gate: hit.gate, step: hit.step });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = occurrenceAt(event.target);
    if ((event.key === 'Enter' || event.key === ' ') && at) {
      event.preventDefault();
      void labStore.getState().openExplain({ gate: at.gate, step: at.step });
      return;
    }
    if (!ROVING_KEYS.has(event.key) || !at) return;
    event.preventDefault();
    const here = occurrenceAt(event.target);
    const current = here ? chosen.findIndex((o) => o.gate === here.gate && o.step === here.step) : 0;
    const next = chosen[rovingMove(chosen, current, event.key as RovingKey)];
    if (!next) return;
    const element = frameRef.current?.querySelector<SVGGElement>(`[data-gate="${next.gate}"][data-step="${next.step}"]`);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const readout = focused ? data.lookOf(focused.gate, focused.step)?.label ?? '' : '';
  const focusedGate = focused ? layout.gates.find((g) => g.index === focused.gate) : undefined;
  const tooltip = focused && focusedGate && readout
    ? { left: stepLeft(layout, focused.step) + focusedGate.offset, top: layout.wireY[focusedGate.top] - 22 }
    : null;
  const wires = model.dataQubits + model.hiddenQubits;

  return (
    <div className="tl">
      <svg className="tl-wire-names" width={WIRE_LABELS_WIDTH} height={layout.height} aria-hidden="true">
        {layout.wireY.map((y, w) => (
          <text key={w} className={`tl-wire-name ${w < model.dataQubits ? 'is-data' : 'is-hidden'}`} x={WIRE_LABELS_WIDTH - 8} y={y} dy="0.35em" textAnchor="end">{wireName(w, model.dataQubits)}</text>
        ))}
      </svg>
      <div className="tl-frame" ref={frameRef} onPointerOver={onPointerOver} onPointerLeave={onPointerLeave} onFocus={onFocus} onClick={onClick} onKeyDown={onKeyDown} data-testid="timeline">
        <div className="tl-canvas" style={{ width: layout.width, height: layout.height }}>
          <svg className="tl-svg" width={layout.width} height={layout.height} role="group" aria-label={`The cell unrolled over ${plural(layout.steps, 'step')}`}>
            <g aria-hidden="true">
              {Array.from({ length: wires }, (_, w) => w).filter((w) => w >= model.dataQubits || layout.markerOffset === null).map((w) => (
                <line key={w} className={`tl-wire ${w < model.dataQubits ? 'is-data' : 'is-hidden'}`} x1={0} x2={layout.width} y1={layout.wireY[w]} y2={layout.wireY[w]} />
              ))}
            </g>
            {Array.from({ length: layout.steps }, (_, t) => (
              <TimelineStep
                key={t} layout={layout} step={t} dataQubits={model.dataQubits}
                input={data.inputs[t]} target={data.targets[t]} scored={t >= data.washout && data.targets[t] != null}
                lookOf={(gate) => data.lookOf(gate, t)}
              />
            ))}
          </svg>
          {tooltip && <div ref={tooltipRef} className="tl-tooltip" role="tooltip" style={{ left: tooltip.left, top: tooltip.top }} data-testid="timeline-tooltip">{readout}</div>}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="timeline-readout">{readout}</p>
    </div>
  );
}
