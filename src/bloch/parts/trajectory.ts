/**
 * The trajectory of one hidden wire's reduced state: a polyline through its Bloch vector
 * after every step (inside the ball: a point's distance from the centre is the length
 * |r| of its Bloch vector, 1 on the surface for a pure state), small dots at the steps, and a marker at the chosen step. Buffers are allocated
 * once for `capacity` steps and refilled in place; the draw range shows the steps there are.
 */
import { BufferAttribute, BufferGeometry, Group, Line, LineBasicMaterial, Mesh, MeshBasicMaterial, Points, PointsMaterial, SphereGeometry } from 'three';
import { writeThree } from '../coords';

export interface Trajectory {
  group: Group;
  /** Fills the path from `bloch[(t * wires + wire) * 3 + c]` for `steps` steps. */
  setPath(bloch: ArrayLike<number>, steps: number, wires: number, wire: number): void;
  /** Moves the marker to step `t` (clamped to the steps drawn). */
  setStep(t: number): void;
  /** Steps drawn. */
  readonly steps: number;
}

/** A trajectory for up to `capacity` steps, named `trajectory` (`trajectory-line`, `trajectory-dots`, `step-marker`). */
export function createTrajectory(color: string, capacity = 512): Trajectory {
  const group = new Group();
  group.name = 'trajectory';
  const positions = new BufferAttribute(new Float32Array(capacity * 3), 3);
  const geometry = new BufferGeometry().setAttribute('position', positions);
  geometry.setDrawRange(0, 0);
  const line = new Line(geometry, new LineBasicMaterial({ color, transparent: true, opacity: 0.8 }));
  line.name = 'trajectory-line';
  line.frustumCulled = false;
  const dots = new Points(geometry, new PointsMaterial({ color, size: 4, sizeAttenuation: false }));
  dots.name = 'trajectory-dots';
  dots.frustumCulled = false;
  const marker = new Mesh(new SphereGeometry(0.06, 16, 12), new MeshBasicMaterial({ color }));
  marker.name = 'step-marker';
  group.add(line, dots, marker);
  let steps = 0;
  const array = positions.array as Float32Array;

  return {
    group,
    get steps() {
      return steps;
    },
    setPath(bloch, count, wires, wire) {
      steps = Math.min(count, capacity);
      for (let t = 0; t < steps; t++) writeThree(bloch, (t * wires + wire) * 3, array, t * 3);
      positions.needsUpdate = true;
      geometry.setDrawRange(0, steps);
      geometry.computeBoundingSphere();
      marker.visible = steps > 0;
    },
    setStep(t) {
      if (steps === 0) return;
      const i = Math.min(Math.max(0, Math.trunc(t)), steps - 1) * 3;
      marker.position.set(array[i], array[i + 1], array[i + 2]);
    },
  };
}
