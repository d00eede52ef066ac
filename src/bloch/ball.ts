/**
 * One Bloch ball for one hidden wire: the surface, the axes with their labels, the
 * trajectory of the wire's reduced state and the state arrow at the chosen step, composed
 * into one group (Cirq's `bloch_sphere.ts` composition of small parts).
 */
import { Group, type ArrowHelper } from 'three';
import { createArrow, setArrowVector } from './parts/arrow';
import { createAxes } from './parts/axes';
import { createSphere } from './parts/sphere';
import { createTrajectory, type Trajectory } from './parts/trajectory';

/** Colours of a ball, as CSS colour strings. */
export interface BallColors {
  surface: string;
  text: string;
  state: string;
}

export interface Ball {
  group: Group;
  arrow: ArrowHelper;
  trajectory: Trajectory;
  /** Shows the wire's states from a flat `bloch` array (see `AnalysisSuccess.bloch`). */
  setTrajectory(bloch: ArrayLike<number>, steps: number, wires: number): void;
  /** Points the arrow and the marker at step `t`. */
  setStep(t: number): void;
}

/** The ball of hidden wire `wire`, named `ball-h<wire>`. */
export function createBall(wire: number, colors: BallColors): Ball {
  const group = new Group();
  group.name = `ball-h${wire}`;
  const arrow = createArrow(colors.state);
  const trajectory = createTrajectory(colors.state);
  group.add(createSphere(colors.surface), createAxes(colors.surface, colors.text), trajectory.group, arrow);
  let data: { bloch: ArrayLike<number>; wires: number } | null = null;
  return {
    group,
    arrow,
    trajectory,
    setTrajectory(bloch, steps, wires) {
      data = { bloch, wires };
      trajectory.setPath(bloch, steps, wires, wire);
    },
    setStep(t) {
      trajectory.setStep(t);
      if (!data || trajectory.steps === 0) {
        arrow.visible = false;
        return;
      }
      const step = Math.min(Math.max(0, Math.trunc(t)), trajectory.steps - 1);
      setArrowVector(arrow, data.bloch, (step * data.wires + wire) * 3);
    },
  };
}
