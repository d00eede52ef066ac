/**
 * Counts in words that agree with their noun: `1 step`, `2 steps`, `1 hidden qubit`,
 * `12,180 shots`. Pure string functions.
 */
import { formatCount } from './format';

/** `noun` or its plural (`${noun}s` unless given) as `n` asks: only exactly 1 is singular. */
export function pluralNoun(n: number, noun: string, plural = `${noun}s`): string {
  return n === 1 ? noun : plural;
}

/** `n` with thousands separators and the agreeing noun: `1 step`, `0 steps`, `1,000 shots`. */
export function plural(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${pluralNoun(n, noun, plural)}`;
}
