/**
 * Inline data as a `Sequence`: each input becomes a vector (a number `x` is `[x]`).
 */
import type { InlineData, Sequence } from './types';

export function inlineSequence(data: InlineData): Sequence {
  return {
    inputs: data.inputs.map((x) => (typeof x === 'number' ? [x] : [...x])),
    targets: [...data.targets],
  };
}
