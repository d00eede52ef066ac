/**
 * One shifted execution drawn small: the cell at the occurrence's step, laid out and drawn
 * with the timeline's own geometry and gate glyphs (`timelineLayout`, `TimelineGate`), with
 * the shifted gate outlined in the accent colour and its shifted angle printed above it, the
 * wire names on the left and the measure-and-reset marker that closes the step.
 */
import type { Model } from '../../model/types';
import { gateDescription, wireName } from '../../text/labels';
import { TimelineGate } from '../timeline/TimelineGate';
import { timelineLayout } from '../timeline/timelineLayout';

/** Room on the left for the wire names. */
const NAMES = 30;
/** Where the drawing starts: the timeline's step header is left out but for the shift's label. */
const TOP = 28;
/** The zoom at which the timeline prints gate names in their boxes. */
const ZOOM = 2;

/** The measure-and-reset meter on a data wire, as the timeline draws it. */
function ResetMarker({ x, y }: { x: number; y: number }) {
  return (
    <g className="tl-reset" aria-hidden="true">
      <rect className="tl-reset-box" x={x - 6} y={y - 7} width={12} height={14} rx={2} />
      <path className="tl-reset-dial" d={`M${x - 3.5} ${y + 3}A4 4 0 0 1 ${x + 3.5} ${y + 3}M${x} ${y + 3}L${x + 2.5} ${y - 3}`} />
    </g>
  );
}

interface MiniCircuitProps {
  model: Model;
  gate: number;
  step: number;
  /** The shift's label (`+π/2`) and the shifted angle's value, already formatted. */
  shiftLabel: string;
  shiftedValue: string;
}

/** The drawing; its accessible name says which gate is shifted and by how much. */
export function MiniCircuit({ model, gate, step, shiftLabel, shiftedValue }: MiniCircuitProps) {
  const layout = timelineLayout(model, 1, ZOOM);
  const width = NAMES + layout.stepWidth + 6;
  const wires = model.dataQubits + model.hiddenQubits;
  const spec = model.cell[gate];
  const shifted = layout.gates.find((g) => g.index === gate);
  const name = `${gateDescription(spec, model.dataQubits)} at step ${step}, angle shifted by ${shiftLabel} to ${shiftedValue}`;
  const markerEnd = layout.markerOffset ?? layout.stepWidth;
  return (
    <svg className="mini-circuit" viewBox={`0 ${TOP} ${width} ${layout.height - TOP}`} style={{ maxWidth: `${Math.round(width * 1.25)}px`, aspectRatio: `${width} / ${layout.height - TOP}` }} role="img" aria-label={name} data-testid="shifted-circuit">
      {Array.from({ length: wires }, (_, w) => (
        <g key={w} aria-hidden="true">
          <text className={`tl-wire-name ${w < model.dataQubits ? 'is-data' : 'is-hidden'}`} x={NAMES - 6} y={layout.wireY[w]} dy="0.35em" textAnchor="end">{wireName(w, model.dataQubits)}</text>
          <line className={`tl-wire ${w < model.dataQubits ? 'is-data' : 'is-hidden'}`} x1={NAMES} x2={NAMES + (w < model.dataQubits ? markerEnd : layout.stepWidth)} y1={layout.wireY[w]} y2={layout.wireY[w]} />
        </g>
      ))}
      <g transform={`translate(${NAMES},0)`}>
        {layout.gates.map((placed) => (
          <TimelineGate
            key={placed.index} placed={placed} step={step} wireY={layout.wireY} columnWidth={layout.columnWidth}
            occurrence={placed.index === gate ? { label: name, fill: 'var(--accent-soft)', tabIndex: null, focused: false } : null}
          />
        ))}
        {layout.markerOffset !== null && layout.wireY.slice(0, model.dataQubits).map((y) => <ResetMarker key={y} x={layout.markerOffset as number} y={y} />)}
        {shifted && (
          <text className="mini-shift" x={shifted.offset} y={layout.wireY[shifted.top] - 16} textAnchor="middle">{shiftLabel}</text>
        )}
      </g>
    </svg>
  );
}
