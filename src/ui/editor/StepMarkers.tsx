/**
 * The end of one step in the cell diagram. Under `measure-reset` every data wire ends in a
 * meter followed by `|0⟩` (measured, discarded, prepared afresh); under `coherent` a readout
 * is a tag on its wire that leaves the state undisturbed. Readout observables are labelled
 * `⟨Z⟩` where they are read, and a probabilities readout (docs/spec.md §5.2) `P` on each wire
 * it measures (its accessible name lists them all: `P(d0, d1)`).
 */
import { isProbabilities, readoutWires } from '../../model/outputs';
import type { Model } from '../../model/types';
import type { DiagramGeometry } from './geometry';
import { wireName } from '../../text/labels';

const METER_W = 30;
const METER_H = 26;

/** The readouts on `wire`: drawn as `⟨Z⟩` or `P`, spoken as `⟨Z⟩` or `P(d0, d1)`. */
function observablesOn(model: Model, wire: number): { text: string; words: string }[] {
  return model.readout.filter((r) => readoutWires(r).includes(wire)).map((r) => (isProbabilities(r)
    ? { text: 'P', words: `P(${r.wires.map((w) => wireName(w, model.dataQubits)).join(', ')})` }
    : { text: `⟨${r.observable}⟩`, words: `⟨${r.observable}⟩` }));
}

function Meter({ x, y }: { x: number; y: number }) {
  const r = 9;
  return (
    <>
      <rect className="meter-box" x={x - METER_W / 2} y={y - METER_H / 2} width={METER_W} height={METER_H} rx={5} />
      <path className="meter-dial" d={`M${x - r} ${y + 5}A${r} ${r} 0 0 1 ${x + r} ${y + 5}M${x} ${y + 5}L${x + 6} ${y - 5}`} />
    </>
  );
}

/** Draws the measure-and-reset markers and the readout labels. */
export function StepMarkers({ model, geometry }: { model: Model; geometry: DiagramGeometry }) {
  const x = geometry.markerX;
  return (
    <g className="step-markers">
      {geometry.wireY.map((y, wire) => {
        const observables = observablesOn(model, wire);
        const name = wireName(wire, model.dataQubits);
        const readout = observables.map((o) => o.text).join(' ');
        const words = observables.map((o) => o.words).join(' and ');
        if (model.recurrence === 'measure-reset' && wire < model.dataQubits) {
          const label = `${name} measured${readout ? `, ${words} read out,` : ''} and reset to |0⟩`;
          return (
            <g key={wire} className="marker marker--reset" role="img" aria-label={label}>
              <title>{label}</title>
              <Meter x={x} y={y} />
              <text className="marker-reset" x={x + METER_W / 2 + 10} y={y} dy="0.35em">|0⟩</text>
              {readout && <text className="marker-readout" x={x} y={y + METER_H / 2 + 13} textAnchor="middle">{readout}</text>}
            </g>
          );
        }
        if (!readout) return null;
        const label = `${words} read out on ${name}`;
        const w = readout.length * 8 + 14;
        return (
          <g key={wire} className="marker marker--readout" role="img" aria-label={label}>
            <title>{label}</title>
            <rect className="meter-box" x={x - w / 2} y={y - 11} width={w} height={22} rx={11} />
            <text className="marker-readout" x={x} y={y} dy="0.35em" textAnchor="middle">{readout}</text>
          </g>
        );
      })}
    </g>
  );
}
