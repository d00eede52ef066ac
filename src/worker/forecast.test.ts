/**
 * The free-running forecast: only for next-step prediction of one scalar series (checked on
 * the window), its first value is the window's last output, and each later value is what
 * the model outputs when fed its own previous output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSequence } from '../data/index';
import { parseExperimentText } from '../model/parse';
import { simulate } from '../simulation/simulate';
import { freeRunForecast, isSelfPrediction, MAX_FORECAST_STEPS } from './forecast';

const parsed = parseExperimentText(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the sine preset must parse');
const { model, params, loss, data } = parsed.experiment;
const window = firstSequence(data);
if (!window) throw new Error('the sine preset must give a window');

describe('isSelfPrediction(sequence)', () => {
  it('accepts a window whose targets are its next inputs', () => {
    expect(isSelfPrediction(window)).toBe(true);
  });

  it('refuses vector inputs and targets from another series', () => {
    expect(isSelfPrediction({ inputs: [[0, 1], [1, 2]], targets: [[1], null] })).toBe(false);
    expect(isSelfPrediction({ inputs: [[0], [1], [2]], targets: [[5], [6], [7]] })).toBe(false);
    expect(isSelfPrediction({ inputs: [[0], [1], [2]], targets: [[1, 0], [2, 0], null] })).toBe(false);
    expect(isSelfPrediction({ inputs: [[0], [1]], targets: [null, null] })).toBe(false);
  });
});

describe('freeRunForecast(model, params, sequence, loss, steps)', () => {
  it('starts from the window\'s last output and feeds each output back as the next input (1e-12)', () => {
    const forecast = freeRunForecast(model, params, window, loss, 3);
    if (!forecast) throw new Error('expected a forecast');
    const first = simulate(model, params, window, loss).outputs;
    expect(forecast[0]).toBeCloseTo(first[first.length - 1][0], 12);
    const fed = { inputs: [...window.inputs, [forecast[0]], [forecast[1]]], targets: [] };
    const again = simulate(model, params, { ...fed, targets: fed.inputs.map(() => null) }, loss).outputs;
    expect(forecast[1]).toBeCloseTo(again[window.inputs.length][0], 12);
    expect(forecast[2]).toBeCloseTo(again[window.inputs.length + 1][0], 12);
  });

  it('gives as many steps as the window by default, at most the cap, and null for other tasks', () => {
    expect(freeRunForecast(model, params, window, loss)).toHaveLength(window.inputs.length);
    expect(freeRunForecast(model, params, window, loss, 500)).toHaveLength(MAX_FORECAST_STEPS);
    expect(freeRunForecast(model, params, { inputs: [[0], [1]], targets: [[3], null] }, loss)).toBeNull();
  });
});
