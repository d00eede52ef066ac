/**
 * One gate of the cell diagram as SVG: a labelled box for a one-wire gate; for a two-wire
 * gate a vertical connector with a control dot (CNOT, CRX, CRY, CRZ, CZ), a target `⊕`
 * (CNOT), crosses (SWAP) or boxes (RXX, RYY, RZZ, controlled rotations). The group is named
 * for screen readers ("RY(a) on h0"), focusable from script (the editor's slot cursor is the
 * keyboard path) and a drag source (`data-drag`); a selected two-wire gate shows the handle
 * that stretches its second end. In a drag's preview gates are drawn inert (unnamed, not
 * draggable) and the placed gate as a ghost. Colours come from CSS classes.
 */
import type { DiagramGeometry } from './geometry';
import { BOX_HEIGHT, boxWidth } from './geometry';
import type { PlacedGate } from './layout';
import { gateDescription, gateLabel, isControlled, readsInput, targetLabel } from '../../text/labels';

interface GateGlyphProps {
  placed: PlacedGate;
  geometry: DiagramGeometry;
  dataQubits: number;
  /** The element id, for the canvas's `aria-activedescendant`. */
  id?: string;
  selected?: boolean;
  /** Drawn in a preview: not named, not focusable, not draggable. */
  inert?: boolean;
  /** The gate a drag is placing: drawn as a ghost (and inert). */
  ghost?: 'ok' | 'refused';
}

type BoxVariant = 'fixed' | 'param' | 'input';

function GateBox({ x, y, text, variant }: { x: number; y: number; text: string; variant: BoxVariant }) {
  const w = boxWidth(text);
  return (
    <>
      <rect className={`gate-box gate-box--${variant}`} x={x - w / 2} y={y - BOX_HEIGHT / 2} width={w} height={BOX_HEIGHT} rx={6} />
      <text className="gate-text" x={x} y={y} dy="0.35em" textAnchor="middle">
        {text}
      </text>
    </>
  );
}

const ControlDot = ({ x, y }: { x: number; y: number }) => <circle className="gate-control" cx={x} cy={y} r={5} />;

function TargetPlus({ x, y }: { x: number; y: number }) {
  const r = 11;
  return (
    <>
      <circle className="gate-target" cx={x} cy={y} r={r} />
      <path className="gate-target-cross" d={`M${x - r} ${y}H${x + r}M${x} ${y - r}V${y + r}`} />
    </>
  );
}

function SwapCross({ x, y }: { x: number; y: number }) {
  const s = 7;
  return <path className="gate-swap" d={`M${x - s} ${y - s}L${x + s} ${y + s}M${x - s} ${y + s}L${x + s} ${y - s}`} />;
}

/** The parts of a two-wire gate at its first (`a`) and second (`b`) wire. */
function TwoWireParts({ placed, x, ya, yb, variant }: { placed: PlacedGate; x: number; ya: number; yb: number; variant: BoxVariant }) {
  const { gate } = placed;
  switch (gate.gate) {
    case 'CNOT':
      return (<><ControlDot x={x} y={ya} /><TargetPlus x={x} y={yb} /></>);
    case 'CZ':
      return (<><ControlDot x={x} y={ya} /><ControlDot x={x} y={yb} /></>);
    case 'SWAP':
      return (<><SwapCross x={x} y={ya} /><SwapCross x={x} y={yb} /></>);
    default:
      if (isControlled(gate)) return (<><ControlDot x={x} y={ya} /><GateBox x={x} y={yb} text={targetLabel(gate)} variant={variant} /></>);
      return (<><GateBox x={x} y={ya} text={gateLabel(gate)} variant={variant} /><GateBox x={x} y={yb} text={gateLabel(gate)} variant={variant} /></>);
  }
}

/** Distance from a two-wire gate's second end to the centre of its stretch handle. */
const HANDLE_OFFSET = 25;

/** The knob that stretches a selected two-wire gate's second end to another wire. */
function StretchHandle({ index, x, ya, yb }: { index: number; x: number; ya: number; yb: number }) {
  const y = yb + (yb >= ya ? HANDLE_OFFSET : -HANDLE_OFFSET);
  return (
    <g className="stretch-handle" data-drag={`end:${index}`} aria-hidden="true">
      <line className="stretch-handle-stem" x1={x} x2={x} y1={yb} y2={y} />
      <circle className="stretch-handle-hit" cx={x} cy={y} r={14} />
      <circle className="stretch-handle-knob" cx={x} cy={y} r={6} />
    </g>
  );
}

/** Draws one placed gate. */
export function GateGlyph({ placed, geometry, dataQubits, id, selected = false, inert = false, ghost }: GateGlyphProps) {
  const { gate, column, top, bottom, index } = placed;
  const x = geometry.columnX[column];
  const variant: BoxVariant = readsInput(gate) ? 'input' : gate.angle === undefined ? 'fixed' : 'param';
  const description = gateDescription(gate, dataQubits);
  const halfWidth = Math.max(boxWidth(gate.wires.length === 2 ? targetLabel(gate) : gateLabel(gate)), 28) / 2 + 5;
  const yTop = geometry.wireY[top] - BOX_HEIGHT / 2 - 5;
  const yBottom = geometry.wireY[bottom] + BOX_HEIGHT / 2 + 5;
  const [ya, yb] = gate.wires.map((w) => geometry.wireY[w]);
  const classes = ['gate', selected && 'gate--selected', ghost && `gate--ghost gate--ghost-${ghost}`].filter(Boolean).join(' ');
  const named = inert || ghost ? {} : { role: 'img', 'aria-label': description, tabIndex: -1, id, 'data-gate-index': index, 'data-drag': `gate:${index}` };
  return (
    <g className={classes} {...named}>
      {!inert && !ghost && <title>{`${description} (gate ${index + 1} of the cell)`}</title>}
      <rect className="gate-focus" x={x - halfWidth} y={yTop} width={2 * halfWidth} height={yBottom - yTop} rx={9} />
      {gate.wires.length === 2 ? (
        <>
          <line className="gate-connector" x1={x} x2={x} y1={ya} y2={yb} />
          <TwoWireParts placed={placed} x={x} ya={ya} yb={yb} variant={variant} />
        </>
      ) : (
        <GateBox x={x} y={ya} text={gateLabel(gate)} variant={variant} />
      )}
      {selected && !inert && !ghost && gate.wires.length === 2 && <StretchHandle index={index} x={x} ya={ya} yb={yb} />}
    </g>
  );
}
