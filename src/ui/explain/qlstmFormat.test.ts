/**
 * The QLSTM Explain panel's text on real replies (the worker's function in-thread, on the
 * qlstm-sine preset): circuits and angles in words, where each input wire comes from, every
 * formula parsing in KaTeX with the reply's numbers in it, the mistake's sentence per case,
 * the bias form's checks agreeing with the worker's refusal, and the bias verdicts.
 */
import katex from 'katex';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QLSTM_CIRCUITS } from '../../model/types';
import { explainExperiment } from '../../worker/teaching';
import type { QlstmBiasStatistics, QlstmExplainSuccess, QlstmExplainTarget } from '../../worker/teachingProtocol';
import { texNum } from './explainFormat';
import {
  angleGate, angleSymbol, backpropTex, biasVerdict, circuitText, contributionTex, derivativeTex, inputSource, inputTex, meanText,
  mistakeText, mostSeeds, occurrenceText, parseBiasFields, ruleTex, seedsHint, sumTex, texVal, val,
} from './qlstmFormat';

const sine = readFileSync(new URL('../../../public/experiments/qlstm-sine.json', import.meta.url), 'utf8');

function explain(at: QlstmExplainTarget): QlstmExplainSuccess {
  const reply = explainExperiment(sine, { kind: 'qlstm', ...at, withMistake: true }, 'in-thread');
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return reply;
}

const parses = (tex: string) => expect(() => katex.renderToString(tex, { throwOnError: true, trust: false }), tex).not.toThrow();
const forget = explain({ circuit: 'f', layer: 1, qubit: 2, angle: 'beta', step: 5 });

describe('names', () => {
  it('says which circuit, angle and gate in words', () => {
    expect(QLSTM_CIRCUITS.map(circuitText)).toEqual(['forget gate VQC_f', 'input gate VQC_i', 'candidate memory VQC_g', 'output gate VQC_o', 'hidden map VQC_h', 'output map VQC_y']);
    expect([angleSymbol('alpha'), angleSymbol('beta'), angleSymbol('gamma')]).toEqual(['α', 'β', 'γ']);
    expect([angleGate('alpha'), angleGate('beta'), angleGate('gamma')]).toEqual(['RZ', 'RY', 'RZ']);
    expect(occurrenceText(forget)).toBe('β of qubit 2 in layer 1 of the forget gate VQC_f, step 5');
  });

  it('names each input wire by where the recurrence takes it from', () => {
    expect([0, 1, 3].map((j) => inputSource(forget, j))).toEqual([{ symbol: 'x', index: '5' }, { symbol: 'h', index: '4,0' }, { symbol: 'h', index: '4,2' }]);
    expect(inputSource({ circuit: 'y', inputSize: 1, step: 5 }, 2)).toEqual({ symbol: 'm', index: '5,2' });
    expect(inputSource({ circuit: 'g', inputSize: 2, step: 3 }, 1)).toEqual({ symbol: 'x', index: '3,1' });
    expect(inputSource({ circuit: 'o', inputSize: 1, step: 0 }, 2)).toEqual({ symbol: 'h', index: '\u22121,1' });
  });
});

describe('formulas', () => {
  it('fill the rule, the products and the sum with the reply\u2019s numbers, each parsing in KaTeX', () => {
    const j = 1;
    expect(derivativeTex(forget, j)).toBe(`\\frac{\\partial a_{1}}{\\partial \\beta} = \\tfrac12\\left[${texNum(forget.shifted[0].outputs[j], 4, true)} - ${texNum(forget.shifted[1].outputs[j], 4, true)}\\right] = ${texVal(forget.dadangle[j])}`);
    expect(contributionTex(forget).endsWith(`= ${texVal(forget.contribution)}`)).toBe(true);
    expect(contributionTex(forget)).toContain(texVal(forget.products[0], true));
    expect(sumTex(forget)).toBe(`\\frac{\\partial L}{\\partial \\beta} = \\sum_{t=0}^{11} \\frac{\\partial L}{\\partial \\beta}\\Big|_{t} = ${texVal(forget.sum)}`);
    expect([texVal(-1.59642e-5, true), texVal(2.5e-4), texVal(0.0123)]).toEqual(['(-1.5964 \\times 10^{-5})', '2.5000 \\times 10^{-4}', '0.012300']);
    expect(inputTex(forget)).toBe('u = v_{5} = \\left[x_{5},\\; h_{4}\\right]');
    const tex = [derivativeTex(forget, 0), contributionTex(forget), sumTex(forget), inputTex(forget), inputTex({ circuit: 'o', step: 0 }), inputTex({ circuit: 'h', step: 2 })];
    for (const t of [...tex, ...QLSTM_CIRCUITS.map(backpropTex), ruleTex('alpha'), ruleTex('beta'), ruleTex('gamma')]) parses(t);
  });
});

