/**
 * The hidden register in words: one wire's Bloch vector after a step with its length |r|
 * and its purity (1 + |r|²)/2, the balls' accessible name with their wires, and, without
 * WebGL, the rows of the whole view as a table. Pure string functions; numbers through
 * `src/text/format.ts` (one minus sign, no signed zero).
 */
import { formatFixed } from '../text/format';
import { blochLength, blochPurity } from './coords';

const fmt = (v: number) => formatFixed(v, 3);

/** The name of hidden wire `k`: `h0`, `h1`, … */
export const hiddenWireName = (k: number): string => `h${k}`;

/** What the card says about the arrow: its length, and how the purity follows from it. */
export const LENGTH_AND_PURITY = 'The arrow is the reduced state of each hidden wire after each step: its length |r| = 1 for a pure state and 0 for a fully mixed one, and the purity (1 + |r|²)/2 goes from 1 down to ½.';

/** `h0: (0.120, −0.400, 0.800), |r| 0.902, purity 0.907` for wire `wire` after step `t`. */
export function describeBloch(bloch: ArrayLike<number>, wires: number, t: number, wire: number): string {
  const i = (t * wires + wire) * 3;
  return `${hiddenWireName(wire)}: (${fmt(bloch[i])}, ${fmt(bloch[i + 1])}, ${fmt(bloch[i + 2])}), |r| ${fmt(blochLength(bloch, i))}, purity ${fmt(blochPurity(bloch, i))}`;
}

/** The canvas's accessible name: "Bloch balls of hidden wires h0 and h1, left to right, after step 3". */
export function ballsLabel(wires: number, step: number): string {
  const names = Array.from({ length: wires }, (_, k) => hiddenWireName(k));
  if (names.length === 1) return `Bloch ball of hidden wire ${names[0]} after step ${step}`;
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Bloch balls of hidden wires ${list}, left to right, after step ${step}`;
}

/** The cells of one table row: the step, then `x, y, z`, `|r|` and the purity of each wire. */
export function blochRow(bloch: ArrayLike<number>, wires: number, t: number): string[] {
  const cells = [String(t)];
  for (let k = 0; k < wires; k++) {
    const i = (t * wires + k) * 3;
    cells.push(`${fmt(bloch[i])}, ${fmt(bloch[i + 1])}, ${fmt(bloch[i + 2])}`, fmt(blochLength(bloch, i)), fmt(blochPurity(bloch, i)));
  }
  return cells;
}
