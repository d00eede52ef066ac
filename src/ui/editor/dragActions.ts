/**
 * What a drag means for the document: the options the editor's drag controllers share. A
 * source is read from the pressed element's `data-drag` (`palette:RY`, `gate:3`, `end:3`);
 * a palette item dropped on a slot is inserted there, a gate dropped on a slot is moved there
 * (a two-wire gate keeps its span, measured from the wire it was grabbed by), and a
 * two-wire gate's second end dropped on a wire is stretched to it. While dragging, the edit
 * is previewed (`previewExperiment`); only the drop commits it.
 */
import { layoutCell } from './layout';
import type { Experiment } from '../../model/types';
import { labStore } from '../../store';
import { applyEdit } from './commitEdit';
import type { DragSource, GateDragOptions } from './dragController';
import { dropSurface, slotAtClient, wireAtClient } from './dropSurface';
import { insertGate, moveGate, refuse, setWires, type EditResult } from './edits';
import { editorStore, type Slot } from './editorStore';
import { gateFor, PALETTE_ITEMS } from './paletteItems';
import { selectQrnn } from '../../store/selectors';

/** Reads a `data-drag` value. */
function parseDragSource(value: string | null, grabWire: number | null = null): DragSource | null {
  const match = value ? /^(palette|gate|end):(.+)$/.exec(value) : null;
  if (!match) return null;
  if (match[1] === 'palette') return PALETTE_ITEMS.has(match[2]) ? { kind: 'palette', item: match[2] } : null;
  const index = Number(match[2]);
  if (!Number.isInteger(index)) return null;
  return match[1] === 'gate' ? { kind: 'gate', index, grabWire } : { kind: 'end', index };
}

/** The edit a drop of `source` on `target` stands for. */
function dropEdit(experiment: Experiment, source: DragSource, target: Slot): EditResult {
  if (source.kind === 'palette') {
    const item = PALETTE_ITEMS.get(source.item);
    if (!item) return refuse(`There is no palette item ${source.item}.`);
    const gate = gateFor(item, experiment, target.wire);
    return typeof gate === 'string' ? refuse(gate) : insertGate(experiment, gate, target.column);
  }
  const gate = experiment.model.cell[source.index];
  if (!gate) return refuse(`There is no gate ${source.index + 1} in the cell.`);
  if (source.kind === 'end') {
    if (gate.wires.length !== 2) return refuse(`${gate.gate} has one wire: there is no second end to stretch.`);
    return setWires(experiment, source.index, [gate.wires[0], target.wire]);
  }
  const shift = target.wire - (source.grabWire ?? gate.wires[0]);
  return moveGate(experiment, source.index, target.column, gate.wires.map((w) => w + shift));
}

/** Marks the canvas as dragging (it shows the slot guides) and dims a gate being moved. */
function lift(source: DragSource, lifted: boolean): void {
  const svg = dropSurface()?.svg;
  svg?.closest('.cell-canvas')?.classList.toggle('is-dragging', lifted);
  if (source.kind !== 'palette') svg?.querySelector(`[data-gate-index="${source.index}"]`)?.classList.toggle('is-lifted', lifted);
}

function ghostText(source: DragSource): string {
  if (source.kind === 'palette') return PALETTE_ITEMS.get(source.item)?.name ?? source.item;
  const gate = selectQrnn(labStore.getState())?.model.cell[source.index];
  return source.kind === 'end' ? `${gate?.gate ?? 'gate'}: second wire` : (gate?.gate ?? 'gate');
}

/** The slot a drag of `source` is over: for a second end, the wire only, in the gate's own column. */
function targetAt(source: DragSource, clientX: number, clientY: number): Slot | null {
  if (source.kind !== 'end') return slotAtClient(clientX, clientY);
  const wire = wireAtClient(clientX, clientY);
  const surface = dropSurface();
  const placed = surface ? layoutCell(surface.model.cell).gates[source.index] : undefined;
  return wire === null || !placed ? null : { wire, column: placed.column };
}

/** The options every drag controller of the editor is created with. */
export const gateDragOptions: GateDragOptions = {
  sourceOf(target, clientX, clientY) {
    const element = target instanceof Element ? target.closest('[data-drag]') : null;
    return parseDragSource(element?.getAttribute('data-drag') ?? null, slotAtClient(clientX, clientY)?.wire ?? null);
  },
  targetAt,
  onStart(source) {
    lift(source, true);
    editorStore.getState().say(null);
  },
  onPreview(source, target) {
    const experiment = selectQrnn(labStore.getState());
    const { previewExperiment } = labStore.getState();
    if (!experiment || !target) {
      previewExperiment(null);
      return;
    }
    const edit = dropEdit(experiment, source, target);
    if (edit.ok) previewExperiment(edit.experiment, { gate: edit.focus, column: target.column });
    else previewExperiment(null);
    editorStore.getState().say(edit.ok ? null : { place: 'canvas', text: edit.message, tone: 'refusal' });
  },
  onDrop(source, target) {
    lift(source, false);
    const experiment = selectQrnn(labStore.getState());
    labStore.getState().previewExperiment(null);
    if (experiment && applyEdit(dropEdit(experiment, source, target), 'canvas')) editorStore.getState().setCursor(target);
  },
  onCancel(source) {
    lift(source, false);
    labStore.getState().previewExperiment(null);
    editorStore.getState().say(null);
  },
  ghostText,
};
