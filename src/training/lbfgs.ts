/**
 * L-BFGS (docs/spec.md §5.4), the quasi-Newton method of the QRNN papers (they used scipy's
 * BFGS), as pure functions over named parameters: one call of {@link lbfgsIteration} is one
 * iteration, full batch.
 *
 * - Direction: the two-loop recursion over the stored curvature pairs `(s, y)`, newest last,
 *   with `H0 = (s.y / y.y) I` from the newest pair. With no pair stored (the first iteration,
 *   or while every pair so far was refused) `H0 = I / max(1, |g|)`, so the first trial step
 *   is at most 1 long whatever the gradient's scale.
 * - Pairs: `s` is the step the last iteration took, `y` the change of gradient over it. A pair
 *   with `s.y <= 1e-10` is not stored: it says the loss is not convex along `s` (or the
 *   gradients are noise), and storing it would make `H` indefinite.
 * - Step: backtracking from step 1, halving at most 20 times, until the Armijo condition
 *   `f(x + t d) <= f(x) + c1 t g.d` holds (`c1 = 1e-4`). When no trial passes, the iteration
 *   fails and the caller stops the run.
 *
 * The state is plain data (records of numbers, copied, never shared), so a snapshot of it
 * resumes bit for bit. Only plain + - * / and `Math.sqrt` are used, which IEEE-754 rounds
 * exactly everywhere (docs/architecture.md §5). Every sum runs over `names` in the order
 * given, which fixes the bits.
 */

/** The Armijo constant `c1` of docs/spec.md §5.4. */
export const ARMIJO_C1 = 1e-4;
/** Halvings of the trial step before the line search gives up (trials at 1, 1/2, ..., 2^-20). */
export const MAX_HALVINGS = 20;
/** A pair with `s.y` at or below this is not stored. */
export const CURVATURE_FLOOR = 1e-10;

type Vector = Record<string, number>;

/** One curvature pair: the step `s` and the change of gradient `y` over it. */
export interface CurvaturePair {
  s: Vector;
  y: Vector;
}

export interface LbfgsState {
  /** Stored pairs, oldest first, newest last; at most `memory`. */
  pairs: CurvaturePair[];
  /**
   * The step the last iteration took and the gradient it started from: the next iteration's
   * gradient completes the pair. `null` before the first step.
   */
  last: { s: Vector; gradient: Vector } | null;
  /**
   * The loss at the current parameters as the line search last measured it (the accepted
   * trial's), so the next iteration need not measure it again; `null` before any measurement.
   */
  loss: number | null;
}

export function initialLbfgsState(): LbfgsState {
  return { pairs: [], last: null, loss: null };
}

/** A deep copy (the trainer's snapshots must never share arrays with the running state). */
export function copyLbfgsState(state: LbfgsState): LbfgsState {
  return {
    pairs: state.pairs.map((p) => ({ s: { ...p.s }, y: { ...p.y } })),
    last: state.last ? { s: { ...state.last.s }, gradient: { ...state.last.gradient } } : null,
    loss: state.loss,
  };
}

/** `a.b` over `names` (a missing entry is 0: a gradient with nothing scored has no keys). */
export function dot(names: readonly string[], a: Readonly<Vector>, b: Readonly<Vector>): number {
  let sum = 0;
  for (const p of names) sum += (a[p] ?? 0) * (b[p] ?? 0);
  return sum;
}

/**
 * The stored pairs after the last step is completed by `gradient`: `y = gradient - last.gradient`,
 * the pair `(last.s, y)` appended when `s.y > 1e-10`, and the oldest dropped beyond `memory`.
 */
export function storePair(state: LbfgsState, memory: number, names: readonly string[], gradient: Readonly<Vector>): CurvaturePair[] {
  const pairs = state.pairs.map((p) => ({ s: { ...p.s }, y: { ...p.y } }));
  if (!state.last) return pairs;
  const s = { ...state.last.s };
  const y: Vector = {};
  for (const p of names) y[p] = (gradient[p] ?? 0) - (state.last.gradient[p] ?? 0);
  if (dot(names, s, y) > CURVATURE_FLOOR) pairs.push({ s, y });
  return pairs.slice(Math.max(0, pairs.length - memory));
}

/**
 * The search direction `d = -H g` by the two-loop recursion (Nocedal & Wright, Algorithm 7.4),
 * with `H0` as in the module comment.
 */
