/** The flat Adam gives the QRNN trainer's Adam (src/training/optimizers.ts) bit for bit. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { initialOptimizerState, optimizerSettings, optimizerStep } from '../training/optimizers';
import { adamStep, initialAdamState } from './adam';

describe('adamStep', () => {
  it('equals optimizerStep with kind adam, bit for bit, over 50 updates', () => {
    const rng = createRng(3), n = 7, rate = 0.01;
    const flat = Float64Array.from({ length: n }, () => rng.next() - 0.5);
    let named: Record<string, number> = Object.fromEntries([...flat].map((p, k) => [`p${k}`, p]));
    const settings = optimizerSettings({ kind: 'adam', learningRate: rate }, 50);
    let state = initialOptimizerState('adam');
    const flatState = initialAdamState(n);
    for (let step = 0; step < 50; step++) {
      const g = Float64Array.from({ length: n }, () => 4 * rng.next() - 2);
      adamStep(flatState, rate, flat, g);
      ({ params: named, state } = optimizerStep(state, settings, named, Object.fromEntries([...g].map((x, k) => [`p${k}`, x]))));
    }
    expect([...flat]).toEqual(Object.values(named));
    expect(flatState.iteration).toBe(state.iteration);
  });
});
