/**
 * L-BFGS (docs/spec.md §5.4) on functions whose minimum is known, and its two-loop recursion
 * against the dense BFGS inverse-Hessian update written out independently below. The
 * iteration counts are the ones measured with this code, stated so a slower or broken
 * recursion fails.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import {
  ARMIJO_C1, armijoSearch, copyLbfgsState, CURVATURE_FLOOR, initialLbfgsState, lbfgsDirection, lbfgsIteration, MAX_HALVINGS, storePair,
  type CurvaturePair, type LbfgsState,
} from './lbfgs';

type V = Record<string, number>;

/** `f(x) = 1/2 (x - c)' A (x - c)`, minimum 0 at `c`. */
function quadratic(a: number[][], c: number[]) {
  const names = c.map((_, i) => `p${i}`);
  const offset = (x: V) => names.map((p, i) => x[p] - c[i]);
  const times = (v: number[]) => v.map((_, i) => v.reduce((s, vj, j) => s + a[i][j] * vj, 0));
  return {
    names,
    minimum: Object.fromEntries(names.map((p, i) => [p, c[i]])),
    f: (x: V) => { const v = offset(x); const w = times(v); return 0.5 * v.reduce((s, vi, i) => s + vi * w[i], 0); },
    g: (x: V): V => { const w = times(offset(x)); return Object.fromEntries(names.map((p, i) => [p, w[i]])); },
  };
}

/** The n-dim test matrix: 4 on the diagonal, `1 / (1 + |i - j|)` off it (symmetric, positive definite). */
const banded = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 4 : 1 / (1 + Math.abs(i - j)))));

/** Iterates from `x0` until every coordinate is within `tol` of `target`; the iterations it took, or what stopped it. */
function solve(names: string[], x0: V, f: (x: V) => number, g: (x: V) => V, target: V, tol: number, memory: number, max = 200) {
  let state: LbfgsState = initialLbfgsState();
  let x = { ...x0 };
  for (let k = 1; k <= max; k++) {
    const r = lbfgsIteration(state, memory, names, x, g(x), f);
    if (!r.ok) return { iterations: k, converged: false, x, state };
    ({ params: x, state } = r);
    if (names.every((p) => Math.abs(x[p] - target[p]) < tol)) return { iterations: k, converged: true, x, state };
  }
  return { iterations: max, converged: false, x, state };
}

const zeros = (names: string[]) => Object.fromEntries(names.map((p) => [p, 0]));

describe('lbfgsIteration on convex quadratics', () => {
  it('reaches the minimum of a 2-D quadratic to 1e-8 in 4 iterations', () => {
    const q = quadratic([[3, 1], [1, 2]], [0.6, -0.8]);
    const r = solve(q.names, zeros(q.names), q.f, q.g, q.minimum, 1e-8, 10);
    expect(r.converged).toBe(true);
    expect(r.iterations).toBe(4);
  });

  it('with memory >= n converges on an n-dim quadratic in about n + 1 iterations: at most n + 2 for n = 8 and 10, from 10 random minima each', () => {
    // The textbook's termination in n steps needs exact line searches; the backtracking of
    // docs/spec.md §5.4 accepts step 1 when it passes, so on small n it takes 6 to 9
    // iterations whatever n (measured), and on n = 8, 10 about n + 1.
    const rng = createRng(1);
    for (const n of [8, 10]) {
      for (let trial = 0; trial < 10; trial++) {
        const q = quadratic(banded(n), Array.from({ length: n }, () => rng.normal()));
        const r = solve(q.names, zeros(q.names), q.f, q.g, q.minimum, 1e-8, n);
        expect(r.converged, `n = ${n}, minimum ${trial}`).toBe(true);
        expect(r.iterations, `n = ${n}, minimum ${trial}`).toBeLessThanOrEqual(n + 2);
        expect(r.iterations, `n = ${n}, minimum ${trial}: one step cannot land on the minimum`).toBeGreaterThan(3);
      }
    }
  });

  it('does better with curvature pairs than without: memory 1 needs more iterations than memory 8 on the 8-dim quadratic', () => {
    const q = quadratic(banded(8), Array.from({ length: 8 }, (_, i) => Math.cos(i + 1)));
    const full = solve(q.names, zeros(q.names), q.f, q.g, q.minimum, 1e-8, 8);
    const short = solve(q.names, zeros(q.names), q.f, q.g, q.minimum, 1e-8, 1);
    expect(full.converged && short.converged).toBe(true);
    expect(short.iterations).toBeGreaterThan(full.iterations);
  });
});

