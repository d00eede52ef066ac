import { describe, expect, it } from 'vitest';
import { inspectorHint, paletteTitle, startHint } from './hints';

describe('editing hints', () => {
  it('never send a student to the palette when the link locks the cell', () => {
    expect(inspectorHint(true)).not.toMatch(/palette|drag/i);
    expect(startHint(true)).not.toMatch(/palette|drag/i);
    expect(startHint(false, true)).not.toMatch(/palette|drag/i);
    expect(startHint(false, true)).toContain('Open a circuit');
    expect(inspectorHint(true)).toContain('locked by the link');
    expect(startHint(true)).toContain('The link locks the cell');
    expect(paletteTitle('H: Hadamard', true)).toBe('H: Hadamard. The link locks the cell: nothing can be placed.');
  });

  it('keep the palette hint for an unlocked cell', () => {
    expect(inspectorHint(false)).toMatch(/^Drag a gate from the palette onto a wire/);
    expect(startHint(false)).toContain('drag a gate from the palette onto a wire');
    expect(paletteTitle('H: Hadamard', false)).toBe('H: Hadamard. Drag onto a wire, or pick it and choose a slot.');
  });
});
