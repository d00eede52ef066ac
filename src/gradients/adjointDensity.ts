/**
 * Exact reverse-mode differentiation through the sequence of channels on full density
 * matrices: the general adjoint, for gate noise and the coherent recurrence. The forward pass
 * keeps each step's starting state; the backward pass carries a Heisenberg-picture adjoint
 * observable `X` back through readouts, the reset (`R^dagger(L) = I_data (x) L`), amplitude
 * damping (its dual), depolarizing noise (self-dual) and gates (`X <- G^dagger X G`), and
 * reads each gate's angle derivative as `dL/da = Im Tr[Y K tau]` with `tau` the state right
 * after the gate, `Y` the adjoint right after it and `K` its generator. Within a step the
 * states are recomputed from checkpoints every `sqrt(gates)` gates, so memory stays at
 * `O(sqrt(gates))` density matrices.
 */
import { apply1, apply2 } from '../core/apply';
import { dampDual, depolarize1, depolarize2 } from '../core/channels';
import { applyGateToDensity, dimOf } from '../core/density';
import { conjugate, dagger, type Pauli } from '../core/gates';
import { sequenceGates, type CompiledCell, type StepGate } from '../simulation/cell';
import { densityEngine } from '../simulation/densityEngine';
import { runSteps } from '../simulation/steps';
import { addFeatureObservable } from '../simulation/features';
import { addOutcomesDiagonal } from '../core/observables';

/** Angle derivatives `dL/da_{g,t}` (`[step][gate]`, 0 for gates without an angle) and the forward expectations. */
export interface AngleDerivatives {
  expectations: number[][];
  dLda: number[][];
}

/**
 * Backward pass for a cell simulated with the density engine. `coefficients[t][i]` is
 * `dL/de_{i,t}` for feature `i`, given after the forward pass by `coefficientsOf(expectations)`.
 */
export function densityAngleDerivatives(
  cell: CompiledCell,
  params: Readonly<Record<string, number>>,
  inputs: readonly (readonly number[])[],
  coefficientsOf: (expectations: number[][]) => number[][],
  generators: readonly (Float64Array | null)[],
  onStep?: (done: number, total: number) => void,
): AngleDerivatives {
  const engine = densityEngine(cell);
  const { n, dataQubits: D, hiddenQubits: H, noise } = cell;
  const coherent = cell.model.recurrence === 'coherent';
  const dim = dimOf(n), count = dim * dim;
  const T = inputs.length, m = cell.gates.length;
  const gatesAt: StepGate[][] = sequenceGates(cell, params, inputs);

  const { starts, expectations } = runSteps(engine, T, (carried, t) => {
    const work = engine.begin(carried);
    gatesAt[t].forEach((g, j) => engine.apply(work, j, g.matrix, g.conj));
    return work;
  }, (t) => onStep?.(t + 1, 2 * T));
  const coefficients = coefficientsOf(expectations);

  const dLda = Array.from({ length: T }, () => new Array<number>(m).fill(0));
  const segment = Math.max(1, Math.ceil(Math.sqrt(m)));
  const scratch = new Float64Array(2 * count);
  let lambda: Float64Array = new Float64Array(starts[0].length); // adjoint of the carried state after the last step: 0
  for (let t = T - 1; t >= 0; t--) {
    // Adjoint observable on the whole register right after the cell of step t.
    const x = coherent ? lambda : new Float64Array(2 * count);
    if (coherent) {
      for (let k = 0; k < H; k++) dampDual(x, n, D + k, noise.gamma);
    } else {
      for (let k = 0; k < H; k++) dampDual(lambda, H, k, noise.gamma);
      embedIdentityTensor(x, lambda, n, D);
    }
    addFeatureObservable(cell.model.readout, noise.q, coefficients[t], {
      pauli: (wire, observable, c) => addPauli(x, n, wire, observable, c),
      outcomes: (wires, d) => addOutcomesDiagonal(x, n, wires, d),
    });

    // Checkpoints at gate boundaries 0, segment, 2 segment, ...
    const checkpoints: Float64Array[] = [];
    let state = engine.begin(starts[t]);
    for (let j = 0; j < m; j++) {
      if (j % segment === 0) checkpoints.push(state.slice());
      engine.apply(state, j, gatesAt[t][j].matrix, gatesAt[t][j].conj);
    }
    for (let s = checkpoints.length - 1; s >= 0; s--) {
      const first = s * segment, last = Math.min(m, first + segment);
      // tau[j - first]: the state right after gate j, before its noise.
      const taus: Float64Array[] = [];
      state = checkpoints[s].slice();
      for (let j = first; j < last; j++) {
        applyGateToDensity(state, n, cell.gates[j].wires, gatesAt[t][j].matrix, gatesAt[t][j].conj);
        taus.push(state.slice());
        depolarizeAfter(state, n, cell.gates[j].wires, noise.p1, noise.p2);
      }
      for (let j = last - 1; j >= first; j--) {
        depolarizeAfter(x, n, cell.gates[j].wires, noise.p1, noise.p2); // self-dual
        const k = generators[j];
        if (k && cell.gates[j].angle !== undefined) dLda[t][j] = imTraceYKTau(x, k, taus[j - first], n, cell.gates[j].wires, scratch);
        const gd = dagger(gatesAt[t][j].matrix, 1 << cell.gates[j].wires.length);
        applyGateToDensity(x, n, cell.gates[j].wires, gd, conjugate(gd));
      }
    }
    lambda = coherent ? x : dataZeroBlock(x, n, D);
    onStep?.(2 * T - t, 2 * T);
  }
  return { expectations, dLda };
}

