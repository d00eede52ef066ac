/**
 * The benchmark model of docs/performance.md §3, so that figures compare across tools: `RY(x_t)` on every
 * data wire, then `layers` layers of [`RY` and `RZ` on every wire, each with its own
 * parameter, then a `CNOT` ring `i -> i+1 mod n`], readout `Z` on wire 0, head `1 * <Z> + 0`,
 * inputs uniform in [-1.5, 1.5], random targets, `measure-reset`.
 */
import { createRng } from '../../core/rng';
import { qlstmParamNames, type GateSpec, type LossSpec, type Model, type Params, type QlstmModel, type Sequence } from '../../model/types';

export interface BenchCase {
  model: Model;
  params: Params;
  sequence: Sequence;
  loss: LossSpec;
}

export function benchmarkCase(dataQubits: number, hiddenQubits: number, steps: number, layers = 2, seed = 1): BenchCase {
  const n = dataQubits + hiddenQubits;
  const rng = createRng(seed);
  const cell: GateSpec[] = [];
  const params: Record<string, number> = {};
  for (let w = 0; w < dataQubits; w++) cell.push({ gate: 'RY', wires: [w], angle: { input: true } });
  for (let l = 0; l < layers; l++) {
    for (let w = 0; w < n; w++) {
      for (const gate of ['RY', 'RZ'] as const) {
        const name = `${gate.toLowerCase()}_${l}_${w}`;
        params[name] = (rng.next() * 2 - 1) * Math.PI;
        cell.push({ gate, wires: [w], angle: { param: name } });
      }
    }
    for (let w = 0; w < n; w++) cell.push({ gate: 'CNOT', wires: [w, (w + 1) % n] });
  }
  const model: Model = {
    recurrence: 'measure-reset',
    dataQubits,
    hiddenQubits,
    cell,
    readout: [{ observable: 'Z', wire: 0 }],
    head: { weights: [1], bias: 0 },
  };
  const inputs = Array.from({ length: steps }, () => [rng.next() * 3 - 1.5]);
  const targets = Array.from({ length: steps }, () => [rng.next() * 2 - 1]);
  return { model, params, sequence: { inputs, targets }, loss: { kind: 'mse', washout: 0 } };
}

/** A QLSTM of the figures (docs/spec.md §7): every circuit angle uniform in [-pi, pi), head `(1, 0, ..) . VQC_y + 0`, inputs in [-1.5, 1.5], random targets. */
export interface QlstmBenchCase {
  model: QlstmModel;
  params: Params;
  sequence: Sequence;
  loss: LossSpec;
}

export function qlstmBenchmarkCase(inputSize: number, hiddenSize: number, layers: number, steps: number, seed = 1): QlstmBenchCase {
  const rng = createRng(seed);
  const n = inputSize + hiddenSize;
  const params: Record<string, number> = {};
  for (const name of qlstmParamNames({ inputSize, hiddenSize, layers })) params[name] = (rng.next() * 2 - 1) * Math.PI;
  const weights = Array.from({ length: n }, (_, j) => `w${j}`);
  weights.forEach((w, j) => { params[w] = j === 0 ? 1 : 0; });
  params.b = 0;
  const model: QlstmModel = { kind: 'qlstm', inputSize, hiddenSize, layers, head: { weights, bias: 'b' } };
  const inputs = Array.from({ length: steps }, () => Array.from({ length: inputSize }, () => rng.next() * 3 - 1.5));
  const targets = Array.from({ length: steps }, () => [rng.next() * 2 - 1]);
  return { model, params, sequence: { inputs, targets }, loss: { kind: 'mse', washout: 0 } };
}
