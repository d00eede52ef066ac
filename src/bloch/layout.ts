/**
 * Where the balls sit, without three.js: one ball per hidden wire, `BALL_SPACING` radii
 * apart and centred, and the orthographic camera's half width for a canvas of a given size.
 * The scene and the wire labels under the canvas both read it, so a label sits under its ball.
 */

/** Distance between ball centres, in ball radii. */
export const BALL_SPACING = 3;
/** Half the visible height in world units: the ball (1) and the `|0⟩` label above it (1.58). */
export const HALF_HEIGHT = 1.8;

/** The x of ball `k` of `wires`, in world units (three.js x). */
export const ballX = (k: number, wires: number): number => (k - (wires - 1) / 2) * BALL_SPACING;

/** The camera's half width for a `width` x `height` canvas: every ball fits, the height is kept. */
export function cameraHalfWidth(wires: number, width: number, height: number): number {
  return Math.max((wires * BALL_SPACING) / 2, (HALF_HEIGHT * Math.max(1, width)) / Math.max(1, height));
}

/** Ball `k`'s centre as a fraction of the canvas width, from the left (0.5 for one ball). */
export function ballCentreFraction(k: number, wires: number, width: number, height: number): number {
  return 0.5 + ballX(k, wires) / (2 * cameraHalfWidth(wires, width, height));
}