export function lbfgsDirection(pairs: readonly CurvaturePair[], names: readonly string[], gradient: Readonly<Vector>): Vector {
  const q: Vector = {};
  for (const p of names) q[p] = gradient[p] ?? 0;
  const alpha: number[] = [];
  const rho = pairs.map((pair) => 1 / dot(names, pair.y, pair.s));
  for (let i = pairs.length - 1; i >= 0; i--) {
    alpha[i] = rho[i] * dot(names, pairs[i].s, q);
    for (const p of names) q[p] -= alpha[i] * pairs[i].y[p];
  }
  const newest = pairs[pairs.length - 1];
  const h0 = newest
    ? dot(names, newest.s, newest.y) / dot(names, newest.y, newest.y)
    : 1 / Math.max(1, Math.sqrt(dot(names, gradient, gradient)));
  const r: Vector = {};
  for (const p of names) r[p] = h0 * q[p];
  for (let i = 0; i < pairs.length; i++) {
    const beta = rho[i] * dot(names, pairs[i].y, r);
    for (const p of names) r[p] += pairs[i].s[p] * (alpha[i] - beta);
  }
  const d: Vector = {};
  for (const p of names) d[p] = -r[p];
  return d;
}

/** What a line search found: the accepted point, or that no trial passed. */
export type LineSearchResult =
  | { ok: true; step: number; params: Vector; loss: number; evaluations: number }
  | { ok: false; evaluations: number };

/**
 * Backtracking from step 1: tries `x + t d` for `t = 1, 1/2, ..., 2^-20` and accepts the first
 * whose loss meets Armijo's condition against `loss0` (a non-finite trial loss never does).
 * `lossAt` is called once per trial, so `evaluations` is what the caller bills.
 */
export function armijoSearch(
  names: readonly string[], params: Readonly<Vector>, loss0: number, gradient: Readonly<Vector>, direction: Readonly<Vector>,
  lossAt: (trial: Vector) => number,
): LineSearchResult {
  const slope = dot(names, gradient, direction);
  let step = 1;
  for (let k = 0; k <= MAX_HALVINGS; k++) {
    const trial: Vector = { ...params };
    for (const p of names) trial[p] = params[p] + step * direction[p];
    const loss = lossAt(trial);
    if (Number.isFinite(loss) && loss <= loss0 + ARMIJO_C1 * step * slope) return { ok: true, step, params: trial, loss, evaluations: k + 1 };
    step /= 2;
  }
  return { ok: false, evaluations: MAX_HALVINGS + 1 };
}

/** The outcome of one iteration; `evaluations` counts every call of `lossAt`. */
export interface LbfgsIterationResult {
  /** Whether the line search found a step; when it did not, `params` are the old ones. */
  ok: boolean;
  params: Vector;
  state: LbfgsState;
  /** The loss at the parameters the iteration started from, as measured. */
  loss0: number;
  evaluations: number;
}

/**
 * One iteration at `params` with the full-batch `gradient` there: complete and store the last
 * pair, take the two-loop direction, search along it. `lossAt` measures the loss at a point
 * (the caller bills each call); the loss at `params` is measured only when the state does not
 * already hold it. Inputs are not mutated; parameters outside `names` are carried unchanged.
 */
export function lbfgsIteration(
  state: LbfgsState, memory: number, names: readonly string[], params: Readonly<Vector>, gradient: Readonly<Vector>,
  lossAt: (at: Vector) => number,
): LbfgsIterationResult {
  const measured = state.loss === null;
  const loss0 = state.loss ?? lossAt({ ...params });
  let evaluations = measured ? 1 : 0;
  const pairs = storePair(state, memory, names, gradient);
  const direction = lbfgsDirection(pairs, names, gradient);
  const found = armijoSearch(names, params, loss0, gradient, direction, lossAt);
  evaluations += found.evaluations;
  if (!found.ok) return { ok: false, params: { ...params }, state: { pairs, last: null, loss: loss0 }, loss0, evaluations };
  const s: Vector = {};
  const g: Vector = {};
  for (const p of names) { s[p] = found.params[p] - params[p]; g[p] = gradient[p] ?? 0; }
  return { ok: true, params: found.params, state: { pairs, last: { s, gradient: g }, loss: found.loss }, loss0, evaluations };
}
