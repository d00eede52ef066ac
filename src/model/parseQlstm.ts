/**
 * Checks a QLSTM `model` block (docs/spec.md §7): `kind`, `inputSize`, `hiddenSize`, `layers`
 * and the head over the `n = inputSize + hiddenSize` values of `VQC_y`. The QRNN's fields
 * (`cell`, `readout`, `recurrence`, `dataQubits`, `hiddenQubits`, `noise`) are refused, each
 * naming itself. Like `parseModel`, it returns the parameter names the model uses (all
 * `18 L n` circuit names, then the head's) so that `parse.ts` checks them against `params`.
 */
import { LIMITS, MAX_QLSTM_QUBITS, qlstmParamNames, type QlstmModel } from './types';
import { readHeads, type ParamRef } from './parseModel';
import { child, complete, copyExtras, describe, fail, own, readNumber, type JsonObject, type Report } from './parseCheck';

export interface QlstmCheck {
  /** The checked model, or `undefined` if any of it was refused. */
  model: QlstmModel | undefined;
  params: ParamRef[];
}

/** The QRNN's fields, which mean nothing in a QLSTM. */
const QRNN_ONLY = ['cell', 'readout', 'recurrence', 'dataQubits', 'hiddenQubits', 'noise'];
const KNOWN = ['kind', 'inputSize', 'hiddenSize', 'layers', 'head', ...QRNN_ONLY];

/** A circuit parameter's name (`k.l.j.angle`), for telling a misnamed one from a head parameter. */
export const QLSTM_PARAM_PATTERN = /^[figohy]\.\d+\.\d+\.(alpha|beta|gamma)$/;

/** Checks the QLSTM model `o` (found at `path`, its `kind` present), reporting every problem into `r`. */
export function parseQlstmModel(r: Report, o: JsonObject, path = 'model'): QlstmCheck {
  const found: QlstmCheck = { model: undefined, params: [] };
  const kind = own(o, 'kind');
  if (kind !== 'qlstm') {
    fail(r, child(path, 'kind'), `must be 'qlstm' (docs/spec.md §7), or absent for a QRNN, got ${describe(kind)}`);
    return found;
  }
  for (const key of QRNN_ONLY) {
    if (own(o, key) !== undefined) fail(r, child(path, key), `is a QRNN field and a QLSTM has none (docs/spec.md §7): remove it`);
  }
  const inputSize = readNumber(r, own(o, 'inputSize'), child(path, 'inputSize'), { integer: true, min: 1, max: MAX_QLSTM_QUBITS - 1 });
  const hiddenSize = readNumber(r, own(o, 'hiddenSize'), child(path, 'hiddenSize'), { integer: true, min: 1, max: MAX_QLSTM_QUBITS - 1 });
  const layers = readNumber(r, own(o, 'layers'), child(path, 'layers'), { integer: true, min: 1, max: LIMITS.qlstmLayers });
  let n: number | undefined;
  if (inputSize !== undefined && hiddenSize !== undefined) {
    if (inputSize + hiddenSize > MAX_QLSTM_QUBITS) {
      fail(r, child(path, 'hiddenSize'), `the circuits have ${inputSize + hiddenSize} qubits (inputSize ${inputSize} + hiddenSize ${hiddenSize}) but QRNN Lab simulates at most ${MAX_QLSTM_QUBITS}: lower inputSize + hiddenSize to ${MAX_QLSTM_QUBITS} or fewer`);
    } else n = inputSize + hiddenSize;
  }
  if (n !== undefined && layers !== undefined) {
    const field = `${path} (a QLSTM's circuits: k.l.j.alpha|beta|gamma for k in f i g o h y, every layer l and qubit j)`;
    for (const name of qlstmParamNames({ inputSize: inputSize as number, hiddenSize: hiddenSize as number, layers })) found.params.push({ name, path: 'params', field, circuit: true });
  }
  const source = (count: number) => `VQC_y gives ${count} values (<Z_j> of each of its inputSize + hiddenSize qubits)`;
  const head = readHeads(r, own(o, 'head'), child(path, 'head'), n, found, source);
  const parts = complete({ inputSize, hiddenSize, layers, n, head });
  if (!parts || r.errors.length > 0) return found;
  const model: QlstmModel = { kind: 'qlstm', inputSize: parts.inputSize, hiddenSize: parts.hiddenSize, layers: parts.layers, head: parts.head };
  copyExtras(r, o, KNOWN, path, model);
  found.model = model;
  return found;
}

/** A QLSTM-looking name in `params` that is not one of this model's circuit parameters: `params` must list exactly those. */
export function checkQlstmParams(r: Report, model: QlstmModel, names: Iterable<string>): void {
  const expected = new Set(qlstmParamNames(model));
  const n = model.inputSize + model.hiddenSize;
  for (const name of names) {
    if (QLSTM_PARAM_PATTERN.test(name) && !expected.has(name)) {
      fail(r, child('params', name), `is not a parameter of this QLSTM (layers 0..${model.layers - 1}, qubits 0..${n - 1}): params must list exactly its ${expected.size} circuit parameters`);
    }
  }
}
