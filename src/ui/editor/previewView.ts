/**
 * What a drag's preview draws: the would-be experiment's model laid out on its own (as
 * Crumble draws its preview snapshot), with the gate being placed. Gates left of the drop
 * column keep their columns, so the diagram changes only from the drop onwards while the
 * slots under the pointer stay those of the committed diagram. A preview that names a wire
 * outside the register cannot be drawn; its refusal is said in words instead.
 */
import type { Model } from '../../model/types';
import type { ExperimentPreview } from '../../store';
import { diagramGeometry, type DiagramGeometry } from './geometry';
import { layoutCell, type CellLayout } from './layout';

/** A drawable preview. */
export interface PreviewView {
  model: Model;
  layout: CellLayout;
  geometry: DiagramGeometry;
  /** Index of the gate being placed. */
  gate: number;
  /** Whether the parser would refuse the drop. */
  refused: boolean;
}

/** The view of `preview`, or `null` when there is nothing to draw. */
export function previewView(preview: ExperimentPreview | null): PreviewView | null {
  if (!preview || preview.gate === null) return null;
  const { model } = preview.experiment;
  const wires = model.dataQubits + model.hiddenQubits;
  if (!model.cell[preview.gate] || model.cell.some((g) => g.wires.some((w) => !(Number.isInteger(w) && w >= 0 && w < wires)))) return null;
  const layout = layoutCell(model.cell);
  return { model, layout, geometry: diagramGeometry(model, layout), gate: preview.gate, refused: preview.refusal !== null };
}
