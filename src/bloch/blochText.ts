/**
 * The hidden register in words: one wire's Bloch vector after a step with its purity radius,
 * used for the readout under the balls and, without WebGL, for the whole view as a table.
 * Pure string functions.
 */
import { blochLength } from './coords';

const fmt = (v: number) => v.toFixed(3).replace('-', '\u2212');

/** `h0: (0.120, −0.400, 0.800), |r| 0.902` for wire `wire` after step `t`. */
export function describeBloch(bloch: ArrayLike<number>, wires: number, t: number, wire: number): string {
  const i = (t * wires + wire) * 3;
  return `h${wire}: (${fmt(bloch[i])}, ${fmt(bloch[i + 1])}, ${fmt(bloch[i + 2])}), |r| ${fmt(blochLength(bloch, i))}`;
}

/** The cells of one table row: the step, then `x y z |r|` of each wire. */
export function blochRow(bloch: ArrayLike<number>, wires: number, t: number): string[] {
  const cells = [String(t)];
  for (let k = 0; k < wires; k++) {
    const i = (t * wires + k) * 3;
    cells.push(`${fmt(bloch[i])}, ${fmt(bloch[i + 1])}, ${fmt(bloch[i + 2])}`, fmt(blochLength(bloch, i)));
  }
  return cells;
}
