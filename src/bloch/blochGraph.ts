/**
 * The scene graph of the hidden-register view without a renderer: one ball per hidden wire,
 * side by side along three.js x, each turned to the textbook view (x toward the viewer, y to
 * the right, z up) and spun about its own vertical axis by the auto-rotation. Kept apart
 * from `blochScene.ts` so it can be tested without a GPU.
 */
import { Scene } from 'three';
import { createBall, type Ball, type BallColors } from './ball';
import { ballX } from './layout';

export { BALL_SPACING } from './layout';

/** The yaw that turns the physics x axis toward the viewer, in radians. */
export const BASE_YAW = -Math.PI / 3;

export interface BlochGraph {
  scene: Scene;
  balls: Ball[];
  /** Shows the states after every step; `bloch[(t * wires + k) * 3 + c]` (`AnalysisSuccess.bloch`). */
  setTrajectory(bloch: ArrayLike<number>, steps: number, wires: number): void;
  /** Points every ball's arrow and marker at step `t`. */
  setStep(t: number): void;
  /** Turns every ball to `BASE_YAW + angle` about its vertical axis. */
  setSpin(angle: number): void;
}

/** Builds the graph for `wires` hidden wires. */
export function buildBlochGraph(wires: number, colors: BallColors): BlochGraph {
  const scene = new Scene();
  scene.name = 'hidden-register';
  const balls = Array.from({ length: wires }, (_, k) => {
    const ball = createBall(k, colors);
    ball.group.position.x = ballX(k, wires);
    ball.group.rotation.y = BASE_YAW;
    scene.add(ball.group);
    return ball;
  });
  return {
    scene,
    balls,
    setTrajectory(bloch, steps, count) {
      for (const ball of balls) ball.setTrajectory(bloch, steps, count);
    },
    setStep(t) {
      for (const ball of balls) ball.setStep(t);
    },
    setSpin(angle) {
      for (const ball of balls) ball.group.rotation.y = BASE_YAW + angle;
    },
  };
}
