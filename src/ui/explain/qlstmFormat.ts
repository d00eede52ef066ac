/**
 * The QLSTM Explain panel's words, numbers and formulas (docs/spec.md §7): each circuit named
 * in words, each angle by its Greek letter and gate, the circuit's input by where it comes
 * from, the TeX of the two-term rule and of the classical back-propagation with the worker's
 * numbers filled in, the bias form's fields checked against the limits the worker enforces,
 * and the sentences that judge a measured bias. Pure functions of the replies, so each is
 * tested without a browser and each formula to parse in KaTeX.
 */
import type { QlstmAngle, QlstmCircuit } from '../../model/types';
import { formatExponent } from '../../text/format';
import { ANGLE_SYMBOL, CIRCUIT_ROLE } from '../../text/qlstm';
import { QLSTM_BIAS_LIMITS, type QlstmBiasStatistics, type QlstmBiasSuccess, type QlstmExplainSuccess, type QlstmExplainTarget } from '../../worker/teachingProtocol';
import { num, sci, texNum } from './explainFormat';

/** `forget gate VQC_f`: the circuit's role in the LSTM (the page's words, src/text/qlstm.ts) and its name. */
export const circuitText = (k: QlstmCircuit) => `${CIRCUIT_ROLE[k]} VQC_${k}`;

/** The circuit's role alone: `forget gate`. */
export const circuitWords = (k: QlstmCircuit) => CIRCUIT_ROLE[k];

/** The angle's letter: `β`. */
export const angleSymbol = (angle: QlstmAngle) => ANGLE_SYMBOL[angle];

/** The angle's letter in TeX: `\beta`. */
export const angleTex = (angle: QlstmAngle) => `\\${angle}`;

/** The rotation that carries the angle: `RZ(alpha) RY(beta) RZ(gamma)` on each qubit of a layer. */
export const angleGate = (angle: QlstmAngle) => (angle === 'beta' ? 'RY' : 'RZ');

/** `β of qubit 2 in layer 1 of the forget gate VQC_f, step 5`: the occurrence in one line. */
export function occurrenceText(at: QlstmExplainTarget): string {
  return `${angleSymbol(at.angle)} of qubit ${at.qubit} in layer ${at.layer} of the ${circuitText(at.circuit)}, step ${at.step}`;
}

/** Whether the circuit reads `v_t = [x_t, h_{t-1}]` (the four gates) rather than `m_t` (the hidden and output maps). */
export const readsGateInput = (k: QlstmCircuit) => k !== 'h' && k !== 'y';

/** Where input wire `j` of the circuit comes from at step `t`: `x` at `5` (or `5,1`), `h` at `4,0` (`−1,0` at step 0), `m` at `5,2`. */
export function inputSource(x: Pick<QlstmExplainSuccess, 'circuit' | 'inputSize' | 'step'>, j: number): { symbol: 'x' | 'h' | 'm'; index: string } {
  const t = x.step;
  if (!readsGateInput(x.circuit)) return { symbol: 'm', index: `${t},${j}` };
  if (j < x.inputSize) return { symbol: 'x', index: x.inputSize === 1 ? `${t}` : `${t},${j}` };
  return { symbol: 'h', index: `${t === 0 ? '\u22121' : t - 1},${j - x.inputSize}` };
}

/** The circuit's input as the recurrence builds it, in TeX: `u = v_5 = [x_5, h_4]` or `u = m_5 = o_5 \odot \tanh c_5`. */
export function inputTex(x: Pick<QlstmExplainSuccess, 'circuit' | 'step'>): string {
  const t = x.step;
  if (readsGateInput(x.circuit)) return `u = v_{${t}} = \\left[x_{${t}},\\; h_{${t - 1}}\\right]${t === 0 ? ',\\quad h_{-1} = 0' : ''}`;
  return `u = m_{${t}} = o_{${t}} \\odot \\tanh c_{${t}}`;
}

/** The two-term rule for the angle, typeset. */
export function ruleTex(angle: QlstmAngle): string {
  const a = angleTex(angle);
  return `\\frac{\\partial a_j}{\\partial ${a}} = \\tfrac12\\left[a_j\\left(${a}+\\tfrac{\\pi}{2}\\right) - a_j\\left(${a}-\\tfrac{\\pi}{2}\\right)\\right]`;
}

/** The rule with qubit `j`'s numbers. */
export function derivativeTex(x: QlstmExplainSuccess, j: number): string {
  const a = angleTex(x.angle);
  const [plus, minus] = x.shifted;
  return `\\frac{\\partial a_{${j}}}{\\partial ${a}} = \\tfrac12\\left[${texNum(plus.outputs[j], 4, true)} - ${texNum(minus.outputs[j], 4, true)}\\right] = ${texVal(x.dadangle[j])}`;
}

/**
 * How the classical LSTM turns `dL/d(what the circuit feeds)` into `dL/da_j` for this circuit
 * (lstm.ts's backward, written out): the gate circuits through the cell `c_t` or `m_t`, the
 * hidden map through `h_t` (its first `h` results), the output map through the head.
 */
