/**
 * The Explain panel's numbers and formulas as text: fixed decimals with a true minus sign,
 * tiny differences in scientific form, the shifts and weights of the two rules, and the TeX
 * of every formula with the worker's numbers filled in. Pure string functions of the reply,
 * so each formula is tested to parse in KaTeX.
 */
import type { Model } from '../../model/types';
import { formatFixed } from '../../text/format';
import type { AngleTerms, ExplainSuccess } from '../../worker/protocol';

const MINUS = '\u2212';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Decimals of the panel's numbers: enough to see the sum agree, few enough to read. */
const DIGITS = 6;

/** `v` to `digits` decimals with a true minus sign (and no `−0.000000`): `formatFixed`. */
export function num(v: number, digits = DIGITS): string {
  return formatFixed(v, digits);
}

/** One step's values of every output (docs/spec.md §5.3), separated by commas: one output is one number. */
export function nums(row: readonly number[], digits = DIGITS): string {
  return row.map((v) => num(v, digits)).join(', ');
}

/** `sum_j a_j b_j`: one step's loss-weighted derivative over the outputs. */
export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = a[0] * b[0];
  for (let j = 1; j < a.length; j++) sum += a[j] * b[j];
  return sum;
}

/** `m`, the number of outputs the explanation covers. */
export const outputsOf = (x: ExplainSuccess) => x.outputs[0]?.length ?? 1;

/** Whether this occurrence is the angle's bias (docs/spec.md §5.1): its slope is 1. */
export const isBias = (x: ExplainSuccess) => x.angle.bias?.name === x.param;

/** A TeX number to `digits` decimals, in parentheses when negative and `wrap` (a factor in a product). */
export function texNum(v: number, digits = 4, wrap = false): string {
  const text = num(v, digits).replace(MINUS, '-');
  return wrap && text.startsWith('-') ? `(${text})` : text;
}

/** A small magnitude as `4.4 × 10⁻¹⁶` (exactly 0 as `0`). */
export function sci(v: number): string {
  if (v === 0) return '0';
  const [mantissa, exponent] = Math.abs(v).toExponential(1).split('e');
  const power = String(Number(exponent)).replace('-', '\u207b').replace(/\d/g, (d) => SUPERSCRIPTS[Number(d)]);
  return `${v < 0 ? MINUS : ''}${mantissa} × 10${power}`;
}

/** How many halves of pi a shift is: 1, -1, 3 or -3. */
const halves = (shift: number) => Math.round(shift / (Math.PI / 2));

/** A shift as text: `+π/2`, `−3π/2`. */
export function shiftText(shift: number): string {
  const k = halves(shift);
  return `${k < 0 ? MINUS : '+'}${Math.abs(k) === 1 ? '' : Math.abs(k)}π/2`;
}

/** A shift in TeX: `+\tfrac{\pi}{2}`, `-\tfrac{3\pi}{2}`. */
export function shiftTex(shift: number): string {
  const k = halves(shift);
  return `${k < 0 ? '-' : '+'}\\tfrac{${Math.abs(k) === 1 ? '' : Math.abs(k)}\\pi}{2}`;
}

/** A rule's weight by name: `+½`, `−½`, `+c₁`, `−c₂`. */
export function weightText(rule: ExplainSuccess['rule'], weight: number): string {
  const sign = weight < 0 ? MINUS : '+';
  if (rule === 'two-term') return `${sign}½`;
  return `${sign}${Math.abs(weight) > 0.25 ? 'c₁' : 'c₂'}`;
}

/** The rule itself, typeset. */
export function ruleTex(rule: ExplainSuccess['rule']): string {
  if (rule === 'two-term') return String.raw`\frac{\partial \hat y}{\partial a} = \tfrac12\left[\hat y\left(a+\tfrac{\pi}{2}\right) - \hat y\left(a-\tfrac{\pi}{2}\right)\right]`;
  return String.raw`\frac{\partial \hat y}{\partial a} = c_1\left[\hat y\left(a+\tfrac{\pi}{2}\right) - \hat y\left(a-\tfrac{\pi}{2}\right)\right] - c_2\left[\hat y\left(a+\tfrac{3\pi}{2}\right) - \hat y\left(a-\tfrac{3\pi}{2}\right)\right]`;
}

