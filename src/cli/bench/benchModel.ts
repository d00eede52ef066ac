/**
 * The benchmark model of docs/performance.md §3, so that figures compare across tools: `RY(x_t)` on every
 * data wire, then `layers` layers of [`RY` and `RZ` on every wire, each with its own
 * parameter, then a `CNOT` ring `i -> i+1 mod n`], readout `Z` on wire 0, head `1 * <Z> + 0`,
 * inputs uniform in [-1.5, 1.5], random targets, `measure-reset`.
 */
import { createRng } from '../../core/rng';
import type { GateSpec, LossSpec, Model, Params, Sequence } from '../../model/types';

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
