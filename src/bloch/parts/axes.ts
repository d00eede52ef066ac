/**
 * The three axes through the ball, from -1 to 1 (a little beyond, so the labels sit
 * outside), with labels `x`, `y`, `z` at their positive ends and `|0⟩`, `|1⟩` at the poles.
 * Built in physics coordinates and converted once with `coords.ts`.
 */
import { BufferGeometry, Float32BufferAttribute, Group, LineBasicMaterial, LineSegments } from 'three';
import { blochToThree } from '../coords';
import { createLabel } from './label';

const REACH = 1.12;
const LABELS: [name: string, text: string, at: [number, number, number]][] = [
  ['x', 'x', [1.3, 0, 0]],
  ['y', 'y', [0, 1.3, 0]],
  ['z', 'z', [0, 0, 1.3]],
  ['zero', '|0⟩', [0, 0, 1.58]],
  ['one', '|1⟩', [0, 0, -1.32]],
];

/** The axes (`axes-lines`) and their labels (`label-x`, `label-y`, `label-z`, `label-zero`, `label-one`). */
export function createAxes(lineColor: string, textColor: string): Group {
  const group = new Group();
  group.name = 'axes';
  const positions: number[] = [];
  for (const axis of [[1, 0, 0], [0, 1, 0], [0, 0, 1]]) {
    positions.push(...blochToThree(-REACH * axis[0], -REACH * axis[1], -REACH * axis[2]), ...blochToThree(REACH * axis[0], REACH * axis[1], REACH * axis[2]));
  }
  const lines = new LineSegments(new BufferGeometry().setAttribute('position', new Float32BufferAttribute(positions, 3)), new LineBasicMaterial({ color: lineColor, transparent: true, opacity: 0.55 }));
  lines.name = 'axes-lines';
  group.add(lines);
  for (const [name, text, at] of LABELS) {
    const label = createLabel(name, text, textColor, name.length > 1 ? 0.34 : 0.26);
    label.position.set(...blochToThree(...at));
    group.add(label);
  }
  return group;
}
