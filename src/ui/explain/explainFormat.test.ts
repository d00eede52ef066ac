/**
 * The Explain panel's text on real replies (the worker's function in-thread): numbers with a
 * true minus, tiny differences in scientific form, shifts and weights by name, the angle
 * with its terms, and every formula parsing in KaTeX with `throwOnError` on. Also checks
 * the loss derivative the panel states against the worker's `dL/dyhat`.
 */
import katex from 'katex';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainExperiment } from '../../worker/teaching';
import type { ExplainSuccess } from '../../worker/protocol';
import {
  angleTex, carryText, chainSteps, chainTex, contributionTex, derivativeTex, FOUR_TERM_CONSTANTS_TEX, inputTex, LOSS_TEX,
  num, ruleTex, sci, shiftTex, shiftText, slopeTex, texNum, weightText,
} from './explainFormat';

const preset = (name: string) => readFileSync(new URL(`../../../public/experiments/${name}.json`, import.meta.url), 'utf8');

function explain(text: string, gate: number, step: number): ExplainSuccess {
  const reply = explainExperiment(text, { gate, step }, 'in-thread');
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return reply;
}

const parses = (tex: string) => expect(() => katex.renderToString(tex, { throwOnError: true, trust: false })).not.toThrow();

describe('numbers', () => {
  it('num, texNum and sci write a true minus, parentheses in products and powers of ten', () => {
    expect(num(-0.0421371)).toBe('\u22120.042137');
    expect(num(-1e-9)).toBe('0.000000');
    expect(texNum(-0.5, 2, true)).toBe('(-0.50)');
    expect(texNum(0.5, 2, true)).toBe('0.50');
    expect(sci(4.440892098500626e-16)).toBe('4.4 × 10\u207b\u00b9\u2076');
    expect(sci(0)).toBe('0');
  });

  it('names shifts and weights: +π/2, −3π/2, ±½, ±c₁, ±c₂', () => {
    expect([Math.PI / 2, -Math.PI / 2, 3 * Math.PI / 2, -3 * Math.PI / 2].map(shiftText)).toEqual(['+π/2', '\u2212π/2', '+3π/2', '\u22123π/2']);
    expect(shiftTex(-3 * Math.PI / 2)).toBe('-\\tfrac{3\\pi}{2}');
    expect(weightText('two-term', -0.5)).toBe('\u2212½');
    const c1 = (Math.SQRT2 + 1) / (4 * Math.SQRT2);
    const c2 = (Math.SQRT2 - 1) / (4 * Math.SQRT2);
    expect([c1, -c1, -c2, c2].map((w) => weightText('four-term', w))).toEqual(['+c₁', '\u2212c₁', '\u2212c₂', '+c₂']);
  });
});

describe('formulas', () => {
  it('fills the shared-gate walkthrough with its numbers, each formula parsing in KaTeX', () => {
    const x = explain(preset('shared-gate'), 2, 1);
    expect(angleTex(x)).toBe('a = c + f\\,\\theta = 0.0000 + 1.0000 \\cdot 0.4000 = 0.4000');
    expect(inputTex(x.angle, x.step)).toBeNull();
    expect(slopeTex(x)).toBe('\\frac{\\partial a}{\\partial \\theta} = f = 1.0000 = 1.0000');
    expect(chainSteps(x)).toEqual([1, 2, 3]);
    expect(derivativeTex(x, 2)).toMatch(/^\\frac\{\\partial \\hat y_\{2\}\}\{\\partial a\} = \\tfrac12\\left\[/);
    for (const tex of [angleTex(x), slopeTex(x), chainTex(x), contributionTex(x), derivativeTex(x, 3), ruleTex('two-term'), ruleTex('four-term'), FOUR_TERM_CONSTANTS_TEX, LOSS_TEX]) parses(tex);
  });

  it('writes u(x_t) for an input-scaled angle with a transform, and the four-term difference', () => {
    const text = preset('shared-gate').replace('"param": "phi"', '"param": "phi", "input": true, "transform": "arccos", "factor": 2');
    const x = explain(text, 4, 2);
    expect(inputTex(x.angle, 2)).toBe('u(x_{2}) = \\arccos\\left(x_{2}\\right) = \\arccos(0.9000) = 0.4510');
    expect(angleTex(x)).toBe('a = c + f\\,\\theta\\,u(x_{2}) = 0.0000 + 2.0000 \\cdot (-0.3000) \\cdot 0.4510 = -0.2706');
    parses(inputTex(x.angle, 2) as string);
    const cry = explain(preset('sine'), 4, 5);
    expect(derivativeTex(cry, 8)).toMatch(/ - c_2\\left\[/);
    parses(derivativeTex(cry, 8));
    parses(chainTex(cry));
  });

  it('states the loss derivative the worker uses: dL/dyhat_s = 2 (yhat_s - y_s) / |S|', () => {
    const x = explain(preset('sine'), 1, 0);
    const scored = x.targets.flatMap((y, s) => (y !== null && s >= 2 ? [s] : []));
    for (const s of scored) expect(x.dLdy[s][0]).toBeCloseTo((2 * (x.outputs[s][0] - (x.targets[s] as number[])[0])) / scored.length, 14);
    expect(x.dLdy[0]).toEqual([0]);
  });
});

describe('carryText(model, step)', () => {
  it('speaks of the hidden register only when the model has one', () => {
    expect(carryText({ recurrence: 'measure-reset', hiddenQubits: 2 }, 3)).toBe('Before step 3 nothing has changed yet; from step 3 on, the hidden register carries the shift forward.');
    const none = carryText({ recurrence: 'measure-reset', hiddenQubits: 0 }, 0);
    expect(none).not.toMatch(/hidden register/);
    expect(none).toBe("Only step 0's output changes: this model has no hidden qubits, so every step starts afresh and nothing carries the shift forward.");
    expect(carryText({ recurrence: 'coherent', hiddenQubits: 0 }, 2)).not.toMatch(/hidden/);
  });
});
