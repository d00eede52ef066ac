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
  /** The parameter it depends on, or `null` for a fixed or input-only angle. */
  param: string | null;
  /** `d angle / d theta[param]` = `factor * u(x_t[input])` (0 when `param` is null). */
  derivative: number;
}

/** Evaluates `angle` for parameters `params` and input vector `x` (`x_t`). */
export function evaluateAngle(angle: Angle, params: Params, x: readonly number[]): AngleValue {
  if (typeof angle === 'number') return { value: angle, param: null, derivative: 0 };
  const factor = angle.factor ?? 1;
  const offset = angle.offset ?? 0;
  const u = angle.input === undefined ? 1 : transformInput(angle.transform ?? 'linear', x[angle.input === true ? 0 : angle.input]);
  if (angle.param === undefined) return { value: offset + factor * u, param: null, derivative: 0 };
  const theta = params[angle.param];
  return { value: offset + factor * theta * u, param: angle.param, derivative: factor * u };
}

/** The parameter an angle binds, if any. */
export function angleParam(angle: Angle | undefined): string | null {
  return angle !== undefined && typeof angle === 'object' && angle.param !== undefined ? angle.param : null;
}
