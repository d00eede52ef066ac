/**
 * `createStepper`: step by step, the outputs are those of `simulate` on the same inputs, bit
 * for bit, with and without gate noise (the isometry and the density engine), and with
 * several outputs.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkCase } from '../cli/bench/benchModel';
import type { Model } from '../model/types';
import { simulate } from './simulate';
import { createStepper } from './stepper';

describe('createStepper(model, params).step(x)', () => {
  const c = benchmarkCase(2, 2, 9);
  const noisy: Model = { ...c.model, noise: { p1: 0.01, p2: 0.02, gamma: 0.05, q: 0.01 } };
  const twoOutputs: Model = { ...c.model, readout: [{ observable: 'Z', wire: 0 }, { observable: 'X', wire: 1 }], head: [{ weights: [1, 0.5], bias: 0.1 }, { weights: [-0.3, 2], bias: 0 }] };
  for (const [name, model] of [['noise-free', c.model], ['noisy', noisy], ['two outputs', twoOutputs]] as const) {
    it(`gives simulate's outputs step by step (${name})`, () => {
      const stepper = createStepper(model, c.params);
      const stepped = c.sequence.inputs.map((x) => stepper.step(x));
      expect(stepped).toEqual(simulate(model, c.params, c.sequence, c.loss).outputs);
    });
  }
});
