/**
 * The cell as an SVG circuit diagram: wires in two registers, gates in greedily layered
 * columns, and the end-of-step markers. Presentational: it draws the `model` it is given and
 * holds no state. Every gate is a focusable, named element; colours come from CSS variables
 * so both themes apply.
 */
import { useMemo } from 'react';
import type { Model } from '../../model/types';
import { diagramGeometry } from './geometry';
import { GateGlyph } from './GateGlyph';
import { layoutCell } from './layout';
import { StepMarkers } from './StepMarkers';
import { WireLayer } from './WireLayer';

/** How much the diagram may grow beyond its natural size to fill a wide panel. */
const MAX_SCALE = 1.35;

function summary(model: Model): string {
  const gates = model.cell.length;
  return `Cell diagram: ${model.dataQubits} data and ${model.hiddenQubits} hidden qubits, ${gates} gate${gates === 1 ? '' : 's'}, ${model.recurrence} recurrence`;
}

/** Draws the cell of `model`. */
export function CellDiagram({ model }: { model: Model }) {
  const layout = useMemo(() => layoutCell(model.cell), [model.cell]);
  const geometry = useMemo(() => diagramGeometry(model, layout), [model, layout]);
  return (
    <svg
      className="cell-diagram"
      data-testid="cell-diagram"
      role="group"
      aria-label={summary(model)}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      style={{ maxWidth: `${Math.round(geometry.width * MAX_SCALE)}px`, aspectRatio: `${geometry.width} / ${geometry.height}` }}
    >
      <WireLayer model={model} geometry={geometry} />
      <StepMarkers model={model} geometry={geometry} />
      {layout.gates.map((placed) => (
        <GateGlyph key={placed.index} placed={placed} geometry={geometry} dataQubits={model.dataQubits} />
      ))}
    </svg>
  );
}
