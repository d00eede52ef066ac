/**
 * Number and formula formatting shared by the page: one minus sign (U+2212) everywhere, one
 * exponent form (`1.20e−4`), no floating-point noise (a magnitude under 1e-12 is shown as
 * zero, and a zero never has a sign), and the head written as a formula over the readouts.
 */
import type { Head, Readout } from '../model/types';

const MINUS = '\u2212';

/** Below this magnitude a number is floating-point noise, shown as zero. */
export const NOISE = 1e-12;

/** `text` with every ASCII minus, the exponent's too, made typographic. */
export const typographicMinus = (text: string): string => text.replace(/-/g, MINUS);

/** `v` to `digits` decimals, noise as zero and no signed zero. */
export function formatFixed(v: number, digits: number): string {
  const text = (Math.abs(v) < NOISE ? 0 : v).toFixed(digits);
  return Number(text) === 0 ? text.replace('-', '') : typographicMinus(text);
}

/** `v` in the exponent form `1.20e−4`, with `digits` decimals in the mantissa. */
export function formatExponent(v: number, digits = 2): string {
  return Math.abs(v) < NOISE ? (0).toFixed(digits) : typographicMinus(v.toExponential(digits));
}

/** `v` with `digits` decimals, in exponent form below `10^-digits` or from a million; `'—'` for `null`. */
export function formatNumber(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  const abs = Math.abs(v);
  if (abs < NOISE) return formatFixed(0, digits);
  return abs < 10 ** -digits || abs >= 1e6 ? formatExponent(v) : formatFixed(v, digits);
}

/**
 * An axis tick with no more digits than it has: `0.5`, `−1.5`, `2e−7` (an exponent below
 * 1e-3 or from a million), `0` for noise. The same minus and exponent letter as the rest.
 */
export function formatTick(v: number): string {
  const abs = Math.abs(v);
  if (abs < NOISE) return '0';
  return typographicMinus(abs < 1e-3 || abs >= 1e6 ? v.toExponential() : String(Number(v.toPrecision(12))));
}

/** A whole number with thousands separators, e.g. `12,180`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A wire named by register: `d0`, `h1`. */
function wireLabel(wire: number, dataQubits: number): string {
  return wire < dataQubits ? `d${wire}` : `h${wire - dataQubits}`;
}

/** `⟨Z⟩ on d0`, or `P(d0, d1)` for a probabilities readout (docs/spec.md §5.2), with the wires named by register. */
export function formatReadout(readout: Readout, dataQubits: number): string {
  if (readout.observable === 'probabilities') return `P(${readout.wires.map((w) => wireLabel(w, dataQubits)).join(', ')})`;
  return `⟨${readout.observable}⟩ on ${wireLabel(readout.wire, dataQubits)}`;
}

function term(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value, 2) : value;
}

/** `n` in subscript digits: `12` is `₁₂`. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}

/**
 * One head as a formula, e.g. `ŷ = s·e₀ + bias`, `e_i` being feature `i`; with `output` given
 * (several outputs, docs/spec.md §5.3) the output is numbered, `ŷ₁ = ...`.
 */
export function formatHead(head: Head, output?: number): string {
  const terms = head.weights.map((w, i) => `${term(w)}·e${subscript(i)}`);
  return `ŷ${output === undefined ? '' : subscript(output)} = ${[...terms, term(head.bias)].join(' + ')}`;
}

/** A contribution for people: three decimals (an exponent below 1e-3), typographic minus. */
export function formatContribution(v: number): string {
  return formatNumber(v, 3);
}
