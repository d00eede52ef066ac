/**
 * Plain-words descriptions of a model's readouts and head, for the comments of every export.
 */
import type { Head, Params, Readout } from '../model/types';
import { formatNumber } from './exportInput';

/** `e_0 = <Z> on q[0]`. */
export function readoutText(r: Readout, i: number): string {
  return `e_${i} = <${r.observable}> on q[${r.wire}]`;
}

/**
 * `yhat_t = s * e_0 + bias, with s = 1.0, bias = 0.0`; with several heads (docs/spec.md §5.3)
 * one formula per output, `yhat_t,0 = ...; yhat_t,1 = ...`.
 */
export function headText(head: Head | readonly Head[], params: Params): string {
  const heads: readonly Head[] = Array.isArray(head) ? head : [head as Head];
  const coefficient = (w: string | number) => (typeof w === 'number' ? formatNumber(w) : w);
  const formula = heads.map((h, j) => {
    const terms = h.weights.map((w, i) => `${coefficient(w)} * e_${i}`);
    return `yhat_t${heads.length > 1 ? `,${j}` : ''} = ${[...terms, coefficient(h.bias)].join(' + ')}`;
  }).join('; ');
  const names = heads.flatMap((h) => [...h.weights, h.bias]).filter((w): w is string => typeof w === 'string');
  const values = [...new Set(names)].map((name) => `${name} = ${formatNumber(params[name])}`);
  return values.length > 0 ? `${formula}, with ${values.join(', ')}` : formula;
}