export function backpropTex(k: QlstmCircuit): string {
  const dc = '\\frac{\\partial L}{\\partial c_{t,j}}';
  const s = (g: string) => `\\sigma(a_{${g},j})\\bigl(1-\\sigma(a_{${g},j})\\bigr)`;
  switch (k) {
    case 'f': return `\\frac{\\partial L}{\\partial a_{f,j}} = ${dc}\\; c_{t-1,j}\\; ${s('f')}`;
    case 'i': return `\\frac{\\partial L}{\\partial a_{i,j}} = ${dc}\\; \\tanh(a_{g,j})\\; ${s('i')}`;
    case 'g': return `\\frac{\\partial L}{\\partial a_{g,j}} = ${dc}\\; \\sigma(a_{i,j})\\bigl(1-\\tanh^2 a_{g,j}\\bigr)`;
    case 'o': return `\\frac{\\partial L}{\\partial a_{o,j}} = \\frac{\\partial L}{\\partial m_{t,j}}\\; \\tanh(c_{t,j})\\; ${s('o')}`;
    case 'h': return '\\frac{\\partial L}{\\partial a_{h,j}} = \\frac{\\partial L}{\\partial h_{t,j}}\\ \\ (j < h),\\qquad 0\\ \\ (j \\ge h)';
    case 'y': return '\\frac{\\partial L}{\\partial a_{y,j}} = \\sum_k \\frac{\\partial L}{\\partial \\hat y_{t,k}}\\, w_{k,j}';
  }
}

/** What `dL/dc_t`, `dL/dm_t` or `dL/dh_t` gathers, in one sentence, for the circuit's formula. */
export function backpropText(k: QlstmCircuit): string {
  if (k === 'y') return 'The output map’s results reach the loss only through this step’s prediction, linearly, by the head’s weights w.';
  if (k === 'h') return 'Only the first h results become hₜ. ∂L/∂hₜ gathers what hₜ does later: it is part of the input of the four gate circuits at step t + 1, crossed backwards by the same two-term rule on their encoding gates.';
  return 'σ is the logistic function. ∂L/∂cₜ and ∂L/∂mₜ gather everything later: the cell carries cₜ into cₜ₊₁, mₜ feeds this step’s output and hidden maps, and hₜ the next step’s gates, each crossed backwards.';
}

/** Why every `dL/da_j` is zero, when they all are; `null` otherwise. */
export function zeroText(x: Pick<QlstmExplainSuccess, 'circuit' | 'step' | 'dLda'>): string | null {
  if (x.dLda.some((g) => g !== 0)) return null;
  if (x.circuit === 'f' && x.step === 0) return 'At step 0 the forget gate multiplies c₋₁ = 0: its results cannot move the loss, and this occurrence contributes nothing.';
  return 'None of these results reaches a scored step: this occurrence cannot move the loss.';
}

/** The sum of the products with its first terms: the occurrence's contribution. */
export function contributionTex(x: QlstmExplainSuccess): string {
  const a = angleTex(x.angle);
  const terms = x.products.slice(0, 4).map((p) => texVal(p, true));
  const more = x.products.length > 4 ? ' + \\dots' : '';
  return `\\frac{\\partial L}{\\partial ${a}}\\Big|_{t=${x.step}} = \\sum_{j} \\frac{\\partial L}{\\partial a_j}\\,\\frac{\\partial a_j}{\\partial ${a}} = ${terms.join(' + ')}${more} = ${texVal(x.contribution)}`;
}

/** The parameter's gradient as the sum over its occurrences, one per step. */
export function sumTex(x: QlstmExplainSuccess): string {
  return `\\frac{\\partial L}{\\partial ${angleTex(x.angle)}} = \\sum_{t=0}^{${x.steps - 1}} \\frac{\\partial L}{\\partial ${angleTex(x.angle)}}\\Big|_{t} = ${texVal(x.sum)}`;
}

/** Why the common mistake is wrong here (or, for the output map, right), in one or two sentences. */
export function mistakeText(x: QlstmExplainSuccess): string {
  const why = 'The memory is classical and the gates are non-linear: the shifted results pass through σ and tanh, the cell state and the later circuits’ inputs, so the later outputs are not degree-1 trigonometric polynomials in the angle, and a ±π/2 shift of the whole run does not give their derivative.';
  if (x.circuit === 'y') return `Here the two agree: the output map’s results reach only step ${x.step}’s prediction, linearly through the head, and each is a degree-1 trigonometric polynomial in the angle. Anywhere else they differ. ${why}`;
  if (x.mistake !== null && Math.abs(x.mistake.difference) < 1e-12 && Math.abs(x.contribution) < 1e-12) return `Here both vanish, since this occurrence does not reach the loss; elsewhere they differ. ${why}`;
  return why;
}

/**
 * A derivative or contribution readably: 6 decimals from 1e-3, else `−1.5964e−5`. A QLSTM's
 * contributions are often of order 1e-4 to 1e-6, where 6 decimals would keep one or two digits.
 */
