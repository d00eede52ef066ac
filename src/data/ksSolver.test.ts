import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { createKsSolver, etdrk4Coefficients } from './ksSolver';

const L = 22, N = 64, DT = 0.25;
const grid = (f: (x: number) => number): Float64Array => Float64Array.from({ length: N }, (_, j) => f((j * L) / N));

describe('etdrk4Coefficients', () => {
  it('at lambda = 0 gives Q = h/2 and f1 = f2 = f3 = h/6, the limits of the phi-functions, to 1e-13', () => {
    const c = etdrk4Coefficients(0, 0.25);
    expect(c.e).toBe(1);
    expect(Math.abs(c.q - 0.125)).toBeLessThan(1e-13);
    for (const f of [c.f1, c.f2, c.f3]) expect(Math.abs(f - 0.25 / 6)).toBeLessThan(1e-13);
  });

  it('for a strongly damped mode (h lambda = -100) agrees with the direct formulas to 1e-12', () => {
    const h = 0.25, lam = -400, z = h * lam;
    const c = etdrk4Coefficients(lam, h);
    expect(Math.abs(c.q - (h * (Math.exp(z / 2) - 1)) / z)).toBeLessThan(1e-12);
    expect(Math.abs(c.f1 - (h * (-4 - z + Math.exp(z) * (4 - 3 * z + z * z))) / z ** 3)).toBeLessThan(1e-12);
    expect(Math.abs(c.f2 - (h * (2 + z + Math.exp(z) * (z - 2))) / z ** 3)).toBeLessThan(1e-12);
    expect(Math.abs(c.f3 - (h * (-4 - 3 * z - z * z + Math.exp(z) * (4 - z))) / z ** 3)).toBeLessThan(1e-12);
  });
});

describe('createKsSolver', () => {
  it('matches a NumPy Kassam-Trefethen ETDRK4 reference at t = 20 to 1e-9', () => {
    // numpy.fft, full complex spectrum, k_Nyquist = 0, M = 16; u0 below, 80 steps of 1/4.
    const u0 = grid((x) => {
      const a = (2 * Math.PI * x) / L;
      return Math.cos(a) * (1 + Math.sin(a)) + 0.3 * Math.cos(2 * a + 1) + 0.2 * Math.sin(3 * a);
    });
    const solver = createKsSolver(L, N, DT, u0);
    solver.advance(80);
    expect(solver.time).toBe(20);
    const u = solver.field();
    const reference: [number, number][] = [[0, 0.2068956276980762], [7, 1.2567889546769484], [16, -1.1720111374501538], [33, -0.9968357267756134], [50, 1.4972725077123008], [63, -0.10363682234037419]];
    for (const [j, v] of reference) expect(Math.abs(u[j] - v), `u[${j}]`).toBeLessThan(1e-9);
    expect(Math.abs(solver.modeReal(2) - -0.08242332566473624)).toBeLessThan(1e-9);
  });

  it('stays bounded for 2000 time units from a small random start: rms u in [1.1, 1.3] and |u| < 4', () => {
    const rng = createRng(11);
    const u0 = grid((x) => 0.1 * Math.cos((2 * Math.PI * x) / L) + 0.05 * rng.normal());
    const solver = createKsSolver(L, N, DT, u0);
    solver.advance(400); // 100 time units to reach the attractor
    let sum = 0, count = 0, largest = 0;
    const u = new Float64Array(N);
    for (let s = 0; s < 8000; s++) {
      solver.advance(1);
      solver.field(u);
      for (const v of u) { sum += v * v; count++; largest = Math.max(largest, Math.abs(v)); }
    }
    const rms = Math.sqrt(sum / count);
    expect(rms).toBeGreaterThan(1.1);
    expect(rms).toBeLessThan(1.3);
    expect(largest).toBeLessThan(4);
  });

  it('conserves the mean of u (mode 0) exactly and keeps the Nyquist mode at 0', () => {
    const u0 = grid((x) => 0.3 + 0.1 * Math.sin((2 * Math.PI * x) / L));
    const solver = createKsSolver(L, N, DT, u0);
    solver.advance(200);
    const mean = solver.modeReal(0);
    expect(Math.abs(mean - 0.3)).toBeLessThan(1e-14);
    expect(solver.modeReal(N / 2)).toBe(0);
  });
});
