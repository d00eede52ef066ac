/**
 * Random QLSTM problems for the tests of src/qlstm: a model of the given sizes, every circuit
 * angle uniform in `[-pi, pi)`, head weights and bias in `[-1, 1)`, inputs in `[-1.5, 1.5)`
 * and targets in `[-1, 1)`; optionally several outputs (a head array) and unscored steps.
 */
import { createRng } from '../core/rng';
import { qlstmParamNames, type Head, type QlstmModel } from '../model/types';
import type { QlstmProblem } from '../qlstm/types';

export interface RandomQlstmOptions {
  inputSize: number;
  hiddenSize: number;
  layers: number;
  steps: number;
  /** Outputs; more than one makes `model.head` an array. Default 1 (one head object). */
  outputs?: number;
  /** Steps `t < washout` are not scored; also every third step has no target when set. */
  washout?: number;
}

export function randomQlstmProblem(seed: number, o: RandomQlstmOptions): QlstmProblem {
  const rng = createRng(seed);
  const uniform = (lo: number, hi: number) => lo + (hi - lo) * rng.next();
  const n = o.inputSize + o.hiddenSize;
  const m = o.outputs ?? 1;
  const params: Record<string, number> = {};
  for (const name of qlstmParamNames(o)) params[name] = uniform(-Math.PI, Math.PI);
  const heads: Head[] = Array.from({ length: m }, (_, j) => {
    const weights = Array.from({ length: n }, (_, i) => `w${j}_${i}`);
    for (const w of weights) params[w] = uniform(-1, 1);
    params[`b${j}`] = uniform(-1, 1);
    return { weights, bias: `b${j}` };
  });
  const model: QlstmModel = { kind: 'qlstm', inputSize: o.inputSize, hiddenSize: o.hiddenSize, layers: o.layers, head: m === 1 ? heads[0] : heads };
  const inputs = Array.from({ length: o.steps }, () => Array.from({ length: o.inputSize }, () => uniform(-1.5, 1.5)));
  const targets = Array.from({ length: o.steps }, (_, t) => (o.washout !== undefined && t % 3 === 2 ? null : Array.from({ length: m }, () => uniform(-1, 1))));
  return { model, params, sequence: { inputs, targets }, loss: { kind: 'mse', washout: o.washout ?? 0 } };
}
