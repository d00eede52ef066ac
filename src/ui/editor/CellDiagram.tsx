/**
 * The cell as an SVG circuit diagram: wires in two registers, gates in greedily layered
 * columns, and the end-of-step markers, with the editor's layers (slot guides under it; slot
 * cursor and drag preview over it). The body is memoised: it redraws when the model, its
 * layout or the selection changes, never when only a layer does; while a preview is drawn
 * in its place it is hidden, not unmounted. Colours come from CSS variables so both themes
 * apply.
 */
import type { CSSProperties } from 'react';
import { memo, type ReactNode, type Ref } from 'react';
import type { Model } from '../../model/types';
import { plural } from '../../text/plural';
import type { DiagramGeometry } from './geometry';
import { GateGlyph } from './GateGlyph';
import type { CellLayout } from './layout';
import { StepMarkers } from './StepMarkers';
import { WireLayer } from './WireLayer';

/** How much the diagram may grow beyond its natural size to fill a wide panel. */
const MAX_SCALE = 1.35;

function summary(model: Model): string {
  return `Cell diagram: ${plural(model.dataQubits, 'data qubit')} and ${plural(model.hiddenQubits, 'hidden qubit')}, ${plural(model.cell.length, 'gate')}, ${model.recurrence} recurrence`;
}

interface BodyProps {
  model: Model;
  layout: CellLayout;
  geometry: DiagramGeometry;
  selected: number | null;
  /** Prefix of the gates' element ids (`${idPrefix}-gate-3`). */
  idPrefix: string;
  /** A preview's gate being placed, drawn as a ghost; every other gate is then drawn inert. */
  ghost?: { index: number; refused: boolean };
}

/** The wires, markers and gates of one model. */
export const DiagramBody = memo(function DiagramBody({ model, layout, geometry, selected, idPrefix, ghost }: BodyProps) {
  return (
    <>
      <WireLayer model={model} geometry={geometry} />
      <StepMarkers model={model} geometry={geometry} />
      {layout.gates.map((placed) => (
        <GateGlyph
          key={placed.index}
          placed={placed}
          geometry={geometry}
          dataQubits={model.dataQubits}
          id={ghost ? undefined : `${idPrefix}-gate-${placed.index}`}
          selected={placed.index === selected}
          inert={ghost !== undefined}
          ghost={ghost?.index === placed.index ? (ghost.refused ? 'refused' : 'ok') : undefined}
        />
      ))}
    </>
  );
});

interface CellDiagramProps extends BodyProps {
  /** Hides the body (a preview is drawn in its place). */
  hideBody?: boolean;
  svgRef?: Ref<SVGSVGElement>;
  /** Drawn under the wires and gates (slot guides). */
  underlay?: ReactNode;
  /** Drawn over them (cursor, drag preview). */
  children?: ReactNode;
}

/** Draws the cell of `model` as laid out in `layout` and `geometry`, between `underlay` and `children`. */
export function CellDiagram({ svgRef, underlay, children, hideBody = false, ...body }: CellDiagramProps) {
  const { geometry, model } = body;
  return (
    <svg
      ref={svgRef}
      className="cell-diagram"
      data-testid="cell-diagram"
      role="group"
      aria-label={summary(model)}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      style={{ maxWidth: `${Math.round(geometry.width * MAX_SCALE)}px`, '--diagram-width': `${geometry.width}px`, aspectRatio: `${geometry.width} / ${geometry.height}` } as CSSProperties}
    >
      {underlay}
      <g className="diagram-body" visibility={hideBody ? 'hidden' : undefined}>
        <DiagramBody {...body} />
      </g>
      {children}
    </svg>
  );
}
