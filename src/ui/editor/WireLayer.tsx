/**
 * The wires of the cell diagram: one line per qubit, named `d0..` (data) and `h0..`
 * (hidden), with a bracket and caption per register so the two registers read as groups.
 * Data wires under `measure-reset` stop at the measure-and-reset marker; every other wire
 * runs on to the next step, drawn with an arrowhead, and the hidden register is captioned as
 * carried to step t+1.
 */
import type { Model } from '../../model/types';
import type { DiagramGeometry } from './geometry';
import { wireName } from '../../text/labels';

const BRACKET_X = 58;
const CAPTIONS = { data: 'data', hidden: 'hidden' } as const;

function stopsAtMarker(model: Model, wire: number): boolean {
  return model.recurrence === 'measure-reset' && wire < model.dataQubits;
}

/** Draws the register brackets, the wire names and the wires. */
export function WireLayer({ model, geometry }: { model: Model; geometry: DiagramGeometry }) {
  const hidden = geometry.registers.find((band) => band.kind === 'hidden');
  const carryX = geometry.wiresEnd + 12;
  return (
    <g className="wires">
      {geometry.registers.map((band) => (
        <g key={band.kind} className={`register register--${band.kind}`}>
          <path className="register-bracket" d={`M${BRACKET_X + 5} ${band.y0 - 16}H${BRACKET_X}V${band.y1 + 16}H${BRACKET_X + 5}`} />
          <text className="register-caption" x={BRACKET_X - 8} y={(band.y0 + band.y1) / 2} dy="0.35em" textAnchor="end">
            {CAPTIONS[band.kind]}
          </text>
        </g>
      ))}
      {hidden && (
        <g className="register register--hidden">
          <path className="register-bracket" d={`M${carryX - 5} ${hidden.y0 - 16}H${carryX}V${hidden.y1 + 16}H${carryX - 5}`} />
          <text className="register-caption" x={carryX + 8} y={(hidden.y0 + hidden.y1) / 2} dy="0.35em">
            to step t+1
          </text>
        </g>
      )}
      {geometry.wireY.map((y, wire) => {
        const kind = wire < model.dataQubits ? 'data' : 'hidden';
        const end = stopsAtMarker(model, wire) ? geometry.markerX : geometry.wiresEnd;
        return (
          <g key={wire} className={`wire wire--${kind}`}>
            <text className="wire-name" x={geometry.wiresStart - 14} y={y} dy="0.35em" textAnchor="end">
              {wireName(wire, model.dataQubits)}
            </text>
            <line className="wire-line" x1={geometry.wiresStart} x2={end} y1={y} y2={y} />
            {!stopsAtMarker(model, wire) && <path className="wire-arrow" d={`M${end - 7} ${y - 5}L${end} ${y}L${end - 7} ${y + 5}`} />}
          </g>
        );
      })}
    </g>
  );
}