describe('lbfgsIteration on the 2-D Rosenbrock function', () => {
  const f = (x: V) => 100 * (x.y - x.x * x.x) * (x.y - x.x * x.x) + (1 - x.x) * (1 - x.x);
  const g = (x: V) => ({ x: -400 * x.x * (x.y - x.x * x.x) - 2 * (1 - x.x), y: 200 * (x.y - x.x * x.x) });

  it('goes from (-1.2, 1) to (1, 1) within 1e-6 in at most 50 iterations (memory 10; measured: 45)', () => {
    const r = solve(['x', 'y'], { x: -1.2, y: 1 }, f, g, { x: 1, y: 1 }, 1e-6, 10);
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeLessThanOrEqual(50);
    expect(r.iterations).toBeGreaterThan(20);
  });
});

describe('lbfgsDirection: the two-loop recursion', () => {
  it('scales the first direction by 1 / max(1, |g|): a step of length at most 1', () => {
    const names = ['a', 'b'];
    const big = lbfgsDirection([], names, { a: 3, b: 4 });
    expect(big.a).toBeCloseTo(-0.6, 15);
    expect(big.b).toBeCloseTo(-0.8, 15);
    const small = lbfgsDirection([], names, { a: 0.3, b: 0.4 });
    expect(small).toEqual({ a: -0.3, b: -0.4 });
  });

  it('equals -H g for the dense BFGS update from H0 = (s.y / y.y) I of the newest pair', () => {
    const names = ['a', 'b', 'c'];
    const rng = createRng(7);
    const vec = () => Object.fromEntries(names.map((p) => [p, rng.normal()]));
    const pairs: CurvaturePair[] = [];
    while (pairs.length < 3) {
      const s = vec(), y = vec();
      if (names.reduce((t, p) => t + s[p] * y[p], 0) > 0.1) pairs.push({ s, y });
    }
    const g = vec();
    const col = (v: V) => names.map((p) => v[p]);
    const newest = pairs[2];
    const gamma = col(newest.s).reduce((t, si, i) => t + si * col(newest.y)[i], 0) / col(newest.y).reduce((t, yi) => t + yi * yi, 0);
    // H <- (I - rho s y') H (I - rho y s') + rho s s', oldest pair first.
    let h = names.map((_, i) => names.map((__, j) => (i === j ? gamma : 0)));
    for (const pair of pairs) {
      const s = col(pair.s), y = col(pair.y);
      const rho = 1 / s.reduce((t, si, i) => t + si * y[i], 0);
      const left = names.map((_, i) => names.map((__, j) => (i === j ? 1 : 0) - rho * s[i] * y[j]));
      const mul = (x: number[][], z: number[][]) => x.map((row) => names.map((_, j) => row.reduce((t, xi, k) => t + xi * z[k][j], 0)));
      const right = names.map((_, i) => names.map((__, j) => (i === j ? 1 : 0) - rho * y[i] * s[j]));
      h = mul(mul(left, h), right).map((row, i) => row.map((x, j) => x + rho * s[i] * s[j]));
    }
    const expected = h.map((row) => -row.reduce((t, x, j) => t + x * col(g)[j], 0));
    const d = lbfgsDirection(pairs, names, g);
    names.forEach((p, i) => expect(d[p]).toBeCloseTo(expected[i], 12));
  });

  it('meets the secant equation of the newest pair: the direction of g = y is -s', () => {
    const names = ['a', 'b', 'c'];
    const pairs: CurvaturePair[] = [{ s: { a: 1, b: 0.2, c: -0.3 }, y: { a: 2, b: 0.1, c: -0.5 } }, { s: { a: -0.4, b: 1, c: 0.1 }, y: { a: -0.3, b: 2.5, c: 0.4 } }];
    const d = lbfgsDirection(pairs, names, pairs[1].y);
    names.forEach((p) => expect(d[p]).toBeCloseTo(-pairs[1].s[p], 14));
  });
});

