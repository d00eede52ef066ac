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
  const symbolic = angle.input === null ? 'c + f\\,\\theta' : `c + f\\,\\theta\\,u(x_{${x.step}})`;
  const u = angle.input === null ? '' : ` \\cdot ${texNum(angle.input.transformed, 4, true)}`;
  return `a = ${symbolic} = ${texNum(angle.offset)} + ${texNum(angle.factor)} \\cdot ${texNum(angle.theta, 4, true)}${u} = ${texNum(angle.value)}`;
}

/** One step's weighted difference with numbers: `\partial\hat y_s/\partial a = \tfrac12[… - …] = …`. */
export function derivativeTex(x: ExplainSuccess, s: number): string {
  const at = (k: number) => texNum(x.shifted[k].outputs[s], 4, true);
  const left = `\\frac{\\partial \\hat y_{${s}}}{\\partial a}`;
  if (x.rule === 'two-term') return `${left} = \\tfrac12\\left[${at(0)} - ${at(1)}\\right] = ${texNum(x.dyda[s])}`;
  return `${left} = c_1\\left[${at(0)} - ${at(1)}\\right] - c_2\\left[${at(2)} - ${at(3)}\\right] = ${texNum(x.dyda[s])}`;
}

/** The steps that add to `dL/da`: scored steps at or after the occurrence. */
export const chainSteps = (x: ExplainSuccess) => x.dLdy.flatMap((g, s) => (s >= x.step && g !== 0 ? [s] : []));

/** The chain rule through the loss with its terms (the first three, then `\dots`). */
export function chainTex(x: ExplainSuccess): string {
  const steps = chainSteps(x);
  const terms = steps.slice(0, 3).map((s) => `${texNum(x.dLdy[s], 4, true)} \\cdot ${texNum(x.dyda[s], 4, true)}`);
  const more = steps.length > 3 ? ' + \\dots' : '';
  const filled = terms.length > 0 ? `${terms.join(' + ')}${more}` : '0';
  return `\\frac{\\partial L}{\\partial a} = \\sum_{s \\ge ${x.step}} \\frac{\\partial L}{\\partial \\hat y_s}\\frac{\\partial \\hat y_s}{\\partial a} = ${filled} = ${texNum(x.dLda, DIGITS)}`;
}

/** `\partial a/\partial\theta = f\,u(x_t)` with its numbers. */
export function slopeTex(x: ExplainSuccess): string {
  const { angle } = x;
  const symbolic = angle.input === null ? 'f' : `f\\,u(x_{${x.step}})`;
  const filled = angle.input === null ? texNum(angle.factor) : `${texNum(angle.factor)} \\cdot ${texNum(angle.input.transformed, 4, true)}`;
  return `\\frac{\\partial a}{\\partial \\theta} = ${symbolic} = ${filled} = ${texNum(x.slope)}`;
}

/** The occurrence's contribution: `dL/da * da/dtheta`. */
export function contributionTex(x: ExplainSuccess): string {
  return `\\frac{\\partial L}{\\partial a}\\,\\frac{\\partial a}{\\partial \\theta} = ${texNum(x.dLda, DIGITS, true)} \\times ${texNum(x.slope, 4, true)} = ${texNum(x.contribution, DIGITS)}`;
}

/** The loss and its derivative for the mean squared error over the scored steps `S`. */
export const LOSS_TEX = String.raw`L = \frac{1}{|S|}\sum_{s\in S}\left(\hat y_s - y_s\right)^2,\qquad \frac{\partial L}{\partial \hat y_s} = \frac{2}{|S|}\left(\hat y_s - y_s\right)`;

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
