/**
 * The forward passes against the SPEC's equations written out naively (named matrices,
 * `Math.tanh`), the parameter counts against docs/spec.md §8's formulas, and the initial
 * weights' ranges.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { baselineParameterCount } from './parameterCount';
import { createBaselineModel } from './models';
import { sequenceOutputs } from './loss';
import type { BaselineSpec } from '../model/parseBaseline';

const sig = (a: number) => 1 / (1 + Math.exp(-a));
const dot = (w: number[], v: number[]) => w.reduce((s, wk, k) => s + wk * v[k], 0);

/** Row `r` of gate `g` as `[W_x, W_h, b]` over the flat layout (gates.ts). */
function rowOf(theta: Float64Array, i: number, h: number, gate: number, unit: number) {
  const width = i + h + 1, at = (gate * h + unit) * width;
  return { wx: [...theta.slice(at, at + i)], wh: [...theta.slice(at + i, at + i + h)], b: theta[at + i + h] };
}

/** The head `V s + c` read from the flat layout (head.ts). */
function head(params: Float64Array, offset: number, d: number, m: number, s: number[]): number[] {
  return Array.from({ length: m }, (_, j) => params[offset + m * d + j] + dot([...params.slice(offset + j * d, offset + (j + 1) * d)], s));
}

const INPUTS = [[0.3, -0.5], [0.9, 0.1], [-0.7, 0.4], [0.2, 0.2]];

describe('forward passes are the SPEC equations', () => {
  it('lstm: c_t = f c + i g, h_t = o tanh(c_t), gates in the order i, f, g, o', () => {
    const i = 2, h = 3, m = 2;
    const { model, params } = createBaselineModel({ kind: 'lstm', hidden: h }, i, m, createRng(4));
    let hs = [0, 0, 0], cs = [0, 0, 0];
    const expected = INPUTS.map((x) => {
      const pre = (gate: number, u: number) => { const r = rowOf(params, i, h, gate, u); return dot(r.wx, x) + dot(r.wh, hs) + r.b; };
      const ig = hs.map((_, u) => sig(pre(0, u))), fg = hs.map((_, u) => sig(pre(1, u)));
      const gg = hs.map((_, u) => Math.tanh(pre(2, u))), og = hs.map((_, u) => sig(pre(3, u)));
      cs = cs.map((c, u) => fg[u] * c + ig[u] * gg[u]);
      hs = cs.map((c, u) => og[u] * Math.tanh(c));
      return head(params, model.recurrence.size, h, m, hs);
    });
    const got = sequenceOutputs(model, params, { inputs: INPUTS, targets: INPUTS.map(() => null) });
    got.forEach((row, t) => row.forEach((y, j) => expect(y).toBeCloseTo(expected[t][j], 12)));
  });

  it('gru: n = tanh(W_n [x, r * h] + b_n), h_t = (1 - z) n + z h, gates in the order z, r, n', () => {
    const i = 2, h = 3, m = 1;
    const { model, params } = createBaselineModel({ kind: 'gru', hidden: h }, i, m, createRng(5));
    let hs = [0, 0, 0];
    const expected = INPUTS.map((x) => {
      const pre = (gate: number, u: number, v: number[]) => { const r = rowOf(params, i, h, gate, u); return dot(r.wx, x) + dot(r.wh, v) + r.b; };
      const z = hs.map((_, u) => sig(pre(0, u, hs))), r = hs.map((_, u) => sig(pre(1, u, hs)));
      const rh = hs.map((hv, u) => r[u] * hv);
      const n = hs.map((_, u) => Math.tanh(pre(2, u, rh)));
      hs = hs.map((hv, u) => (1 - z[u]) * n[u] + z[u] * hv);
      return head(params, model.recurrence.size, h, m, hs);
    });
    const got = sequenceOutputs(model, params, { inputs: INPUTS, targets: INPUTS.map(() => null) });
    got.forEach((row, t) => expect(row[0]).toBeCloseTo(expected[t][0], 12));
  });

  it('linear: yhat_t = w . [x_t, .., x_{t-lags+1}] + b with missing lags 0', () => {
    const { model, params } = createBaselineModel({ kind: 'linear', lags: 3 }, 2, 1, createRng(6));
    const w = [...params.slice(0, 6)], b = params[6];
    const lagged = (t: number) => [0, 1, 2].flatMap((l) => (t - l >= 0 ? INPUTS[t - l] : [0, 0]));
    const got = sequenceOutputs(model, params, { inputs: INPUTS, targets: INPUTS.map(() => null) });
    got.forEach((row, t) => expect(row[0]).toBeCloseTo(dot(w, lagged(t)) + b, 14));
  });
});

