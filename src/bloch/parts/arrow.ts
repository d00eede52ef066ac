/**
 * The state arrow: from the centre to the reduced state's Bloch vector, so its length is |r|
 * (1 for a pure state; the purity is (1 + |r|²)/2); hidden when the state is maximally mixed. `setVector` takes physics
 * coordinates and reuses one scratch vector: no allocation per frame.
 */
import { ArrowHelper, Vector3 } from 'three';
import { writeThree } from '../coords';

const scratch = new Vector3();
const position = new Float64Array(3);
const origin = new Vector3(0, 0, 0);
const up = new Vector3(0, 1, 0);

/** A state arrow, named `state-arrow`. */
export function createArrow(color: string): ArrowHelper {
  const arrow = new ArrowHelper(up, origin, 1, color, 0.16, 0.09);
  arrow.name = 'state-arrow';
  return arrow;
}

/** Points `arrow` at the Bloch vector `source[from .. from + 2]` (physics coordinates). */
export function setArrowVector(arrow: ArrowHelper, source: ArrayLike<number>, from: number): void {
  writeThree(source, from, position, 0);
  scratch.set(position[0], position[1], position[2]);
  const length = scratch.length();
  arrow.visible = length > 1e-6;
  if (!arrow.visible) return;
  arrow.setDirection(scratch.divideScalar(length));
  arrow.setLength(length, Math.min(0.16, length * 0.45), Math.min(0.09, length * 0.3));
}