/** The four-term rule's constants, with their values. */
export const FOUR_TERM_CONSTANTS_TEX = String.raw`c_1 = \frac{\sqrt2+1}{4\sqrt2} \approx 0.4268,\qquad c_2 = \frac{\sqrt2-1}{4\sqrt2} \approx 0.0732`;

const TRANSFORM_TEX = { linear: '', arccos: '\\arccos', arctan: '\\arctan' } as const;

/** `u(x_t)` with its value: `u(x_3) = \arccos(0.5) = 1.0472`, or `u(x_3) = x_3 = 0.5`. */
export function inputTex(angle: AngleTerms, step: number): string | null {
  if (angle.input === null) return null;
  const { index, value, transform, transformed } = angle.input;
  const x = index === 0 ? `x_{${step}}` : `x_{${step},${index}}`;
  const form = transform === 'linear' ? x : `${TRANSFORM_TEX[transform]}\\left(${x}\\right)`;
  const filled = transform === 'linear' ? '' : ` = ${TRANSFORM_TEX[transform]}(${texNum(value)})`;
  return `u(${x}) = ${form}${filled} = ${texNum(transformed)}`;
}

/**
 * The angle expression with its numbers: `a = c + f\,\theta\,u(x_t) = 0 + 1\cdot 0.4 = 0.4`.
 * `theta` stands for the parameter whatever its name (the prose names it), since a name
 * such as `a` or `c` would clash with the angle and the offset.
 */
export function angleTex(x: ExplainSuccess): string {
  const { angle } = x;
  // With a bias the product's parameter is theta and the bias b (docs/spec.md §5.1).
  const product = angle.input === null ? 'f\\,\\theta' : `f\\,\\theta\\,u(x_{${x.step}})`;
  const u = angle.input === null ? '' : ` \\cdot ${texNum(angle.input.transformed, 4, true)}`;
  const symbolic = ['c', ...(angle.product ? [product] : []), ...(angle.bias ? ['b'] : [])].join(' + ');
  const filled = [
    texNum(angle.offset),
    ...(angle.product ? [`${texNum(angle.factor)} \\cdot ${texNum(angle.theta, 4, true)}${u}`] : []),
    ...(angle.bias ? [texNum(angle.bias.value, 4, true)] : []),
  ].join(' + ');
  return `a = ${symbolic} = ${filled} = ${texNum(angle.value)}`;
}

/**
 * One step's weighted difference with numbers: `\partial\hat y_s/\partial a = \tfrac12[… - …] = …`,
 * for output `j` (numbered `\hat y_{s,j}` when there are several).
 */
export function derivativeTex(x: ExplainSuccess, s: number, j = 0): string {
  const at = (k: number) => texNum(x.shifted[k].outputs[s][j], 4, true);
  const left = `\\frac{\\partial \\hat y_{${outputsOf(x) > 1 ? `${s},${j}` : s}}}{\\partial a}`;
  if (x.rule === 'two-term') return `${left} = \\tfrac12\\left[${at(0)} - ${at(1)}\\right] = ${texNum(x.dyda[s][j])}`;
  return `${left} = c_1\\left[${at(0)} - ${at(1)}\\right] - c_2\\left[${at(2)} - ${at(3)}\\right] = ${texNum(x.dyda[s][j])}`;
}

/** The steps that add to `dL/da`: scored steps at or after the occurrence. */
export const chainSteps = (x: ExplainSuccess) => x.dLdy.flatMap((g, s) => (s >= x.step && g.some((v) => v !== 0) ? [s] : []));

