/**
 * Number and formula formatting shared by the panels: a true minus sign, fixed significant
 * digits, and the head written as a formula over the readouts.
 */
import type { Head, Readout } from '../model/types';

const MINUS = '\u2212';

/** `v` with `digits` decimals and a typographic minus; `'—'` for `null`. */
export function formatNumber(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  const abs = Math.abs(v);
  const text = abs !== 0 && (abs < 10 ** -digits || abs >= 1e6) ? abs.toExponential(2) : abs.toFixed(digits);
  return (v < 0 && Number(text) !== 0 ? MINUS : '') + text;
}

/** A whole number with thousands separators, e.g. `12,180`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `⟨Z⟩ on d0` for a readout, with the wire named by register. */
export function formatReadout(readout: Readout, dataQubits: number): string {
  const wire = readout.wire < dataQubits ? `d${readout.wire}` : `h${readout.wire - dataQubits}`;
  return `⟨${readout.observable}⟩ on ${wire}`;
}

function term(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value, 2) : value;
}

/** The head as a formula, e.g. `ŷ = s·e₀ + bias`, `e_i` being readout `i`'s expectation. */
export function formatHead(head: Head): string {
  const sub = '₀₁₂₃₄₅₆₇₈₉';
  const terms = head.weights.map((w, i) => `${term(w)}·e${String(i).replace(/\d/g, (d) => sub[Number(d)])}`);
  return `ŷ = ${[...terms, term(head.bias)].join(' + ')}`;
}

/** A contribution for people: three decimals (an exponent below 1e-3), typographic minus. */
export function formatContribution(v: number): string {
  const text = v !== 0 && Math.abs(v) < 1e-3 ? v.toExponential(2) : v.toFixed(3);
  return text.replace('-', MINUS);
}
