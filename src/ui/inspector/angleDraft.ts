/**
 * The inspector's angle form as text fields, and back: a fixed angle in radians (also `pi`,
 * `π/2`, `-3pi/4`), or the expression of docs/spec.md §1.3, `offset + factor * theta[param] *
 * u(x_t[index])`. Defaults are left out of the angle (factor 1, offset 0, transform linear,
 * component 0 written as `true`), so an untouched form gives back the angle it was made
 * from. Text that is not a number becomes `NaN`, which the parser refuses in its own words:
 * the form does no validation of its own.
 */
import type { Angle, AngleExpression, Transform } from '../../model/types';

/** The form's fields. */
export interface AngleDraft {
  mode: 'fixed' | 'expression';
  /** The fixed angle. */
  value: string;
  param: string;
  input: boolean;
  /** The input component `k` of `x_t[k]`. */
  index: string;
  transform: Transform;
  factor: string;
  offset: string;
  /** The bias parameter's name (docs/spec.md §5.1); empty for none. */
  bias: string;
}

/** `text` as a number of radians: a plain number, or a multiple or fraction of π; `NaN` otherwise. */
export function readAngleNumber(text: string): number {
  const t = text.trim().replace(/\s+/g, '').replace(/π/g, 'pi').replace(/\u2212/g, '-');
  if (t === '') return Number.NaN;
  const pi = /^([+-]?)(\d*\.?\d*)\*?pi(?:\/(\d*\.?\d+))?$/.exec(t);
  if (pi) {
    const times = pi[2] === '' ? 1 : Number(pi[2]);
    const over = pi[3] === undefined ? 1 : Number(pi[3]);
    return (pi[1] === '-' ? -1 : 1) * (times * Math.PI) / over;
  }
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : Number.NaN;
}

/** The form for `angle`. */
export function draftOf(angle: Angle): AngleDraft {
  if (typeof angle === 'number') {
    return { mode: 'fixed', value: String(angle), param: '', input: false, index: '0', transform: 'linear', factor: '1', offset: '0', bias: '' };
  }
  return {
    mode: 'expression',
    value: '0',
    param: angle.param ?? '',
    input: angle.input !== undefined,
    index: String(angle.input === undefined || angle.input === true ? 0 : angle.input),
    transform: angle.transform ?? 'linear',
    factor: String(angle.factor ?? 1),
    offset: String(angle.offset ?? 0),
    bias: angle.bias ?? '',
  };
}

/** The angle the form describes (see the module comment for defaults and bad text). */
export function angleOf(draft: AngleDraft): Angle {
  if (draft.mode === 'fixed') return readAngleNumber(draft.value);
  const angle: AngleExpression = {};
  const param = draft.param.trim();
  if (param !== '') angle.param = param;
  if (draft.input) {
    const index = draft.index.trim() === '' ? 0 : Number(draft.index);
    angle.input = index === 0 ? true : index;
  }
  const factor = draft.factor.trim() === '' ? 1 : readAngleNumber(draft.factor);
  if (factor !== 1) angle.factor = factor;
  const offset = draft.offset.trim() === '' ? 0 : readAngleNumber(draft.offset);
  if (offset !== 0) angle.offset = offset;
  if (draft.input && draft.transform !== 'linear') angle.transform = draft.transform;
  const bias = draft.bias.trim();
  if (bias !== '') angle.bias = bias;
  return angle;
}

/**
 * The fixed angle an expression is worth when it reads no input (`offset + factor * theta +
 * theta[bias]`, the product absent when there is no parameter either), or its offset plus its
 * bias when it does: what switching the form to "fixed" starts from.
 */
export function fixedValueOf(angle: Angle, params: Readonly<Record<string, number>>): number {
  if (typeof angle === 'number') return angle;
  const offset = angle.offset ?? 0;
  const bias = angle.bias !== undefined ? (params[angle.bias] ?? 0) : 0;
  if (angle.input !== undefined || angle.param === undefined) return offset + bias;
  return offset + (angle.factor ?? 1) * (params[angle.param] ?? 0) + bias;
}
