/**
 * A helper's results as they cross to the training worker (`helperProtocol.ts`): each list of
 * per-occurrence contributions travels as three columns (names, whole numbers, contributions)
 * in transferred typed arrays, instead of hundreds of small objects.
 *
 * Why: `postMessage` clones objects one by one on the sending thread and builds them again on
 * the receiving one. Measured in Chromium on two cores (docs/performance.md §4), two workers
 * handing over 200 such objects each batch lost about a tenth of their speed-up. The same
 * numbers in one transferred `Float64Array` lost almost nothing. The results the training
 * worker gets back are the very objects, field for field and bit for bit: a contribution
 * travels as its float64, and a list that is not of the plain shape travels as it is.
 */
import type { OccurrenceContribution } from '../gradients/types';
import type { PieceResult } from '../training/windowGradients';

/** Occurrences as columns: `index` holds name, gate and step for each; `values` the contributions. */
export interface PackedOccurrences {
  names: string[];
  index: Int32Array;
  values: Float64Array;
}

type Occurrences = OccurrenceContribution[] | PackedOccurrences;

/** A piece's result on the wire: {@link PieceResult} with its occurrences packed where they could be. */
export type WirePieceResult =
  | { kind: 'window'; result: Omit<Extract<PieceResult, { kind: 'window' }>['result'], 'occurrences'> & { occurrences: Occurrences } }
  | { kind: 'steps'; piece: Omit<Extract<PieceResult, { kind: 'steps' }>['piece'], 'occurrences'> & { occurrences: Occurrences } };

const KEYS = ['param', 'gate', 'step', 'contribution'];
const exactInt = (x: unknown): x is number => typeof x === 'number' && (x | 0) === x && !Object.is(x, -0);

/** Whether `o` is a plain contribution whose every field the columns keep exactly. */
function plain(o: OccurrenceContribution): boolean {
  const keys = Object.keys(o);
  return keys.length === 4 && keys.every((k, i) => k === KEYS[i]) && typeof o.param === 'string' && exactInt(o.gate) && exactInt(o.step) && typeof o.contribution === 'number';
}

/** `list` as columns, or `null` when an entry is not a plain contribution (it then travels as it is). */
export function packOccurrences(list: readonly OccurrenceContribution[]): PackedOccurrences | null {
  const names: string[] = [];
  const seen = new Map<string, number>();
  const index = new Int32Array(3 * list.length);
  const values = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    if (!plain(o)) return null;
    let name = seen.get(o.param);
    if (name === undefined) {
      name = names.length;
      seen.set(o.param, name);
      names.push(o.param);
    }
    index[3 * i] = name;
    index[3 * i + 1] = o.gate;
    index[3 * i + 2] = o.step;
    values[i] = o.contribution;
  }
  return { names, index, values };
}

/** The contributions `packed` holds, as objects, in order. */
export function unpackOccurrences(packed: PackedOccurrences): OccurrenceContribution[] {
  const { names, index, values } = packed;
  const out = new Array<OccurrenceContribution>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = { param: names[index[3 * i]], gate: index[3 * i + 1], step: index[3 * i + 2], contribution: values[i] };
  return out;
}

/** `results` for `postMessage`, with the buffers to transfer (the sender keeps none of them). */
export function packResults(results: readonly PieceResult[]): { results: WirePieceResult[]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const pack = (list: OccurrenceContribution[]): Occurrences => {
    const packed = packOccurrences(list);
    if (!packed) return list;
    transfer.push(packed.index.buffer as ArrayBuffer, packed.values.buffer as ArrayBuffer);
    return packed;
  };
  const wire = results.map((r): WirePieceResult => (r.kind === 'window'
    ? { kind: 'window', result: { ...r.result, occurrences: pack(r.result.occurrences) } }
    : { kind: 'steps', piece: { ...r.piece, occurrences: pack(r.piece.occurrences) } }));
  return { results: wire, transfer };
}

/** The results {@link packResults} sent, as the helper computed them. */
export function unpackResults(results: readonly WirePieceResult[]): PieceResult[] {
  const unpack = (o: Occurrences) => (Array.isArray(o) ? o : unpackOccurrences(o));
  return results.map((r): PieceResult => (r.kind === 'window'
    ? { kind: 'window', result: { ...r.result, occurrences: unpack(r.result.occurrences) } }
    : { kind: 'steps', piece: { ...r.piece, occurrences: unpack(r.piece.occurrences) } }));
}
