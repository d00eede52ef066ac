import { describe, expect, it } from 'vitest';
import { environmentAndUncompute1, environments } from './adjointKernels';
import { apply1 } from './apply';
import { GATES, dagger, pauliMatrix } from './gates';
import { maxAbsDiff, randomMatrix } from '../testing/dense';
import { createRng } from './rng';

/** `Im Tr[Y^dagger M A]` with `M` applied on flat bit `bit`, the long way. */
function imSandwich(y: Float64Array, mat: Float64Array, a: Float64Array, bit: number): number {
  const ma = a.slice();
  apply1(ma, a.length >> 1, bit, mat);
  let im = 0;
  for (let p = 0; p < a.length; p += 2) im += y[p] * ma[p + 1] - y[p + 1] * ma[p];
  return im;
}

/** The environment by its definition, `E[a][b] = Tr[Y^dagger |a><b|_bit A]`: the reference for both kernels. */
function environment1(a: Float64Array, y: Float64Array, count: number, bit: number, e: Float64Array): void {
  for (let k = 0; k < 4; k++) {
    const unit = new Float64Array(8);
    unit[2 * k] = 1; // |a><b| with k = 2a + b
    const moved = a.slice(0, 2 * count);
    apply1(moved, count, bit, unit);
    let re = 0, im = 0;
    for (let p = 0; p < 2 * count; p += 2) {
      re += y[p] * moved[p] + y[p + 1] * moved[p + 1];
      im += y[p] * moved[p + 1] - y[p + 1] * moved[p];
    }
    e[2 * k] = re;
    e[2 * k + 1] = im;
  }
}

/** `Im sum_{a,b} M[a][b] E[a][b]`: `Im Tr[Y^dagger M A]` from the environment. */
function imTraceWithEnvironment(m: Float64Array, e: Float64Array): number {
  let im = 0;
  for (let k = 0; k < 8; k += 2) im += m[k] * e[k + 1] + m[k + 1] * e[k];
  return im;
}

describe('environmentAndUncompute1(a, y, count, bit, G^dagger, e)', () => {
  it('gives Im Tr[Y^dagger M A] for any 2x2 M through the environment, and applies G^dagger to both', () => {
    const rng = createRng(31);
    for (const bit of [0, 2, 4]) {
      const a = randomMatrix(rng, 8, 4), y = randomMatrix(rng, 8, 4);
      const gd = dagger(GATES.RY.matrix(0.7), 2);
      const ops = [pauliMatrix('X'), pauliMatrix('Y'), pauliMatrix('Z'), GATES.RX.matrix(1.1)];
      const expected = ops.map((m) => imSandwich(y, m, a, bit));
      const a2 = Float64Array.from(a), y2 = Float64Array.from(y);
      apply1(a2, 32, bit, gd);
      apply1(y2, 32, bit, gd);
      const e = new Float64Array(8), alone = new Float64Array(8);
      environment1(a, y, 32, bit, alone);
      environmentAndUncompute1(a, y, 32, bit, gd, e);
      expect(maxAbsDiff(e, alone)).toBeLessThan(1e-14);
      ops.forEach((m, i) => expect(imTraceWithEnvironment(m, e)).toBeCloseTo(expected[i], 12));
      expect(maxAbsDiff(a, a2)).toBeLessThan(1e-14);
      expect(maxAbsDiff(y, y2)).toBeLessThan(1e-14);
    }
  });
});

describe('environments(a, y, rows, colBits, bits, out)', () => {
  it('equals environment1 bit by bit, for several row bits in one pass', () => {
    const rng = createRng(32);
    const a = randomMatrix(rng, 16, 4), y = randomMatrix(rng, 16, 4);
    const bits = [2, 5, 3];
    const out = new Float64Array(8 * bits.length), one = new Float64Array(8);
    environments(a, y, 16, 2, bits, out);
    bits.forEach((bit, i) => {
      environment1(a, y, 64, bit, one);
      expect(maxAbsDiff(out.subarray(8 * i, 8 * i + 8), one), `bit ${bit}`).toBeLessThan(1e-13);
    });
  });
});
