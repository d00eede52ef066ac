/**
 * Plain-words descriptions of a model's readouts and heads, for the comments of every export.
 * Features are numbered as the heads weigh them (docs/spec.md §5.2): a Pauli readout is one
 * feature, a probabilities readout of `k` wires the `2^k` features after it.
 */
import { featureOffsets, headsOf } from '../model/outputs';
import type { Head, Params, ProbabilitiesReadout, Readout } from '../model/types';
import { formatNumber } from './exportInput';

/**
 * One readout and the features it gives, from feature `first`: `e_0 = <Z> on q[0]`, or for
 * probabilities `e_1..e_4: e_(1+b) = P(b) on q[3], q[1], b = b(q[3]) + 2 b(q[1]) ...`.
 */
export function readoutText(r: Readout, first: number): string {
  if (r.observable !== 'probabilities') return `e_${first} = <${r.observable}> on q[${r.wire}]`;
  const feature = first === 0 ? 'e_b' : `e_(${first}+b)`;
  return `e_${first}..e_${first + (1 << r.wires.length) - 1}: ${feature} = P(b) on ${r.wires.map((w) => `q[${w}]`).join(', ')}, ${bitOrderText(r)}`;
}

/** Every readout described, its features numbered on from the previous readout's. */
export function readoutTexts(readouts: readonly Readout[]): string[] {
  const offsets = featureOffsets(readouts);
  return readouts.map((r, i) => readoutText(r, offsets[i]));
}

/**
 * How a probabilities readout's outcome `b` is made of its wires' bits: `wires[0]` is the
 * least significant bit, which PennyLane's `qml.probs` orders the other way round, so a
 * reader porting the model is told.
 */
export function bitOrderText(r: ProbabilitiesReadout): string {
  const sum = r.wires.map((w, j) => (j === 0 ? `b(q[${w}])` : `${1 << j} b(q[${w}])`)).join(' + ');
  const text = `b = ${sum} with b(q[w]) the outcome (0 or 1) of q[w]`;
  return r.wires.length === 1 ? text : `${text} (q[${r.wires[0]}] is the least significant bit: the reverse of PennyLane's qml.probs order)`;
}

/**
 * The heads as comment lines: `Head: yhat_t = s * e_0 + bias, with s = 1.0, bias = 0.0` for
 * one output; for several (docs/spec.md §5.3) a line per output, `yhat_t,j = ...`, and a last
 * line with the trained values of the parameters they name.
 */
export function headComment(head: Head | readonly Head[], params: Params): string[] {
  const heads = headsOf({ head: head as Head | Head[] });
  const coefficient = (w: string | number) => (typeof w === 'number' ? formatNumber(w) : w);
  const formulas = heads.map((h, j) => {
    const terms = h.weights.map((w, i) => `${coefficient(w)} * e_${i}`);
    return `yhat_t${heads.length > 1 ? `,${j}` : ''} = ${[...terms, coefficient(h.bias)].join(' + ')}`;
  });
  const names = heads.flatMap((h) => [...h.weights, h.bias]).filter((w): w is string => typeof w === 'string');
  const values = [...new Set(names)].map((name) => `${name} = ${formatNumber(params[name])}`);
  const withValues = values.length > 0 ? `with ${values.join(', ')}` : null;
  if (heads.length === 1) return [`Head: ${formulas[0]}${withValues === null ? '' : `, ${withValues}`}.`];
  return [`Heads, one per output (${heads.length} outputs):`, ...formulas.map((f) => `  ${f}`), ...(withValues === null ? [] : [`  ${withValues}.`])];
}
