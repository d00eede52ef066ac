import { describe, expect, it } from 'vitest';
import { traceAndUncompute1 } from './adjointKernels';
import { apply1 } from './apply';
import { GATES, dagger, pauliMatrix } from './gates';
import { maxAbsDiff, randomMatrix } from './dense';
import { createRng } from './rng';

describe('traceAndUncompute1(a, b, count, bit, K, G^dagger)', () => {
  it('returns Im Tr[B^dagger K A] and applies G^dagger to both, as three separate passes would', () => {
    const rng = createRng(31);
    for (const bit of [0, 2, 4]) {
      const a = randomMatrix(rng, 8, 4), b = randomMatrix(rng, 8, 4);
      const k = pauliMatrix('Y'), gd = dagger(GATES.RY.matrix(0.7), 2);
      const ka = Float64Array.from(a);
      apply1(ka, 32, bit, k);
      let expected = 0;
      for (let p = 0; p < a.length; p += 2) expected += b[p] * ka[p + 1] - b[p + 1] * ka[p];
      const a2 = Float64Array.from(a), b2 = Float64Array.from(b);
      apply1(a2, 32, bit, gd);
      apply1(b2, 32, bit, gd);
      const got = traceAndUncompute1(a, b, 32, bit, k, gd);
      expect(got).toBeCloseTo(expected, 12);
      expect(maxAbsDiff(a, a2)).toBeLessThan(1e-14);
      expect(maxAbsDiff(b, b2)).toBeLessThan(1e-14);
    }
  });
});

describe('traceTwiceAndUncompute1(a, b, count, bit, K_late, K_early, (G_late G_early)^dagger, out)', () => {
  it('equals two single steps: the late trace, un-compute late, the early trace, un-compute early', async () => {
    const { traceTwiceAndUncompute1 } = await import('./adjointKernels');
    const { matmul } = await import('./dense');
    const rng = createRng(33);
    for (const bit of [1, 3]) {
      const a = randomMatrix(rng, 8, 4), b = randomMatrix(rng, 8, 4);
      const early = GATES.RY.matrix(0.4), late = GATES.RZ.matrix(-1.3);
      const a2 = Float64Array.from(a), b2 = Float64Array.from(b);
      const lateExpected = traceAndUncompute1(a2, b2, 32, bit, pauliMatrix('Z'), dagger(late, 2));
      const earlyExpected = traceAndUncompute1(a2, b2, 32, bit, pauliMatrix('Y'), dagger(early, 2));
      const out = new Float64Array(2);
      traceTwiceAndUncompute1(a, b, 32, bit, pauliMatrix('Z'), pauliMatrix('Y'), dagger(matmul(late, early, 2), 2), out);
      expect(out[0]).toBeCloseTo(lateExpected, 12);
      expect(out[1]).toBeCloseTo(earlyExpected, 12);
      expect(maxAbsDiff(a, a2)).toBeLessThan(1e-13);
      expect(maxAbsDiff(b, b2)).toBeLessThan(1e-13);
    }
  });
});