describe('storePair: the curvature pairs', () => {
  const names = ['a', 'b'];
  const after = (s: V, g0: V): LbfgsState => ({ pairs: [], last: { s, gradient: g0 }, loss: 1 });

  it(`does not store a pair with s.y <= ${CURVATURE_FLOOR}, and stores one just above`, () => {
    // s = (1, 0); y = g1 - g0 = (1e-11, 5): s.y = 1e-11.
    expect(storePair(after({ a: 1, b: 0 }, { a: 0, b: 0 }), 10, names, { a: 1e-11, b: 5 })).toEqual([]);
    expect(storePair(after({ a: 1, b: 0 }, { a: 0, b: 0 }), 10, names, { a: 1e-10, b: 5 })).toEqual([]);
    expect(storePair(after({ a: 1, b: 0 }, { a: 0, b: 0 }), 10, names, { a: -2, b: 0 })).toEqual([]);
    expect(storePair(after({ a: 1, b: 0 }, { a: 0, b: 0 }), 10, names, { a: 2e-10, b: 5 })).toEqual([{ s: { a: 1, b: 0 }, y: { a: 2e-10, b: 5 } }]);
  });

  it('keeps at most `memory` pairs, the newest, newest last', () => {
    const q = quadratic(banded(4), [1, -1, 0.5, 2]);
    const r = solve(q.names, zeros(q.names), q.f, q.g, q.minimum, 0, 2, 6);
    expect(r.state.pairs).toHaveLength(2);
    // The newest pair's s is the step before the last one (the last step still waits for its gradient).
    const unlimited = solve(q.names, zeros(q.names), q.f, q.g, q.minimum, 0, 100, 6);
    expect(unlimited.state.pairs.length).toBeGreaterThan(2);
    expect(r.state.pairs[1].s).not.toEqual(r.state.pairs[0].s);
    const again = solve(q.names, zeros(q.names), q.f, q.g, q.minimum, 0, 2, 5);
    // One iteration later the pair that was newest has moved to the front.
    expect(r.state.pairs[0]).toEqual(again.state.pairs[1]);
  });
});

describe('armijoSearch: backtracking from step 1', () => {
  const q = quadratic([[2, 0], [0, 2]], [0, 0]);
  const x = { p0: 1, p1: 1 };

  it('halves until the Armijo condition holds and counts every evaluation', () => {
    // f = |x|^2, g = (2, 2); d = -4 g: trials x + t d = (1 - 8t)(1, 1): f = 2(1 - 8t)^2 vs 2 - 16e-4 t.
    // t = 1: 98; t = 1/2: 18; t = 1/4: 2 (> 2 - 4e-4); t = 1/8: 0, accepted.
    const r = armijoSearch(q.names, x, q.f(x), q.g(x), { p0: -8, p1: -8 }, q.f);
    expect(r).toEqual({ ok: true, step: 0.125, params: { p0: 0, p1: 0 }, loss: 0, evaluations: 4 });
  });

  it(`reports failure after ${MAX_HALVINGS} halvings along an ascent direction (${MAX_HALVINGS + 1} evaluations)`, () => {
    let calls = 0;
    const r = armijoSearch(q.names, x, q.f(x), q.g(x), { p0: 1, p1: 1 }, (p) => { calls++; return q.f(p); });
    expect(r).toEqual({ ok: false, evaluations: MAX_HALVINGS + 1 });
    expect(calls).toBe(MAX_HALVINGS + 1);
  });

  it('reports failure on a noisy loss whose measured start was a lucky low draw', () => {
    const rng = createRng(3);
    const noisy = (p: V) => q.f(p) + 0.05 * rng.normal();
    // The start measured 0.2 below its true value: almost every trial near x looks worse.
    const r = armijoSearch(q.names, x, q.f(x) - 0.2, q.g(x), { p0: -1e-3, p1: -1e-3 }, noisy);
    expect(r.ok).toBe(false);
  });

  it('never accepts a non-finite trial loss', () => {
    // Step 1 lands on (0.5, 0.5), which answers NaN; step 1/2 is (0.75, 0.75), which passes.
    const r = armijoSearch(q.names, x, q.f(x), q.g(x), { p0: -0.5, p1: -0.5 }, (p) => (p.p0 === 0.5 ? Number.NaN : q.f(p)));
    expect(r.ok && r.step).toBe(0.5);
  });

  it(`uses c1 = ${ARMIJO_C1}: a decrease smaller than c1 t g.d is refused`, () => {
    const slope = -8; // g.d for g = (2, 2), d = (-2, -2)
    const justShort = q.f(x) + ARMIJO_C1 * slope * 1.0000001;
    const accept = armijoSearch(q.names, x, q.f(x), q.g(x), { p0: -2, p1: -2 }, () => justShort);
    expect(accept.ok && accept.step).toBe(1);
    // A constant trial loss a hair short of c1 t g.d at t = 1 passes at t = 1/2.
    const refuse = armijoSearch(q.names, x, q.f(x), q.g(x), { p0: -2, p1: -2 }, () => q.f(x) + ARMIJO_C1 * slope * 0.9999999);
    expect(refuse.ok && refuse.step).toBe(0.5);
  });
});

