/**
 * One step of the unrolled timeline: its header (`x_t` and the target, a shaded band when
 * the step is not scored), the cell's gates, and the measure-and-reset marker that closes
 * the step on the data wires, which start afresh in the next step (the hidden wires run on
 * and are drawn once for all steps by the timeline).
 */
import { TimelineGate, type OccurrenceLook } from './TimelineGate';
import { HEADER_HEIGHT, stepLeft, type TimelineLayout } from './timelineLayout';
import { inputHeader, targetHeader } from './readout';

interface Props {
  layout: TimelineLayout;
  step: number;
  dataQubits: number;
  input: readonly number[] | undefined;
  /** The step's targets, one per output; `null` when it has none. */
  target: readonly number[] | null | undefined;
  scored: boolean;
  /** The look of gate `g` at this step, `null` for a gate that is not an occurrence. */
  lookOf(gate: number): OccurrenceLook | null;
}

/** The measure-and-reset marker: a small meter on each data wire. */
function ResetMarker({ x, ys }: { x: number; ys: number[] }) {
  return (
    <g className="tl-reset" aria-hidden="true">
      {ys.map((y) => (
        <g key={y}>
          <rect className="tl-reset-box" x={x - 6} y={y - 7} width={12} height={14} rx={2} />
          <path className="tl-reset-dial" d={`M${x - 3.5} ${y + 3}A4 4 0 0 1 ${x + 3.5} ${y + 3}M${x} ${y + 3}L${x + 2.5} ${y - 3}`} />
        </g>
      ))}
    </g>
  );
}

/** Draws step `step` at its place on the timeline. */
export function TimelineStep({ layout, step, dataQubits, input, target, scored, lookOf }: Props) {
  const x0 = stepLeft(layout, step);
  const centre = layout.stepWidth / 2;
  return (
    <g className={`tl-step${scored ? '' : ' is-unscored'}`} transform={`translate(${x0},0)`} data-testid="timeline-step" data-step={step}>
      <rect className="tl-step-band" x={1} y={2} width={layout.stepWidth - 2} height={layout.height - 4} rx={6} />
      <text className="tl-input" x={centre} y={17} textAnchor="middle" data-testid="timeline-input">{inputHeader(step, input)}</text>
      <text className="tl-target-label" x={centre} y={33} textAnchor="middle">{targetHeader(target, scored)}</text>
      <line className="tl-step-rule" x1={layout.stepWidth} x2={layout.stepWidth} y1={HEADER_HEIGHT - 6} y2={layout.height - 6} />
      {layout.markerOffset !== null && layout.wireY.slice(0, dataQubits).map((y) => (
        <line key={`wire-${y}`} className="tl-wire is-data" x1={2} x2={layout.markerOffset as number} y1={y} y2={y} aria-hidden="true" />
      ))}
      {layout.gates.map((placed) => (
        <TimelineGate key={placed.index} placed={placed} step={step} wireY={layout.wireY} columnWidth={layout.columnWidth} occurrence={lookOf(placed.index)} />
      ))}
      {layout.markerOffset !== null && <ResetMarker x={layout.markerOffset} ys={layout.wireY.slice(0, dataQubits)} />}
    </g>
  );
}
