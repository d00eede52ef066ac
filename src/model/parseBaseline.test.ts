/** `parseBaseline`: the SPEC's four examples pass as written; every refusal names its field. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBaseline } from './parseBaseline';

const paths = (raw: unknown, at = 'study.baselines[1]') => {
  const r = parseBaseline(raw, at);
  return r.ok ? [] : r.errors.map((e) => e.path);
};

describe('parseBaseline', () => {
  it('accepts the SPEC examples and the optional fields, unchanged', () => {
    for (const spec of [
      { kind: 'lstm', hidden: 4 }, { kind: 'gru', hidden: 4 }, { kind: 'esn', units: 50, spectralRadius: 0.9 }, { kind: 'linear', lags: 4 },
      { kind: 'lstm', hidden: 64, learningRate: 0.02 }, { kind: 'linear', lags: 1, learningRate: 100 },
      { kind: 'esn', units: 1000, spectralRadius: 2, inputScale: 0.5, alpha: 1e-3 },
    ]) expect(parseBaseline(spec, 'study.baselines[0]')).toEqual({ ok: true, spec });
  });

  it.each([
    [{ kind: 'lstm', hidden: 0 }, 'study.baselines[1].hidden'],
    [{ kind: 'gru', hidden: 65 }, 'study.baselines[1].hidden'],
    [{ kind: 'gru', hidden: 2.5 }, 'study.baselines[1].hidden'],
    [{ kind: 'lstm' }, 'study.baselines[1].hidden'],
    [{ kind: 'lstm', hidden: 4, learningRate: 0 }, 'study.baselines[1].learningRate'],
    [{ kind: 'lstm', hidden: 4, learningRate: 101 }, 'study.baselines[1].learningRate'],
    [{ kind: 'linear', lags: 65 }, 'study.baselines[1].lags'],
    [{ kind: 'linear', lags: '4' }, 'study.baselines[1].lags'],
    [{ kind: 'esn', units: 1001, spectralRadius: 0.9 }, 'study.baselines[1].units'],
    [{ kind: 'esn', units: 50, spectralRadius: 0 }, 'study.baselines[1].spectralRadius'],
    [{ kind: 'esn', units: 50, spectralRadius: 2.1 }, 'study.baselines[1].spectralRadius'],
    [{ kind: 'esn', units: 50 }, 'study.baselines[1].spectralRadius'],
    [{ kind: 'esn', units: 50, spectralRadius: 0.9, inputScale: 0 }, 'study.baselines[1].inputScale'],
    [{ kind: 'esn', units: 50, spectralRadius: 0.9, alpha: -1 }, 'study.baselines[1].alpha'],
    [{ kind: 'esn', units: 50, spectralRadius: 0.9, learningRate: 0.1 }, 'study.baselines[1].learningRate'],
    [{ kind: 'esn', units: 50, spectralRadius: 0.9, hidden: 4 }, 'study.baselines[1].hidden'],
    [{ kind: 'lstm', hidden: 4, lags: 2 }, 'study.baselines[1].lags'],
    [{ kind: 'transformer', hidden: 4 }, 'study.baselines[1].kind'],
    [{ hidden: 4 }, 'study.baselines[1].kind'],
    ['lstm', 'study.baselines[1]'],
    [null, 'study.baselines[1]'],
  ])('refuses %j at %s', (raw, path) => {
    expect(paths(raw)).toEqual([path]);
  });

  it('names every wrong field at once, and says why', () => {
    const r = parseBaseline({ kind: 'esn', units: 0, spectralRadius: 3 }, 'study.baselines[2]');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['study.baselines[2].units', 'study.baselines[2].spectralRadius']);
    expect(r.errors[0].message).toMatch(/integer from 1 to 1000/);
    expect(r.errors[1].message).toMatch(/greater than 0 and at most 2/);
  });

  it('never throws, and every refusal names a field under the path', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      const r = parseBaseline(raw, 'b');
      if (!r.ok) expect(r.errors.every((e) => e.path === 'b' || e.path.startsWith('b.') || e.path.startsWith('b['))).toBe(true);
    }), { numRuns: 500 });
  });
});
