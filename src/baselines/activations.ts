/**
 * The gate nonlinearities of the classical baselines, built on `src/core/detmath.ts` `exp`
 * so that a baseline's history is the same bits in Node and in every browser (`Math.tanh`
 * and `Math.exp` differ between engines in the last bit; docs/architecture.md §5).
 */
import { exp } from '../core/detmath';

/** `1 / (1 + e^-x)`; for very negative `x`, `e^-x` overflows to infinity and the result is 0. */
export function sigmoid(x: number): number {
  return 1 / (1 + exp(-x));
}

/**
 * `tanh x = sign(x) (1 - e^{-2|x|}) / (1 + e^{-2|x|})`: the exponent is never positive, so
 * nothing overflows, and the result is odd by construction. Near 0 the subtraction loses
 * relative (not absolute) precision, about 1e-16, which no gradient or loss here notices.
 */
export function tanh(x: number): number {
  const e = exp(-2 * Math.abs(x));
  const t = (1 - e) / (1 + e);
  return x < 0 ? -t : t;
}
