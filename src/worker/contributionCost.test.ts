/**
 * The estimate of the exact contributions' time against the times measured when its rates were
 * set (Node, 2-core development machine, 2026-12-05; worker/contributionCost.ts): within a
 * third at every size measured, and over the page's budget from 11 qubits (isometry engine)
 * and from 10 (density engine) for a 6-step window.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkCase } from '../cli/bench/benchModel';
import type { Model } from '../model/types';
import { contributionSeconds, CONTRIBUTIONS_BUDGET_SECONDS } from './contributionCost';

/** 1 data + `hidden` qubits, one layer of rotations and a CNOT ring, as measured. */
const model = (hidden: number, noisy = false): Model => {
  const m = benchmarkCase(1, hidden, 6, 1).model;
  return noisy ? { ...m, noise: { p1: 0.001, p2: 0, gamma: 0, q: 0 } } : m;
};

describe('contributionSeconds(model, steps)', () => {
  it('is within a third of the measured adjoint times', () => {
    const measured: [number, boolean, number][] = [[8, false, 0.3], [9, false, 1.69], [10, false, 12.52], [11, false, 98.19], [7, true, 0.37], [8, true, 1.47]];
    for (const [hidden, noisy, seconds] of measured) {
      const estimate = contributionSeconds(model(hidden, noisy), 6);
      expect(estimate / seconds, `${1 + hidden} qubits${noisy ? ', noisy' : ''}`).toBeGreaterThan(2 / 3);
      expect(estimate / seconds, `${1 + hidden} qubits${noisy ? ', noisy' : ''}`).toBeLessThan(4 / 3);
    }
  });

  it('leaves the budget from 11 qubits without noise and from 10 with it, for 6 steps', () => {
    expect(contributionSeconds(model(9), 6)).toBeLessThan(CONTRIBUTIONS_BUDGET_SECONDS);
    expect(contributionSeconds(model(10), 6)).toBeGreaterThan(CONTRIBUTIONS_BUDGET_SECONDS);
    expect(contributionSeconds(model(8, true), 6)).toBeLessThan(CONTRIBUTIONS_BUDGET_SECONDS);
    expect(contributionSeconds(model(9, true), 6)).toBeGreaterThan(CONTRIBUTIONS_BUDGET_SECONDS);
  });

  it('grows with the sequence', () => {
    expect(contributionSeconds(model(4), 60)).toBeCloseTo(10 * contributionSeconds(model(4), 6), 12);
  });
});
