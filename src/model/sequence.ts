/**
 * Inline data as a `Sequence`: each input becomes a vector (a number `x` is `[x]`), and so
 * does each target (a number `y` is `[y]`, docs/spec.md §5.3).
 */
import type { InlineData, Sequence } from './types';

export function inlineSequence(data: InlineData): Sequence {
  return {
    inputs: data.inputs.map((x) => (typeof x === 'number' ? [x] : [...x])),
    targets: data.targets.map((y) => (y === null ? null : typeof y === 'number' ? [y] : [...y])),
  };
}
