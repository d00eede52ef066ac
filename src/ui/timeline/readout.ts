/**
 * The timeline's words: the step headers `x₃ 0.42` and their targets, and the roving-focus
 * moves between one parameter's occurrences (an occurrence's sentence is in
 * text/occurrence.ts, which the gradient bars read too). Pure functions of numbers.
 */

import { formatFixed } from '../../text/format';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** `t` in subscript digits: 12 -> `₁₂`. */
export const subscript = (t: number) => String(t).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);

/** A short number for a step header: two decimals, typographic minus. */
const formatShort = (v: number) => formatFixed(v, 2);

/** The header of step `t`: `x₃ 0.42` (the first component of a vector input, with `…`). */
export function inputHeader(t: number, input: readonly number[] | undefined): string {
  if (!input || input.length === 0) return `x${subscript(t)}`;
  return `x${subscript(t)} ${formatShort(input[0])}${input.length > 1 ? '…' : ''}`;
}

/** The target line of a step: `→ 0.51`, or `not scored` (no target, or in the washout). */
export function targetHeader(target: readonly number[] | null | undefined, scored: boolean): string {
  if (target == null || !scored) return 'not scored';
  return `\u2192 ${target.map(formatShort).join(', ')}`;
}

/** The key a roving-focus list moves by. */
export type RovingKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The index to focus after `key` in a list of occurrences sorted by step then gate:
 * right/left move one occurrence, down/up jump to the same gate one step later/earlier
 * (or the nearest occurrence there), Home/End go to the ends. Stays put at the ends.
 */
export function rovingMove(list: readonly { gate: number; step: number }[], current: number, key: RovingKey): number {
  const last = list.length - 1;
  if (last < 0) return -1;
  const here = list[Math.min(Math.max(current, 0), last)];
  switch (key) {
    case 'ArrowRight': return Math.min(current + 1, last);
    case 'ArrowLeft': return Math.max(current - 1, 0);
    case 'Home': return 0;
    case 'End': return last;
    default: {
      const step = here.step + (key === 'ArrowDown' ? 1 : -1);
      const same = list.findIndex((o) => o.step === step && o.gate === here.gate);
      if (same >= 0) return same;
      const any = list.findIndex((o) => o.step === step);
      return any >= 0 ? any : current;
    }
  }
}
