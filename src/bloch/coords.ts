/**
 * Physics to three.js coordinates, the one place that converts. A Bloch vector has z up
 * (|0⟩ at the north pole); three.js has y up. The conversion is a -90° rotation about the
 * x axis (as Cirq's Bloch sphere applies to its state vector): `(x, y, z) -> (x, z, -y)`.
 * Pure arithmetic, no three.js, so it is tested on its own.
 */

/** The three.js position of the Bloch vector `(x, y, z)`. */
export function blochToThree(x: number, y: number, z: number): [number, number, number] {
  return [x, z, -y];
}

/**
 * Writes the three.js position of the Bloch vector at `source[from .. from + 2]` into
 * `target[to .. to + 2]` (no allocation: for filling geometry buffers).
 */
export function writeThree(source: ArrayLike<number>, from: number, target: { [i: number]: number }, to: number): void {
  target[to] = source[from];
  target[to + 1] = source[from + 2];
  target[to + 2] = -source[from + 1];
}

/** The Bloch vector `(x, y, z)` of a three.js position: the inverse of {@link blochToThree}. */
export function threeToBloch(x: number, y: number, z: number): [number, number, number] {
  return [x, -z, y];
}

/** The length `|r|` of a Bloch vector (1 for a pure state, 0 for the maximally mixed one). */
export function blochLength(v: ArrayLike<number>, from = 0): number {
  return Math.hypot(v[from], v[from + 1], v[from + 2]);
}

/** The purity `tr ρ² = (1 + |r|²) / 2` of the state with Bloch vector `v` (1 pure, ½ maximally mixed). */
export function blochPurity(v: ArrayLike<number>, from = 0): number {
  const r = blochLength(v, from);
  return (1 + r * r) / 2;
}
