/**
 * The palette: every gate of docs/spec.md §1.5 and the input encoding `x_t`, in groups, as buttons
 * named by the gate ("RY", "CNOT", "S† (Sdg)", "xₜ input encoding"). Drag one onto a wire of
 * the cell editor (mouse, touch or pen); or click it, or press Enter on it, to pick it, then
 * choose a slot on the canvas (a click, or the arrow keys and Enter). "New empty cell"
 * empties the cell (one commit; Undo brings it back). Under a link's `lock=cell` the palette is
 * inert and its tooltips say that the cell is locked (`src/text/hints.ts`).
 */
import { useId, useRef } from 'react';
import { GATE_KINDS } from '../../model/gateKinds';
import { useLab } from '../../store';
import { selectCellLocked } from '../../store/classroomSlice';
import { paletteTitle } from '../../text/hints';
import { applyToCurrent } from './commitEdit';
import { focusCanvas } from './dropSurface';
import { clearCell } from './edits';
import { editorStore, useEditor } from './editorStore';
import { PALETTE_GROUPS, type PaletteItem } from './paletteItems';
import { useGateDrag } from './useGateDrag';

function tileKind(item: PaletteItem): string {
  if (item.id === 'x_t') return 'input';
  const kind = GATE_KINDS[item.gate];
  return `${kind.parametrised ? 'param' : 'fixed'}${kind.arity === 2 ? ' palette-tile--wide' : ''}`;
}

function pick(item: PaletteItem): void {
  const { armed, arm } = editorStore.getState();
  arm(armed === item.id ? null : item.id);
  focusCanvas();
}

/** The gate palette. */
export function Palette() {
  const ref = useRef<HTMLDivElement>(null);
  const armed = useEditor((s) => s.armed);
  const locked = useLab(selectCellLocked);
  const id = useId();
  useGateDrag(ref);
  return (
    <div ref={ref} className="palette">
      {PALETTE_GROUPS.map((group, g) => (
        <div key={group.title} className={`palette-group palette-group--${group.title.toLowerCase().replace(/\W+/g, '-')}`} role="group" aria-labelledby={`${id}-${g}`}>
          <h4 id={`${id}-${g}`} className="palette-group-title">{group.title}</h4>
          <div className="palette-tiles">
            {group.items.map((item) => (
              <button
                key={item.id}
                type="button"
                className={`palette-tile palette-tile--${tileKind(item)}`}
                aria-label={item.name}
                aria-pressed={armed === item.id}
                title={paletteTitle(item.hint, locked)}
                data-drag={`palette:${item.id}`}
                onClick={() => pick(item)}
              >
                {item.text}
              </button>
            ))}
          </div>
        </div>
      ))}
      <button type="button" className="text-button" aria-label="New empty cell" onClick={() => applyToCurrent(clearCell, 'palette')}>
        New empty cell
      </button>
    </div>
  );
}
