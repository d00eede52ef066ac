/**
 * The editing hints: where to start changing the cell, or, when a classroom link locks it
 * (`lock=cell`, with the palette inert), that it can be studied but not changed, never
 * "drag a gate from the palette".
 */

/** The inspector's hint when no gate is selected. */
export function inspectorHint(locked: boolean): string {
  return locked
    ? 'This cell is locked by the link, so there is nothing to place or edit here: study the diagram, the timeline and the plots.'
    : 'Drag a gate from the palette onto a wire, or focus the diagram and use the arrow keys and letters. Select a gate to edit it.';
}

/** The first visit's hint, after "Start here.". */
export function startHint(locked: boolean, qlstm = false): string {
  const play = 'Press Play to train this model and watch its outputs move toward the target and its loss fall.';
  if (qlstm) return `${play} Open a circuit of the cell to see its gates; click a gate to light its parameter over the steps.`;
  return locked
    ? `${play} The link locks the cell: it can be studied, not changed.`
    : `${play} To change the cell, drag a gate from the palette onto a wire, or focus the diagram and use the arrow keys and letters.`;
}

/** A palette tile's tooltip: the gate, then how to place it, or that the link locks the cell. */
export function paletteTitle(hint: string, locked: boolean): string {
  return `${hint}. ${locked ? 'The link locks the cell: nothing can be placed.' : 'Drag onto a wire, or pick it and choose a slot.'}`;
}