describe('the common mistake\u2019s sentence', () => {
  it('says why it is wrong in a gate, why it is right in the output map, and when both vanish', () => {
    expect(mistakeText(forget)).toMatch(/^The memory is classical and the gates are non-linear/);
    const y = explain({ circuit: 'y', layer: 0, qubit: 1, angle: 'beta', step: 7 });
    expect(Math.abs(y.mistake?.difference ?? 1)).toBeLessThan(1e-12);
    expect(mistakeText(y)).toMatch(/^Here the two agree: the output map’s results reach only step 7’s prediction/);
    const idle = explain({ circuit: 'f', layer: 0, qubit: 0, angle: 'beta', step: 0 });
    expect(idle.contribution).toBe(0);
    expect(mistakeText(idle)).toMatch(/^Here both vanish/);
  });
});

describe('the bias form and verdicts', () => {
  it('checks each field beside it, the seeds against the same bound the worker enforces', () => {
    expect(parseBiasFields({ shots: '100', seeds: '50' }, forget.biasCost)).toEqual({ ok: true, settings: { shots: 100, seeds: 50 } });
    expect(parseBiasFields({ shots: '0', seeds: '1' }, forget.biasCost)).toEqual({ ok: false, errors: { shots: 'A whole number from 1 to 1,000,000.', seeds: 'A whole number from 2 to 2,000.' } });
    expect(parseBiasFields({ shots: '1.5', seeds: '10' }, forget.biasCost)).toMatchObject({ ok: false, errors: { shots: expect.any(String) } });
    const most = mostSeeds(forget.biasCost, 100);
    expect(parseBiasFields({ shots: '100', seeds: String(most) }, forget.biasCost).ok).toBe(true);
    expect(parseBiasFields({ shots: '100', seeds: String(most + 1) }, forget.biasCost)).toEqual({ ok: false, errors: { seeds: `At most ${most} at 100 shots on this model and sequence (about two seconds of work).` } });
    // The hint under the seeds field says what the problem would: the same bound, and none for shots the worker refuses.
    expect(seedsHint('100', forget.biasCost)).toBe(`At most ${most} at 100 shots on this model and sequence (about two seconds of work).`);
    expect(seedsHint('5000000', forget.biasCost)).toBeNull();
    expect(seedsHint('0', forget.biasCost)).toBeNull();
    expect(seedsHint('1e3', forget.biasCost)).toBeNull();
    const refused = explainExperiment(sine, { kind: 'qlstm-bias', circuit: 'f', layer: 1, qubit: 2, angle: 'beta', step: 5, shots: 100, seeds: most + 1 }, 'in-thread');
    expect(refused.ok ? '' : refused.errors[0].message).toMatch(new RegExp(`^At most ${most} seeds at 100 shots`));
  });

  it('judges a bias by three standard errors, with the numbers in words', () => {
    const stats = (bias: number, beyondNoise: boolean): QlstmBiasStatistics => ({ estimates: [], mean: 0.01 + bias, std: 0.001, standardError: 0.0001, exact: 0.01, bias, beyondNoise });
    expect(meanText(stats(0.0005, true))).toBe('0.010500 ± 1.0000e\u22124');
    expect(biasVerdict('this occurrence’s estimates', stats(0.0005, true), { shots: 100, seeds: 100 })).toBe('The mean of this occurrence’s estimates is off the exact value by 5.0000e\u22124, 5.0 standard errors: beyond the seeds’ noise, a bias of the estimate at 100 shots, not bad luck.');
    expect(biasVerdict('the gradient’s estimates', stats(-0.0002, false), { shots: 100, seeds: 100 })).toMatch(/^The mean of the gradient’s estimates is off the exact value by \u22122.0000e\u22124, 2.0 standard errors: within the seeds’ noise/);
    const exact = { estimates: [0, 0], mean: 0, std: 0, standardError: 0, exact: 0, bias: 0, beyondNoise: false };
    expect(biasVerdict('this occurrence’s estimates', exact, { shots: 10, seeds: 2 })).toMatch(/^Every one of this occurrence’s estimates equals the exact value/);
    expect([val(0.0123), val(-2.5e-4), val(0)]).toEqual(['0.012300', '\u22122.5000e\u22124', '0.000000']);
  });
});
