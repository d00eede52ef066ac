/**
 * The React adapter of the drag controller, as xyflow's `useDrag`: one effect creates the
 * controller and destroys it on unmount, another hands it the current DOM node after every
 * render. Everything else happens in the controller, outside React.
 * @internal
 */
import { useEffect, useRef, type RefObject } from 'react';
import { createGateDrag, type GateDrag, type GateDragOptions } from './dragController';
import { gateDragOptions } from './dragActions';

/** Makes the `data-drag` elements inside `ref`'s element draggable onto the cell editor. */
export function useGateDrag(ref: RefObject<Element | null>, options: GateDragOptions = gateDragOptions): void {
  const drag = useRef<GateDrag | null>(null);
  useEffect(() => {
    drag.current = createGateDrag(options);
    return () => {
      drag.current?.destroy();
      drag.current = null;
    };
  }, [options]);
  useEffect(() => {
    drag.current?.update({ domNode: ref.current });
  });
}
