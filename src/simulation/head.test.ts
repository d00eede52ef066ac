import { describe, expect, it } from 'vitest';
import type { Head } from '../model/types';
import { outputsOf, weightedOutputs } from './head';

describe('weightedOutputs', () => {
  it('is the outputs of outputsOf weighted and summed in order, bit for bit, for one head and for several', () => {
    const params = { a: 0.3, b: -1.7, c: 0.11, bias: 0.05, d: 2.5 };
    const one: Head = { weights: ['a', 'b'], bias: 'bias' };
    const several: Head[] = [one, { weights: ['c', 0.4], bias: 'd' }, { weights: [-0.2, 'a'], bias: 0 }];
    const features = [0.123456789, -0.987654321];
    for (const head of [one, several]) {
      const model = { head };
      const dLdy = [0.7, -1.3, 0.01].slice(0, Array.isArray(head) ? head.length : 1);
      const y = outputsOf(model, params, features);
      let sum = dLdy[0] * y[0];
      for (let j = 1; j < y.length; j++) sum += dLdy[j] * y[j];
      expect(Object.is(weightedOutputs(model, params, features, dLdy), sum)).toBe(true);
    }
  });
});
