import { describe, expect, it } from 'vitest';
import { readInline } from './inline';

describe('readInline', () => {
  it('turns number inputs into one-component vectors and keeps null targets', () => {
    expect(readInline({ inputs: [0.1, 0.5, -0.2], targets: [0.5, -0.2, null] })).toEqual({
      ok: true, sequence: { inputs: [[0.1], [0.5], [-0.2]], targets: [[0.5], [-0.2], null] },
    });
  });

  it('reads targets of several outputs as rows, and refuses a row of another length naming it', () => {
    expect(readInline({ inputs: [1, 2, 3], targets: [null, [0.5, -1], [0, 2]] })).toEqual({ ok: true, sequence: { inputs: [[1], [2], [3]], targets: [null, [0.5, -1], [0, 2]] } });
    const bad = readInline({ inputs: [1, 2], targets: [[0.5, -1], [0.5]] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['data.targets[1]']);
  });

  it('accepts vector inputs of one common length', () => {
    const r = readInline({ inputs: [[1, 2], [3, 4]], targets: [null, 1] });
    expect(r.ok && r.sequence.inputs).toEqual([[1, 2], [3, 4]]);
  });

  it('refuses mismatched lengths, ragged vectors, non-finite values and bad targets, naming the entry', () => {
    const paths = (spec: Record<string, unknown>) => { const r = readInline(spec); return r.ok ? [] : r.errors.map((e) => e.path); };
    expect(paths({ inputs: [1, 2], targets: [1] })).toEqual(['data.targets']);
    expect(paths({ inputs: [[1, 2], [3]], targets: [1, 2] })).toEqual(['data.inputs[1]']);
    expect(paths({ inputs: [1, NaN, 'x'], targets: [1, 'y', 2] })).toEqual(['data.inputs[1]', 'data.targets[1]', 'data.inputs[2]']);
    expect(paths({ inputs: [], targets: [] })).toEqual(['data.inputs']);
    expect(paths({})).toEqual(['data.inputs', 'data.targets']);
  });

  it('summarises after five wrong entries', () => {
    const r = readInline({ inputs: Array(9).fill('x'), targets: Array(9).fill(0) });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['data.inputs[0]', 'data.inputs[1]', 'data.inputs[2]', 'data.inputs[3]', 'data.inputs[4]', 'data']);
  });
});
