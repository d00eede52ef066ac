/**
 * One gate of one step on the timeline, drawn compactly: a small box (with its name once the
 * zoom leaves room), or for a two-wire gate a connector with a control dot, a small `⊕`,
 * crosses or boxes. A gate that binds a parameter is an occurrence: it carries
 * `data-gate`/`data-step` for the timeline's delegated pointer and keyboard handling, its
 * sentence as accessible name, and, when its parameter is the chosen one, the fill of its
 * contribution on the diverging scale. Only the chosen parameter's occurrences are in the
 * roving tab order.
 */
import type { GateSpec } from '../../model/types';
import { isControlled, readsInput } from '../../text/labels';
import type { TimelineGate as PlacedGate } from './timelineLayout';

/** Box height of a one-wire gate. */
const BOX = 18;

export interface OccurrenceLook {
  /** The sentence read out for it. */
  label: string;
  /** Fill of a chosen occurrence (a CSS colour), or `null` when its parameter is not chosen. */
  fill: string | null;
  /** A chosen occurrence whose contribution is below zero: its box is dashed too, so the sign reads without colour. */
  negative?: boolean;
  /** 0 for the roving tab stop, -1 for the other chosen occurrences, `null` when not focusable. */
  tabIndex: 0 | -1 | null;
  focused: boolean;
}

interface Props {
  placed: PlacedGate;
  step: number;
  wireY: readonly number[];
  columnWidth: number;
  /** `null` for a fixed or input gate (not an occurrence). */
  occurrence: OccurrenceLook | null;
}

const shortName = (gate: GateSpec) => (/^CR[XYZ]$/.test(gate.gate) ? gate.gate.slice(1) : gate.gate);

function Box({ x, y, w, text, fill }: { x: number; y: number; w: number; text: string | null; fill: string | null }) {
  return (
    <>
      <rect className="tl-box" x={x - w / 2} y={y - BOX / 2} width={w} height={BOX} rx={4} style={fill ? { fill } : undefined} />
      {text && <text className="tl-box-text" x={x} y={y} dy="0.35em" textAnchor="middle">{text}</text>}
    </>
  );
}

function TwoWire({ gate, x, ya, yb, w, text, fill }: { gate: GateSpec; x: number; ya: number; yb: number; w: number; text: string | null; fill: string | null }) {
  const dot = (y: number) => <circle className="tl-dot" cx={x} cy={y} r={3.5} />;
  const cross = (y: number) => <path className="tl-stroke" d={`M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x - 5} ${y + 5}L${x + 5} ${y - 5}`} />;
  switch (gate.gate) {
    case 'CNOT':
      return (<>{dot(ya)}<circle className="tl-target" cx={x} cy={yb} r={7} /><path className="tl-stroke" d={`M${x - 7} ${yb}H${x + 7}M${x} ${yb - 7}V${yb + 7}`} /></>);
    case 'CZ':
      return (<>{dot(ya)}{dot(yb)}</>);
    case 'SWAP':
      return (<>{cross(ya)}{cross(yb)}</>);
    default:
      if (isControlled(gate)) return (<>{dot(ya)}<Box x={x} y={yb} w={w} text={text} fill={fill} /></>);
      return (<><Box x={x} y={ya} w={w} text={text} fill={fill} /><Box x={x} y={yb} w={w} text={text} fill={fill} /></>);
  }
}

/** Draws one gate of one step. */
export function TimelineGate({ placed, step, wireY, columnWidth, occurrence }: Props) {
  const { gate, offset: x, top, bottom } = placed;
  const w = Math.max(10, Math.min(columnWidth - 4, 30));
  const text = columnWidth >= 30 ? shortName(gate) : null;
  const fill = occurrence?.fill ?? null;
  const variant = readsInput(gate) ? 'input' : gate.angle === undefined ? 'fixed' : 'param';
  const [ya, yb] = gate.wires.map((wire) => wireY[wire]);
  const body = gate.wires.length === 2
    ? (<><line className="tl-connector" x1={x} x2={x} y1={ya} y2={yb} /><TwoWire gate={gate} x={x} ya={ya} yb={yb} w={w} text={text} fill={fill} /></>)
    : <Box x={x} y={ya} w={w} text={text} fill={fill} />;
  const classes = `tl-gate tl-gate--${variant}${fill ? ' is-chosen' : ''}${occurrence?.negative ? ' is-negative' : ''}${occurrence?.focused ? ' is-focused' : ''}`;
  if (!occurrence) return <g className={classes} aria-hidden="true">{body}</g>;
  const hitTop = wireY[top] - BOX / 2 - 3;
  const hitBottom = wireY[bottom] + BOX / 2 + 3;
  // At least 24 px wide, a touch target's minimum, even where columns are narrower.
  const hitWidth = Math.max(w + 6, 24);
  const focusable = occurrence.tabIndex !== null ? { tabIndex: occurrence.tabIndex, role: 'button' } : { role: 'img' };
  return (
    <g className={`${classes} tl-occurrence`} data-gate={placed.index} data-step={step} aria-label={occurrence.label} {...focusable}>
      <rect className="tl-hit" x={x - hitWidth / 2} y={hitTop} width={hitWidth} height={hitBottom - hitTop} rx={6} />
      {body}
    </g>
  );
}