describe('lbfgsIteration: state and bills', () => {
  const q = quadratic([[3, 1], [1, 2]], [0.6, -0.8]);

  it('measures the start loss only once: later iterations reuse the accepted trial loss', () => {
    const first = lbfgsIteration(initialLbfgsState(), 10, q.names, zeros(q.names), q.g(zeros(q.names)), q.f);
    expect(first.loss0).toBe(q.f(zeros(q.names)));
    let trials = 0;
    const second = lbfgsIteration(first.state, 10, q.names, first.params, q.g(first.params), (p) => { trials++; return q.f(p); });
    expect(second.loss0).toBe(first.state.loss);
    expect(second.evaluations).toBe(trials);
    expect(first.evaluations).toBeGreaterThanOrEqual(2);
  });

  it('does not mutate its inputs, keeps parameters outside `names`, and leaves them on failure', () => {
    const state = initialLbfgsState();
    const params = { p0: 0, p1: 0, frozen: 7 };
    const copy = copyLbfgsState(state);
    const r = lbfgsIteration(state, 10, q.names, params, q.g(params), q.f);
    expect(state).toEqual(copy);
    expect(params).toEqual({ p0: 0, p1: 0, frozen: 7 });
    expect(r.params.frozen).toBe(7);
    // The start measures 0, every trial 1: no step lowers the loss.
    let calls = 0;
    const failed = lbfgsIteration(initialLbfgsState(), 10, q.names, params, q.g(params), () => (calls++ === 0 ? 0 : 1));
    expect(failed.ok).toBe(false);
    expect(failed.params).toEqual(params);
    expect(failed.evaluations).toBe(MAX_HALVINGS + 2);
    expect(calls).toBe(MAX_HALVINGS + 2);
  });

  it('resumes from a copied state bit for bit', () => {
    const f = (x: V) => 100 * (x.p1 - x.p0 * x.p0) * (x.p1 - x.p0 * x.p0) + (1 - x.p0) * (1 - x.p0);
    const g = (x: V) => ({ p0: -400 * x.p0 * (x.p1 - x.p0 * x.p0) - 2 * (1 - x.p0), p1: 200 * (x.p1 - x.p0 * x.p0) });
    const names = ['p0', 'p1'];
    let state = initialLbfgsState(), x: V = { p0: -1.2, p1: 1 };
    for (let k = 0; k < 6; k++) ({ state, params: x } = lbfgsIteration(state, 3, names, x, g(x), f));
    const saved = JSON.parse(JSON.stringify({ state, x })) as { state: LbfgsState; x: V };
    let a = state, xa = x, b = saved.state, xb = saved.x;
    for (let k = 0; k < 10; k++) {
      ({ state: a, params: xa } = lbfgsIteration(a, 3, names, xa, g(xa), f));
      ({ state: b, params: xb } = lbfgsIteration(b, 3, names, xb, g(xb), f));
    }
    expect(xb).toEqual(xa);
    expect(b).toEqual(a);
  });
});
