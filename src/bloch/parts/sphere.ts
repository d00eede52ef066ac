/**
 * The ball itself: a faint translucent sphere of radius 1 (the pure states), the equator
 * (the physics xy plane) and one meridian (the xz plane), as line loops.
 */
import { BufferGeometry, Float32BufferAttribute, Group, LineBasicMaterial, LineLoop, Mesh, MeshBasicMaterial, SphereGeometry } from 'three';

const SEGMENTS = 96;

/** A unit circle in the three.js plane spanned by axes `a` and `b` (0 x, 1 y, 2 z). */
function circle(a: number, b: number): BufferGeometry {
  const positions = new Float32Array(SEGMENTS * 3);
  for (let i = 0; i < SEGMENTS; i++) {
    const angle = (2 * Math.PI * i) / SEGMENTS;
    positions[i * 3 + a] = Math.cos(angle);
    positions[i * 3 + b] = Math.sin(angle);
  }
  return new BufferGeometry().setAttribute('position', new Float32BufferAttribute(positions, 3));
}

/** The sphere, equator and meridian, named `sphere`, `equator`, `meridian`. */
export function createSphere(color: string): Group {
  const group = new Group();
  group.name = 'ball-surface';
  const sphere = new Mesh(new SphereGeometry(1, 48, 32), new MeshBasicMaterial({ color, transparent: true, opacity: 0.07, depthWrite: false }));
  sphere.name = 'sphere';
  const lines = new LineBasicMaterial({ color, transparent: true, opacity: 0.45 });
  // three.js x-z is the physics x-y plane (the equator); x-y is the physics x-z plane.
  const equator = new LineLoop(circle(0, 2), lines);
  equator.name = 'equator';
  const meridian = new LineLoop(circle(0, 1), new LineBasicMaterial({ color, transparent: true, opacity: 0.2 }));
  meridian.name = 'meridian';
  group.add(sphere, equator, meridian);
  return group;
}
