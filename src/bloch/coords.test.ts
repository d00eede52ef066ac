/**
 * Physics (z up) to three.js (y up): the poles land on ±y, the conversion is a rotation (it
 * keeps lengths and handedness), the in-place writer agrees with it, and the inverse undoes it.
 */
import { describe, expect, it } from 'vitest';
import { blochLength, blochToThree, threeToBloch, writeThree } from './coords';

describe('blochToThree(x, y, z)', () => {
  it('puts |0⟩ (z = 1) at three.js +y and |1⟩ at -y, and keeps x', () => {
    expect(blochToThree(0, 0, 1)).toEqual([0, 1, -0]);
    expect(blochToThree(0, 0, -1)).toEqual([0, -1, -0]);
    expect(blochToThree(1, 0, 0)).toEqual([1, 0, -0]);
    expect(blochToThree(0, 1, 0)).toEqual([0, 0, -1]);
  });

  it('is a proper rotation: x × y = z holds after the conversion too', () => {
    const [ex, ey, ez] = [blochToThree(1, 0, 0), blochToThree(0, 1, 0), blochToThree(0, 0, 1)];
    const cross = [ex[1] * ey[2] - ex[2] * ey[1], ex[2] * ey[0] - ex[0] * ey[2], ex[0] * ey[1] - ex[1] * ey[0]];
    cross.forEach((c, i) => expect(c).toBeCloseTo(ez[i], 15));
  });

  it('is undone by threeToBloch and keeps the purity radius', () => {
    const v: [number, number, number] = [0.3, -0.5, 0.6];
    expect(threeToBloch(...blochToThree(...v))).toEqual(v.map((c) => c + 0));
    expect(blochLength(blochToThree(...v))).toBeCloseTo(blochLength(v), 15);
  });
});

describe('writeThree(source, from, target, to)', () => {
  it('writes the same position as blochToThree, at the offsets given', () => {
    const source = Float64Array.from([9, 9, 9, 0.3, -0.5, 0.6]);
    const target = new Float32Array(6);
    writeThree(source, 3, target, 3);
    expect(Array.from(target.slice(3))).toEqual(blochToThree(0.3, -0.5, 0.6).map(Math.fround));
    expect(Array.from(target.slice(0, 3))).toEqual([0, 0, 0]);
  });
});
