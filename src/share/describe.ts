/**
 * Plain-words descriptions of a model's readouts and head, for the comments of every export.
 */
import type { Head, Params, Readout } from '../model/types';
import { formatNumber } from './exportInput';

/** `e_0 = <Z> on q[0]`. */
export function readoutText(r: Readout, i: number): string {
  return `e_${i} = <${r.observable}> on q[${r.wire}]`;
}

/** `yhat_t = s * e_0 + bias, with s = 1.0, bias = 0.0`. */
export function headText(head: Head, params: Params): string {
  const coefficient = (w: string | number) => (typeof w === 'number' ? formatNumber(w) : w);
  const terms = head.weights.map((w, i) => `${coefficient(w)} * e_${i}`);
  const formula = `yhat_t = ${[...terms, coefficient(head.bias)].join(' + ')}`;
  const names = [...head.weights, head.bias].filter((w): w is string => typeof w === 'string');
  const values = [...new Set(names)].map((name) => `${name} = ${formatNumber(params[name])}`);
  return values.length > 0 ? `${formula}, with ${values.join(', ')}` : formula;
}
