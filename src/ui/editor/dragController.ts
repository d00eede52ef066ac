/**
 * The gate drag controller, framework-free in the manner of xyflow's `XYDrag`:
 * `createGateDrag({...})` returns `{ update, destroy }`; `update({ domNode })` attaches it to
 * a container (the palette, the canvas) and it reads everything else through the functions
 * it is given. One code path for mouse, touch and pen (Pointer Events). A press on a drag
 * source becomes a drag once the pointer travels `threshold` pixels (below that it stays a
 * click); during a drag a ghost follows the pointer, `onPreview` is called only when the
 * slot under the pointer changes, and release calls `onDrop` over a slot or `onCancel` over
 * none. Escape and `pointercancel` cancel. Drag state lives here, never in React state, so a
 * pointer move re-renders nothing; the click that follows a drag is swallowed.
 */
import type { Slot } from './editorStore';

/** What is being dragged: a palette item, a gate of the cell, or a two-wire gate's second end. */
export type DragSource =
  | { kind: 'palette'; item: string }
  | { kind: 'gate'; index: number; grabWire: number | null }
  | { kind: 'end'; index: number };

/** The element that follows the pointer. */
export interface Ghost {
  move(clientX: number, clientY: number): void;
  remove(): void;
}

/** What the controller reads and calls; see the module comment for when. */
export interface GateDragOptions {
  /** The drag source a pressed element stands for, or `null` if it is not draggable. */
  sourceOf(target: EventTarget | null, clientX: number, clientY: number): DragSource | null;
  /** The slot under a client point for `source`, or `null`. */
  targetAt(source: DragSource, clientX: number, clientY: number): Slot | null;
  onStart?(source: DragSource): void;
  onPreview(source: DragSource, target: Slot | null): void;
  onDrop(source: DragSource, target: Slot): void;
  onCancel(source: DragSource): void;
  /** The ghost's text. */
  ghostText(source: DragSource): string;
  /** Pointer travel in CSS pixels before a press becomes a drag (default 4). */
  threshold?: number;
  /** Receives the move, release and key listeners (default `window`; tests pass their own). */
  view?: EventTarget;
  /** Makes the ghost (default: a fixed-position `div.drag-ghost` in the body). */
  createGhost?(text: string): Ghost;
}

/** A controller instance. */
export interface GateDrag {
  /** Attaches to `domNode` (detaching from the previous one); `null` detaches. */
  update(params: { domNode: EventTarget | null }): void;
  /** Detaches, cancelling a drag in progress. */
  destroy(): void;
}

interface Press {
  source: DragSource;
  pointerId: number;
  x: number;
  y: number;
  dragging: boolean;
  target: Slot | null;
  ghost: Ghost | null;
}

type PointerLike = Event & { clientX: number; clientY: number; pointerId: number; button: number; isPrimary?: boolean };

/** The default ghost: a small label that follows the pointer, above everything, ignoring it. */
function domGhost(text: string): Ghost {
  const el = document.createElement('div');
  el.className = 'drag-ghost';
  el.textContent = text;
  el.setAttribute('aria-hidden', 'true');
  document.body.append(el);
  return {
    move: (x, y) => { el.style.transform = `translate(${x}px, ${y}px)`; },
    remove: () => el.remove(),
  };
}

const sameSlot = (a: Slot | null, b: Slot | null) => a === b || (a !== null && b !== null && a.wire === b.wire && a.column === b.column);

/** Creates a gate drag controller. */
export function createGateDrag(options: GateDragOptions): GateDrag {
  const view = options.view ?? window;
  const threshold = options.threshold ?? 4;
  let domNode: EventTarget | null = null;
  let press: Press | null = null;

  function swallowNextClick(): void {
    const swallow = (event: Event) => { event.stopPropagation(); event.preventDefault(); };
    view.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => view.removeEventListener('click', swallow, { capture: true }), 0);
  }

  function end(commit: boolean): void {
    const p = press;
    if (!p) return;
    press = null;
    view.removeEventListener('pointermove', onMove);
    view.removeEventListener('pointerup', onUp);
    view.removeEventListener('pointercancel', onCancelEvent);
    view.removeEventListener('keydown', onKey);
    if (!p.dragging) return;
    p.ghost?.remove();
    swallowNextClick();
    if (commit && p.target) options.onDrop(p.source, p.target);
    else options.onCancel(p.source);
  }

  function onMove(event: Event): void {
    const e = event as PointerLike;
    const p = press;
    if (!p || e.pointerId !== p.pointerId) return;
    if (!p.dragging) {
      if (Math.hypot(e.clientX - p.x, e.clientY - p.y) < threshold) return;
      p.dragging = true;
      p.ghost = (options.createGhost ?? domGhost)(options.ghostText(p.source));
      options.onStart?.(p.source);
    }
    p.ghost?.move(e.clientX, e.clientY);
    const target = options.targetAt(p.source, e.clientX, e.clientY);
    if (sameSlot(target, p.target)) return;
    p.target = target;
    options.onPreview(p.source, target);
  }

  function onUp(event: Event): void {
    if (press && (event as PointerLike).pointerId === press.pointerId) end(true);
  }

  function onCancelEvent(event: Event): void {
    if (press && (event as PointerLike).pointerId === press.pointerId) end(false);
  }

  function onKey(event: Event): void {
    if ((event as KeyboardEvent).key !== 'Escape' || !press) return;
    if (press.dragging) event.preventDefault();
    end(false);
  }

  function onDown(event: Event): void {
    const e = event as PointerLike;
    if (press || e.button !== 0 || e.isPrimary === false) return;
    const source = options.sourceOf(e.target, e.clientX, e.clientY);
    if (!source) return;
    press = { source, pointerId: e.pointerId, x: e.clientX, y: e.clientY, dragging: false, target: null, ghost: null };
    view.addEventListener('pointermove', onMove);
    view.addEventListener('pointerup', onUp);
    view.addEventListener('pointercancel', onCancelEvent);
    view.addEventListener('keydown', onKey);
  }

  return {
    update({ domNode: next }) {
      if (next === domNode) return;
      domNode?.removeEventListener('pointerdown', onDown);
      domNode = next;
      domNode?.addEventListener('pointerdown', onDown);
    },
    destroy() {
      domNode?.removeEventListener('pointerdown', onDown);
      domNode = null;
      end(false);
    },
  };
}
