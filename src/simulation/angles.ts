/**
 * Angles of docs/spec.md §1.3: `offset + factor * theta[param] * u(x_t[input])`, and their derivative
 * with respect to the parameter, which the chain rule of every gradient method needs.
 */
import { acos, atan } from '../core/detmath';
import type { Angle, Params, Transform } from '../model/types';

/** `u(x)`: the input transform; `arccos` clamps its argument to [-1, 1]. */
export function transformInput(transform: Transform, x: number): number {
  switch (transform) {
    case 'linear': return x;
    case 'arccos': return acos(Math.min(1, Math.max(-1, x)));
    case 'arctan': return atan(x);
  }
}

export interface AngleValue {
  /** The angle in radians. */
  value: number;
  /** The parameter of the product term, or `null` when there is none. */
  param: string | null;
  /** `d angle / d theta[param]` = `factor * u(x_t[input])` (0 when `param` is null). */
  derivative: number;
  /** docs/spec.md §5.1: the parameter added to the angle (`d angle / d theta[bias] = 1`), or `null`. */
  bias: string | null;
}

/**
 * Evaluates `angle` for parameters `params` and input vector `x` (`x_t`): docs/spec.md §1.3 and 5.1,
 * `offset + factor * theta[param] * u(x_t[input]) + theta[bias]`, where the product term is
 * absent when the angle has neither `param` nor `input`.
 */
export function evaluateAngle(angle: Angle, params: Params, x: readonly number[]): AngleValue {
  if (typeof angle === 'number') return { value: angle, param: null, derivative: 0, bias: null };
  const offset = angle.offset ?? 0;
  const bias = angle.bias ?? null;
  const product = productTerm(angle, params, x);
  const withProduct = product === null ? offset : offset + product.value;
  const value = bias === null ? withProduct : withProduct + params[bias];
  return { value, param: product?.param ?? null, derivative: product?.derivative ?? 0, bias };
}

/** `factor * theta[param] * u(x_t[input])` and its slope in `theta[param]`; `null` without param and input. */
function productTerm(angle: Exclude<Angle, number>, params: Params, x: readonly number[]): { value: number; param: string | null; derivative: number } | null {
  if (angle.param === undefined && angle.input === undefined) return null;
  const factor = angle.factor ?? 1;
  const u = angle.input === undefined ? 1 : transformInput(angle.transform ?? 'linear', x[angle.input === true ? 0 : angle.input]);
  if (angle.param === undefined) return { value: factor * u, param: null, derivative: 0 };
  return { value: factor * params[angle.param] * u, param: angle.param, derivative: factor * u };
}

/** The parameters an angle binds, in the order its occurrences are listed: `param`, then `bias`. */
export function angleParams(angle: Angle | undefined): string[] {
  if (angle === undefined || typeof angle === 'number') return [];
  const out: string[] = [];
  if (angle.param !== undefined) out.push(angle.param);
  if (angle.bias !== undefined) out.push(angle.bias);
  return out;
}

/**
 * `d angle / d theta[name]` for the parameter `name` of one occurrence: 1 for the bias,
 * `factor * u(x_t)` for the product's parameter (docs/spec.md §5.1).
 */
export function angleSlope(angle: Angle, params: Params, x: readonly number[], name: string): number {
  const v = evaluateAngle(angle, params, x);
  return v.bias === name ? 1 : v.param === name ? v.derivative : 0;
}
