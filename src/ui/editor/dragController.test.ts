/**
 * Tests of the drag controller's state machine with plain `EventTarget`s standing in for the
 * container and the window: a short press stays a click, a drag previews only when the slot
 * changes, release commits over a slot and cancels over none, Escape cancels, other
 * pointers are ignored, and `destroy` detaches.
 */
import { describe, expect, it } from 'vitest';
import { createGateDrag, type DragSource, type Ghost } from './dragController';
import type { Slot } from './editorStore';

const pointer = (type: string, x: number, y: number, pointerId = 1) => Object.assign(new Event(type), { clientX: x, clientY: y, pointerId, button: 0, isPrimary: true });
const key = (k: string) => Object.assign(new Event('keydown', { cancelable: true }), { key: k });

/** A controller on fake targets, with every call logged; a slot is 100 px wide, one wire. */
function harness() {
  const node = new EventTarget();
  const view = new EventTarget();
  const log: string[] = [];
  const ghosts: string[] = [];
  const source: DragSource = { kind: 'palette', item: 'RY' };
  const drag = createGateDrag({
    view,
    sourceOf: (target) => (target === node ? source : null),
    targetAt: (_s, x) => (x < 0 ? null : ({ wire: 0, column: Math.floor(x / 100) } satisfies Slot)),
    onStart: () => log.push('start'),
    onPreview: (_s, t) => log.push(t ? `preview ${t.column}` : 'preview none'),
    onDrop: (_s, t) => log.push(`drop ${t.column}`),
    onCancel: () => log.push('cancel'),
    ghostText: () => 'RY',
    createGhost: (text): Ghost => {
      ghosts.push(text);
      return { move: (x) => ghosts.push(`at ${x}`), remove: () => ghosts.push('removed') };
    },
  });
  drag.update({ domNode: node });
  return { node, view, log, ghosts, drag };
}

describe('createGateDrag({...})', () => {
  it('a press that travels less than the threshold is a click: no drag, no preview', () => {
    const { node, view, log, ghosts } = harness();
    node.dispatchEvent(pointer('pointerdown', 10, 10));
    view.dispatchEvent(pointer('pointermove', 12, 11));
    view.dispatchEvent(pointer('pointerup', 12, 11));
    expect(log).toEqual([]);
    expect(ghosts).toEqual([]);
  });

  it('a drag previews only when the slot changes and commits on release over a slot', () => {
    const { node, view, log, ghosts } = harness();
    node.dispatchEvent(pointer('pointerdown', 10, 10));
    for (const x of [30, 60, 90, 130, 160]) view.dispatchEvent(pointer('pointermove', x, 10));
    view.dispatchEvent(pointer('pointerup', 160, 10));
    expect(log).toEqual(['start', 'preview 0', 'preview 1', 'drop 1']);
    expect(ghosts[0]).toBe('RY');
    expect(ghosts.at(-1)).toBe('removed');
  });

  it('release over no slot cancels, and Escape cancels before release', () => {
    const first = harness();
    first.node.dispatchEvent(pointer('pointerdown', 10, 10));
    first.view.dispatchEvent(pointer('pointermove', 50, 10));
    first.view.dispatchEvent(pointer('pointermove', -20, 10));
    first.view.dispatchEvent(pointer('pointerup', -20, 10));
    expect(first.log).toEqual(['start', 'preview 0', 'preview none', 'cancel']);

    const second = harness();
    second.node.dispatchEvent(pointer('pointerdown', 10, 10));
    second.view.dispatchEvent(pointer('pointermove', 150, 10));
    const escape = key('Escape');
    second.view.dispatchEvent(escape);
    second.view.dispatchEvent(pointer('pointerup', 150, 10));
    expect(second.log).toEqual(['start', 'preview 1', 'cancel']);
    expect(escape.defaultPrevented).toBe(true);
  });

  it('ignores a second pointer and presses outside a source, and destroy() cancels and detaches', () => {
    const { node, view, log, drag } = harness();
    view.dispatchEvent(pointer('pointerdown', 10, 10));
    node.dispatchEvent(pointer('pointerdown', 10, 10));
    node.dispatchEvent(pointer('pointerdown', 10, 10, 2));
    view.dispatchEvent(pointer('pointermove', 250, 10, 2));
    view.dispatchEvent(pointer('pointermove', 250, 10));
    drag.destroy();
    view.dispatchEvent(pointer('pointerup', 250, 10));
    node.dispatchEvent(pointer('pointerdown', 10, 10));
    view.dispatchEvent(pointer('pointermove', 250, 10));
    expect(log).toEqual(['start', 'preview 2', 'cancel']);
  });
});
