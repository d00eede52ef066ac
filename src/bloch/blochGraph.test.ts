/**
 * The hidden-register scene graph without a GPU (as Cirq's `components/vector_test.ts`
 * checks its parts): one ball per hidden wire, side by side, each made of the sphere, the
 * equator, labelled axes, the trajectory and the state arrow; the trajectory holds the
 * converted Bloch vectors; the arrow's length is |r| at the chosen step.
 */
import { describe, expect, it } from 'vitest';
import type { ArrowHelper, BufferGeometry, Line, Mesh, Object3D } from 'three';
import { BALL_SPACING, BASE_YAW, buildBlochGraph } from './blochGraph';
import { blochToThree } from './coords';

const colors = { surface: '#888888', text: '#222222', state: '#b35900' };
/** Two wires, three steps: `bloch[(t * 2 + k) * 3 + c]`. */
const bloch = Float64Array.from([
  0, 0, 1, /**/ 1, 0, 0,
  0.6, 0, 0.6, /**/ 0, 0.5, 0,
  0, 0, 0, /**/ 0, -0.8, 0.2,
]);
const named = (root: Object3D, name: string) => root.getObjectByName(name) as Object3D;

describe('buildBlochGraph(wires, colors)', () => {
  const graph = buildBlochGraph(2, colors);

  it('has one ball per hidden wire, side by side and turned to the textbook view', () => {
    expect(graph.scene.children.map((c) => c.name)).toEqual(['ball-h0', 'ball-h1']);
    const [a, b] = graph.balls.map((ball) => ball.group);
    expect(b.position.x - a.position.x).toBe(BALL_SPACING);
    expect(a.position.x + b.position.x).toBe(0);
    expect(a.rotation.y).toBe(BASE_YAW);
  });

  it('builds each ball from the sphere, equator, meridian, axes with x/y/z labels, trajectory and arrow', () => {
    const ball = graph.balls[0].group;
    for (const name of ['sphere', 'equator', 'meridian', 'axes-lines', 'label-x', 'label-y', 'label-z', 'label-zero', 'label-one', 'trajectory-line', 'trajectory-dots', 'step-marker', 'state-arrow']) {
      expect(named(ball, name), name).toBeDefined();
    }
    expect(named(ball, 'label-z').position.y).toBeGreaterThan(1);
  });

  it('fills the trajectory with the wire\'s vectors in three.js coordinates', () => {
    graph.setTrajectory(bloch, 3, 2);
    const line = named(graph.balls[1].group, 'trajectory-line') as Line;
    const geometry = line.geometry as BufferGeometry;
    expect(geometry.drawRange.count).toBe(3);
    const positions = geometry.getAttribute('position').array;
    expect(Array.from(positions.slice(0, 9))).toEqual([...blochToThree(1, 0, 0), ...blochToThree(0, 0.5, 0), ...blochToThree(0, -0.8, 0.2)].map(Math.fround));
  });

  it('points the arrow at the chosen step with length |r|, hides it for a mixed state, and moves the marker', () => {
    graph.setTrajectory(bloch, 3, 2);
    graph.setStep(1);
    const arrow = graph.balls[0].arrow as ArrowHelper;
    expect(arrow.visible).toBe(true);
    expect(arrow.line.scale.y + arrow.cone.scale.y).toBeCloseTo(Math.hypot(0.6, 0.6), 9);
    const marker = named(graph.balls[0].group, 'step-marker') as Mesh;
    expect(marker.position.toArray()).toEqual(blochToThree(0.6, 0, 0.6).map(Math.fround));
    graph.setStep(2);
    expect(arrow.visible).toBe(false);
    graph.setStep(99);
    expect(marker.position.length()).toBe(0);
  });

  it('spins every ball about its own vertical axis', () => {
    graph.setSpin(0.5);
    for (const ball of graph.balls) expect(ball.group.rotation.y).toBeCloseTo(BASE_YAW + 0.5, 12);
  });
});
