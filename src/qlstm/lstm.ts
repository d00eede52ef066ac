/**
 * The classical LSTM around the six circuits (docs/spec.md §7), forward and backward. The
 * circuits are reached only through callbacks, so the same recurrence serves the exact
 * simulation, shots (sampled circuit results), the adjoint (a circuit's vector-Jacobian
 * product by reverse mode) and parameter-shift (the same product from shifted evaluations):
 *
 *     v_t = [x_t, h_{t-1}];  a_k = VQC_k(v_t) for k in f i g o
 *     c_t = sigmoid(a_f) c_{t-1} + sigmoid(a_i) tanh(a_g);  m_t = sigmoid(a_o) tanh(c_t)
 *     h_t = VQC_h(m_t)[0..h-1];  e_t = VQC_y(m_t)  (the head reads e_t)
 */
import { exp, tanh } from '../core/detmath';
import { QLSTM_CIRCUITS, type QlstmCircuit, type QlstmModel } from '../model/types';

/** Circuit `k`'s index in `QLSTM_CIRCUITS` order: f i g o h y. */
export const F = 0, I = 1, G = 2, O = 3, H = 4, Y = 5;

/** `1 / (1 + e^-x)`, without overflow for large `|x|`. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}

/** One circuit evaluation: circuit `k` (an index, f i g o h y) at step `t` on input `u`, giving `n` values. */
export type Evaluate = (k: number, t: number, u: readonly number[]) => number[];

/** What step `t` computed: enough to go backward through it. */
export interface StepTape {
  /** Inputs of the gate circuits, `[x_t, h_{t-1}]`, and of `VQC_h` and `VQC_y`, `m_t`. */
  v: number[];
  m: number[];
  /** `a_k` for every circuit, in f i g o h y order (`a[Y]` is `e_t`, what the head reads). */
  a: number[][];
  /** `sigmoid(a_f)`, `sigmoid(a_i)`, `tanh(a_g)`, `sigmoid(a_o)`. */
  f: number[]; i: number[]; g: number[]; o: number[];
  cPrev: number[];
  /** `tanh(c_t)`. */
  tanhC: number[];
}

export interface Forward {
  steps: StepTape[];
  /** `e_t = VQC_y(m_t)` per step: the head's features. */
  features: number[][];
}

const map = (a: readonly number[], fn: (x: number) => number) => a.map(fn);

/** Runs the recurrence over `inputs` (each `x_t` of `inputSize` numbers), evaluating every circuit through `evaluate`. */
export function forward(model: QlstmModel, inputs: readonly (readonly number[])[], evaluate: Evaluate): Forward {
  const n = model.inputSize + model.hiddenSize;
  let h = new Array<number>(model.hiddenSize).fill(0);
  let c = new Array<number>(n).fill(0);
  const steps: StepTape[] = [];
  inputs.forEach((x, t) => {
    const v = [...x, ...h];
    const af = evaluate(F, t, v), ai = evaluate(I, t, v), ag = evaluate(G, t, v), ao = evaluate(O, t, v);
    const f = map(af, sigmoid), i = map(ai, sigmoid), g = map(ag, tanh), o = map(ao, sigmoid);
    const cPrev = c;
    c = cPrev.map((cp, j) => f[j] * cp + i[j] * g[j]);
    const tanhC = map(c, tanh);
    const m = o.map((oj, j) => oj * tanhC[j]);
    const ah = evaluate(H, t, m), ay = evaluate(Y, t, m);
    h = ah.slice(0, model.hiddenSize);
    steps.push({ v, m, a: [af, ai, ag, ao, ah, ay], f, i, g, o, cPrev, tanhC });
  });
  return { steps, features: steps.map((s) => s.a[Y]) };
}

/**
 * A circuit's vector-Jacobian product at one evaluation: given `abar = dL/da_k(t)`, it
 * records the contributions of the circuit's angles (the callback's own business) and
 * returns `dL/du_j` for the input wires `j >= firstInput` (n values, 0 below `firstInput`;
 * `firstInput = n` asks for none, and then it may return `null`).
 */
export type Pullback = (k: number, t: number, u: readonly number[], abar: readonly number[], firstInput: number) => number[] | null;

/**
 * Back-propagation through the recurrence: `ebar[t]` is `dL/de_t` (from the head). Every
 * circuit evaluation is pulled back once, latest first. Of the gate circuits' inputs only
 * `h_{t-1}` depends on parameters (`x_t` is data, and `h_{-1} = 0`), so they are asked for
 * the wires `inputSize..n-1` from step 1 on; `VQC_h` and `VQC_y` for every wire of `m_t`.
 */
export function backward(model: QlstmModel, tape: Forward, ebar: readonly (readonly number[])[], pullback: Pullback): void {
  const n = model.inputSize + model.hiddenSize;
  const hs = model.hiddenSize;
  let hbar = new Array<number>(hs).fill(0);
  let cbar = new Array<number>(n).fill(0);
  for (let t = tape.steps.length - 1; t >= 0; t--) {
    const s = tape.steps[t];
    const abarH = new Array<number>(n).fill(0);
    for (let j = 0; j < hs; j++) abarH[j] = hbar[j];
    const mbarY = pullback(Y, t, s.m, ebar[t], 0) as number[];
    const mbarH = pullback(H, t, s.m, abarH, 0) as number[];
    const abar: number[][] = [[], [], [], []];
    const cbarPrev = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const mbar = mbarY[j] + mbarH[j];
      const obar = mbar * s.tanhC[j];
      const cb = cbar[j] + mbar * s.o[j] * (1 - s.tanhC[j] * s.tanhC[j]);
      abar[F][j] = cb * s.cPrev[j] * s.f[j] * (1 - s.f[j]);
      abar[I][j] = cb * s.g[j] * s.i[j] * (1 - s.i[j]);
      abar[G][j] = cb * s.i[j] * (1 - s.g[j] * s.g[j]);
      abar[O][j] = obar * s.o[j] * (1 - s.o[j]);
      cbarPrev[j] = cb * s.f[j];
    }
    const firstInput = t > 0 ? model.inputSize : n;
    const vbar = new Array<number>(n).fill(0);
    for (const k of [F, I, G, O]) {
      const ub = pullback(k, t, s.v, abar[k], firstInput);
      if (ub) for (let j = 0; j < n; j++) vbar[j] += ub[j];
    }
    hbar = vbar.slice(model.inputSize);
    cbar = cbarPrev;
  }
}

/** The circuit's letter for an index. */
export function circuitName(k: number): QlstmCircuit {
  return QLSTM_CIRCUITS[k];
}