describe('baselineParameterCount', () => {
  const shapes: [number, number, number][] = [[1, 1, 1], [1, 4, 1], [2, 3, 2], [3, 8, 4], [1, 64, 1], [5, 2, 3]];

  it.each(shapes)('i = %i, h = %i, m = %i: the SPEC formulas, and every model has that many parameters', (i, h, m) => {
    const cases: [BaselineSpec, number][] = [
      [{ kind: 'lstm', hidden: h }, 4 * h * (i + h + 1) + m * (h + 1)],
      [{ kind: 'gru', hidden: h }, 3 * h * (i + h + 1) + m * (h + 1)],
      [{ kind: 'esn', units: h, spectralRadius: 0.9 }, m * (h + 1)],
      [{ kind: 'linear', lags: h }, m * (i * h + 1)],
    ];
    for (const [spec, count] of cases) {
      expect(baselineParameterCount(spec, i, m)).toBe(count);
      expect(createBaselineModel(spec, i, m, createRng(1)).model.size).toBe(count);
    }
  });

  it('gives the numbers of the sine preset (i = 1, m = 1) and the SPEC example', () => {
    expect(baselineParameterCount({ kind: 'lstm', hidden: 4 }, 1, 1)).toBe(101);
    expect(baselineParameterCount({ kind: 'gru', hidden: 4 }, 1, 1)).toBe(77);
    expect(baselineParameterCount({ kind: 'esn', units: 50, spectralRadius: 0.9 }, 1, 1)).toBe(51);
    expect(baselineParameterCount({ kind: 'linear', lags: 4 }, 1, 1)).toBe(5);
  });
});

describe('initial weights', () => {
  it('lstm and gru: U(-1/sqrt(h), 1/sqrt(h)), head included; linear: U(-1/sqrt(i lags), 1/sqrt(i lags)); esn: a zero head', () => {
    for (const [spec, bound] of [[{ kind: 'lstm', hidden: 4 }, 0.5], [{ kind: 'gru', hidden: 9 }, 1 / 3], [{ kind: 'linear', lags: 8 }, 0.25]] as [BaselineSpec, number][]) {
      const { params } = createBaselineModel(spec, 2, 2, createRng(11));
      const largest = params.reduce((s, p) => Math.max(s, Math.abs(p)), 0);
      expect(largest).toBeLessThanOrEqual(bound);
      expect(largest).toBeGreaterThan(0.8 * bound);
    }
    const esn = createBaselineModel({ kind: 'esn', units: 10, spectralRadius: 0.9 }, 1, 2, createRng(11));
    expect([...esn.params].every((p) => p === 0)).toBe(true);
  });

  it('come from the seed: the same seed gives the same weights, another seed others', () => {
    const spec: BaselineSpec = { kind: 'lstm', hidden: 3 };
    const a = createBaselineModel(spec, 1, 1, createRng(1)).params, b = createBaselineModel(spec, 1, 1, createRng(1)).params;
    expect([...a]).toEqual([...b]);
    expect([...createBaselineModel(spec, 1, 1, createRng(2)).params]).not.toEqual([...a]);
  });
});