/** The chain rule through the loss with its terms (the first three, then `\dots`); several outputs sum over `j` too. */
export function chainTex(x: ExplainSuccess): string {
  const steps = chainSteps(x);
  const several = outputsOf(x) > 1;
  const terms = steps.slice(0, 3).map((s) => (several
    ? texNum(dot(x.dLdy[s], x.dyda[s]), 4, true)
    : `${texNum(x.dLdy[s][0], 4, true)} \\cdot ${texNum(x.dyda[s][0], 4, true)}`));
  const more = steps.length > 3 ? ' + \\dots' : '';
  const filled = terms.length > 0 ? `${terms.join(' + ')}${more}` : '0';
  const sum = several
    ? `\\sum_{s \\ge ${x.step}} \\sum_j \\frac{\\partial L}{\\partial \\hat y_{s,j}}\\frac{\\partial \\hat y_{s,j}}{\\partial a}`
    : `\\sum_{s \\ge ${x.step}} \\frac{\\partial L}{\\partial \\hat y_s}\\frac{\\partial \\hat y_s}{\\partial a}`;
  return `\\frac{\\partial L}{\\partial a} = ${sum} = ${filled} = ${texNum(x.dLda, DIGITS)}`;
}

/** `\partial a/\partial\theta = f\,u(x_t)` with its numbers; for a bias, `\partial a/\partial b = 1`. */
export function slopeTex(x: ExplainSuccess): string {
  if (isBias(x)) return String.raw`\frac{\partial a}{\partial b} = 1`;
  const { angle } = x;
  const symbolic = angle.input === null ? 'f' : `f\\,u(x_{${x.step}})`;
  const filled = angle.input === null ? texNum(angle.factor) : `${texNum(angle.factor)} \\cdot ${texNum(angle.input.transformed, 4, true)}`;
  return `\\frac{\\partial a}{\\partial \\theta} = ${symbolic} = ${filled} = ${texNum(x.slope)}`;
}

/** The occurrence's contribution: `dL/da * da/dtheta` (or `da/db` for a bias). */
export function contributionTex(x: ExplainSuccess): string {
  const by = isBias(x) ? 'b' : '\\theta';
  return `\\frac{\\partial L}{\\partial a}\\,\\frac{\\partial a}{\\partial ${by}} = ${texNum(x.dLda, DIGITS, true)} \\times ${texNum(x.slope, 4, true)} = ${texNum(x.contribution, DIGITS)}`;
}

/** The loss and its derivative for the mean squared error over the scored steps `S`. */
export const LOSS_TEX = String.raw`L = \frac{1}{|S|}\sum_{s\in S}\left(\hat y_s - y_s\right)^2,\qquad \frac{\partial L}{\partial \hat y_s} = \frac{2}{|S|}\left(\hat y_s - y_s\right)`;

/** The same with `m` outputs (docs/spec.md §5.3): the mean over scored steps and outputs. */
export const LOSS_TEX_OUTPUTS = String.raw`L = \frac{1}{m|S|}\sum_{s\in S}\sum_{j<m}\left(\hat y_{s,j} - y_{s,j}\right)^2,\qquad \frac{\partial L}{\partial \hat y_{s,j}} = \frac{2}{m|S|}\left(\hat y_{s,j} - y_{s,j}\right)`;

/**
 * What carries a shift at step `step` on to the later outputs, in the model's own terms: the
 * hidden register (measure-reset with hidden qubits), the whole register (coherent), or
 * nothing (measure-reset without hidden qubits: only step `step`'s output changes).
 */
export function carryText(model: Pick<Model, 'recurrence' | 'hiddenQubits'>, step: number): string {
  const before = step > 0 ? `Before step ${step} nothing has changed yet; ` : '';
  if (model.recurrence === 'coherent') return `${before}${before ? 'from' : 'From'} step ${step} on, the register, never measured between steps, carries the shift forward.`;
  if (model.hiddenQubits > 0) return `${before}${before ? 'from' : 'From'} step ${step} on, the hidden register carries the shift forward.`;
  return `${before}${before ? 'only' : 'Only'} step ${step}'s output changes: this model has no hidden qubits, so every step starts afresh and nothing carries the shift forward.`;
}