export function val(v: number): string {
  return Math.abs(v) >= 1e-3 || Math.abs(v) < 1e-12 ? num(v) : formatExponent(v, 4);
}

/** {@link val} in TeX, in parentheses when negative and `wrap` (a factor or a term). */
export function texVal(v: number, wrap = false): string {
  if (Math.abs(v) >= 1e-3 || Math.abs(v) < 1e-12) return texNum(v, 6, wrap);
  const [mantissa, exponent] = v.toExponential(4).split('e');
  const text = `${mantissa} \\times 10^{${Number(exponent)}}`;
  return wrap && v < 0 ? `(${text})` : text;
}

/** The bias form's fields as typed. */
export interface BiasFields {
  shots: string;
  seeds: string;
}

/** The most seeds the worker accepts at `shots` for this explanation's model and sequence (`QLSTM_BIAS_LIMITS.work`). */
export function mostSeeds(cost: QlstmExplainSuccess['biasCost'], shots: number): number {
  return Math.min(QLSTM_BIAS_LIMITS.seeds, Math.floor(QLSTM_BIAS_LIMITS.work / (cost.fixed + cost.perRootShot * Math.sqrt(shots))));
}

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

/** What a seeds bound at `most` says at `shots`: the hint and the problem share it, so they never disagree. */
const seedsBound = (most: number, shots: number) => (most < 2 ? 'This model and sequence are too large to measure at these shots: fewer shots.' : `At most ${most} at ${shots.toLocaleString('en-US')} shots on this model and sequence (about two seconds of work).`);

/**
 * The hint under the seeds field while shots are typed: the bound at those shots, once they
 * are a whole number the worker accepts (no bound is given for shots it would refuse).
 */
export function seedsHint(shotsText: string, cost: QlstmExplainSuccess['biasCost']): string | null {
  const shots = wholeNumber(shotsText);
  return shots >= 1 && shots <= QLSTM_BIAS_LIMITS.shots ? seedsBound(mostSeeds(cost, shots), shots) : null;
}

/**
 * The settings from the fields, or each bad field's problem in words (shown beside it):
 * the ranges the worker enforces and, for the seeds, the work bound at those shots.
 */
export function parseBiasFields(fields: BiasFields, cost: QlstmExplainSuccess['biasCost']): { ok: true; settings: { shots: number; seeds: number } } | { ok: false; errors: Partial<Record<keyof BiasFields, string>> } {
  const shots = wholeNumber(fields.shots), seeds = wholeNumber(fields.seeds);
  const errors: Partial<Record<keyof BiasFields, string>> = {};
  if (!(shots >= 1 && shots <= QLSTM_BIAS_LIMITS.shots)) errors.shots = `A whole number from 1 to ${QLSTM_BIAS_LIMITS.shots.toLocaleString('en-US')}.`;
  if (!(seeds >= 2 && seeds <= QLSTM_BIAS_LIMITS.seeds)) errors.seeds = `A whole number from 2 to ${QLSTM_BIAS_LIMITS.seeds.toLocaleString('en-US')}.`;
  else if (errors.shots === undefined && seeds > mostSeeds(cost, shots)) {
    errors.seeds = seedsBound(mostSeeds(cost, shots), shots);
  }
  return errors.shots === undefined && errors.seeds === undefined ? { ok: true, settings: { shots, seeds } } : { ok: false, errors };
}

/** `0.001234 ± 0.000210`: a mean and its standard error. */
export const meanText = (s: QlstmBiasStatistics) => `${val(s.mean)} ± ${val(s.standardError)}`;

/** How many standard errors the bias is, to one decimal. */
export const zText = (s: QlstmBiasStatistics) => (s.standardError > 0 ? (Math.abs(s.bias) / s.standardError).toFixed(1) : s.bias === 0 ? '0' : '∞');

/** The verdict on the measured bias of `what` (`this occurrence’s estimates`), in one sentence. */
export function biasVerdict(what: string, s: QlstmBiasStatistics, b: Pick<QlstmBiasSuccess, 'shots' | 'seeds'>): string {
  // Every estimate equal to the exact value (say the forget gate at step 0, where c_{-1} = 0 makes its contribution 0 whatever the shots): no spread and no bias.
  if (s.standardError === 0 && s.bias === 0) return `Every one of ${what} equals the exact value, ${val(s.exact)}: with no spread at all, the shots change nothing here.`;
  const off = `The mean of ${what} is off the exact value by ${val(s.bias)}, ${zText(s)} standard errors`;
  if (s.beyondNoise) return `${off}: beyond the seeds’ noise, a bias of the estimate at ${b.shots.toLocaleString('en-US')} shots, not bad luck.`;
  return `${off}: within the seeds’ noise (3 standard errors), so no bias shows at ${b.seeds} seeds; it shrinks as 1/S, so fewer shots or more seeds reveal it.`;
}

/** The difference of two values as the panel prints it: `4.4 × 10⁻¹⁶`. */
export const differenceText = (a: number, b: number) => sci(Math.abs(a - b));