function depolarizeAfter(rho: Float64Array, n: number, wires: readonly number[], p1: number, p2: number): void {
  if (wires.length === 1) depolarize1(rho, n, wires[0], p1);
  else depolarize2(rho, n, wires, p2);
}

/** `x <- I_data (x) lambda` (x must be zero on entry). */
function embedIdentityTensor(x: Float64Array, lambda: Float64Array, n: number, D: number): void {
  const dim = dimOf(n), dl = 1 << D, dh = 1 << (n - D);
  for (let h = 0; h < dh; h++) for (let g = 0; g < dh; g++) {
    const re = lambda[2 * (h * dh + g)], im = lambda[2 * (h * dh + g) + 1];
    for (let d = 0; d < dl; d++) {
      const p = 2 * ((d + dl * h) * dim + (d + dl * g));
      x[p] = re;
      x[p + 1] = im;
    }
  }
}

/** `<0|_data x |0>_data`: the hidden block with the data register in `|0..0>`. */
function dataZeroBlock(x: Float64Array, n: number, D: number): Float64Array {
  const dim = dimOf(n), dl = 1 << D, dh = 1 << (n - D);
  const out = new Float64Array(2 * dh * dh);
  for (let h = 0; h < dh; h++) for (let g = 0; g < dh; g++) {
    const p = 2 * ((dl * h) * dim + dl * g);
    out[2 * (h * dh + g)] = x[p];
    out[2 * (h * dh + g) + 1] = x[p + 1];
  }
  return out;
}

/** `x <- x + c P_wire`. */
function addPauli(x: Float64Array, n: number, wire: number, p: Pauli, c: number): void {
  if (c === 0) return;
  const dim = dimOf(n), b = 1 << wire;
  for (let r = 0; r < dim; r++) {
    const set = (r & b) !== 0;
    if (p === 'Z') x[2 * (r * dim + r)] += set ? -c : c;
    else if (p === 'X') x[2 * (r * dim + (r ^ b))] += c;
    else x[2 * (r * dim + (r ^ b)) + 1] += set ? c : -c; // Y[r][r^b] = -i (r bit 0), +i (bit 1)
  }
}

/** `Im Tr[Y K tau]`, with `K` a 1- or 2-wire matrix on `wires`. */
function imTraceYKTau(y: Float64Array, k: Float64Array, tau: Float64Array, n: number, wires: readonly number[], scratch: Float64Array): number {
  const dim = dimOf(n), count = dim * dim;
  scratch.set(tau);
  if (wires.length === 1) apply1(scratch, count, wires[0] + n, k);
  else apply2(scratch, count, wires[0] + n, wires[1] + n, k);
  // Tr[Y M] = sum_{a,c} Y[a][c] M[c][a]
  let im = 0;
  for (let a = 0; a < dim; a++) for (let c = 0; c < dim; c++) {
    const py = 2 * (a * dim + c), pm = 2 * (c * dim + a);
    im += y[py] * scratch[pm + 1] + y[py + 1] * scratch[pm];
  }
  return im;
}

