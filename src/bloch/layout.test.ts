import { describe, expect, it } from 'vitest';
import { ballCentreFraction, cameraHalfWidth } from './layout';

describe('ballCentreFraction(k, wires, width, height)', () => {
  it('centres one ball, and spreads balls evenly when they fill the width', () => {
    expect(ballCentreFraction(0, 1, 600, 220)).toBe(0.5);
    // Two balls on a narrow canvas fill it: their centres at a quarter and three quarters.
    expect(cameraHalfWidth(2, 100, 220)).toBe(3);
    expect(ballCentreFraction(0, 2, 100, 220)).toBeCloseTo(0.25, 12);
    expect(ballCentreFraction(1, 2, 100, 220)).toBeCloseTo(0.75, 12);
  });

  it('keeps the balls together about the middle on a wide canvas', () => {
    const left = ballCentreFraction(0, 2, 1000, 220);
    expect(left).toBeGreaterThan(0.25);
    expect(left + ballCentreFraction(1, 2, 1000, 220)).toBeCloseTo(1, 12);
  });
});
