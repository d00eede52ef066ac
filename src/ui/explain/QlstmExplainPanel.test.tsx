/**
 * The QLSTM walkthrough's parts rendered to markup without a browser (react-dom/server) on
 * real replies of the qlstm-sine preset: each step shows the reply's numbers in tables with
 * column headers, the drawing names the shifted rotation and outlines one box, the mistake
 * and the bias result say what they compare. Interaction (the toggle, the form) needs a
 * browser and is left to the page.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { explainExperiment } from '../../worker/teaching';
import type { QlstmBiasSuccess, QlstmExplainSuccess, QlstmExplainTarget } from '../../worker/teachingProtocol';
import { num } from './explainFormat';
import { QlstmBackpropStep } from './QlstmBackpropStep';
import { QlstmBiasResult } from './QlstmBiasSection';
import { QlstmMiniCircuit } from './QlstmMiniCircuit';
import { QlstmMistakeBody } from './QlstmMistakeSection';
import { QlstmOccurrenceStep } from './QlstmOccurrenceStep';
import { QlstmProductStep } from './QlstmProductStep';
import { QlstmSumStep } from './QlstmSumStep';
import { val, zText } from './qlstmFormat';

const sine = readFileSync(new URL('../../../public/experiments/qlstm-sine.json', import.meta.url), 'utf8');
const explain = (at: QlstmExplainTarget): QlstmExplainSuccess => {
  const r = explainExperiment(sine, { kind: 'qlstm', ...at, withMistake: true }, 'in-thread');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const x = explain({ circuit: 'f', layer: 1, qubit: 2, angle: 'beta', step: 5 });
const count = (html: string, part: string) => html.split(part).length - 1;

describe('the QLSTM walkthrough\u2019s markup', () => {
  it('step 1 names the occurrence and lists the circuit\u2019s input with where each wire comes from', () => {
    const html = renderToStaticMarkup(<QlstmOccurrenceStep x={x} />);
    expect(html).toContain('forget gate VQC<sub>f</sub>');
    expect(html).toContain(`<code>f.1.2.beta</code> = ${num(x.value, 4)}`);
    expect(html).toContain('12 occurrences');
    for (const header of ['qubit j', 'from']) expect(html).toContain(`<th scope="col">${header}</th>`);
    expect(html).toContain('x<sub>5</sub>');
    expect(html).toContain('h<sub>4,2</sub>');
    x.input.forEach((u) => expect(html).toContain(`<td>${num(u)}</td>`));
  });

  it('the drawing names the shifted rotation and outlines one box, with the earlier layer folded', () => {
    const html = renderToStaticMarkup(<QlstmMiniCircuit x={x} shiftLabel={'β+π/2'} shiftedValue="1.2345" />);
    expect(html).toContain('role="img" aria-label="forget gate VQC_f at step 5 on 4 qubits, RY(β) of qubit 2 in layer 1 shifted by +π/2 to 1.2345"');
    expect(count(html, 'qc-shifted')).toBe(1);
    expect(count(html, 'class="qc-folded"')).toBe(1);
    expect(html).toContain('>layer</text>');
    // Four qubits: the rings j -> j+1 and j -> j+2, four CNOTs each.
    expect(count(html, 'class="tl-target"')).toBe(8);
    const first = renderToStaticMarkup(<QlstmMiniCircuit x={explain({ circuit: 'y', layer: 0, qubit: 0, angle: 'alpha', step: 0 })} shiftLabel={'α−π/2'} shiftedValue="0" />);
    // Layer 0 of two: the later layer folded after it, and wires of m_t drawn neutral.
    expect(count(first, 'class="qc-folded"')).toBe(1);
    expect(first).toContain('>layer</text>');
    expect(count(first, 'class="tl-wire qc-wire"')).toBe(4);
  });

  it('steps 4 to 6 show dL/da, the products summing to the contribution and every occurrence against the adjoint', () => {
    const back = renderToStaticMarkup(<QlstmBackpropStep x={x} />);
    x.dLda.forEach((g) => expect(back).toContain(`<td>${val(g)}</td>`));
    expect(back).not.toContain('qlstm-zero');
    const idle = renderToStaticMarkup(<QlstmBackpropStep x={explain({ circuit: 'f', layer: 0, qubit: 1, angle: 'alpha', step: 0 })} />);
    expect(idle).toContain('At step 0 the forget gate multiplies c₋₁ = 0');
    const product = renderToStaticMarkup(<QlstmProductStep x={x} />);
    expect(product).toContain(`data-testid="qlstm-contribution">${val(x.contribution)}</td>`);
    const sum = renderToStaticMarkup(<QlstmSumStep x={x} />);
    expect(count(sum, '<tr')).toBe(1 + 12 + 3);
    expect(count(sum, '<table')).toBe(2);
    expect(sum).toContain('aria-current="true"><td>t = 5<span class="explain-tag">this one</span>');
    expect(sum).toContain(`data-testid="qlstm-adjoint">${val(x.adjoint)}</td>`);
  });

  it('the mistake is struck out where it is wrong and not in the output map', () => {
    const wrong = renderToStaticMarkup(<QlstmMistakeBody x={x} mistake={x.mistake as NonNullable<QlstmExplainSuccess['mistake']>} />);
    expect(wrong).toContain('class="is-wrong"');
    expect(wrong).toContain(`data-testid="qlstm-mistake">${val(x.mistake?.contribution ?? NaN)}</dd>`);
    expect(wrong).toContain('The memory is classical and the gates are non-linear');
    const y = explain({ circuit: 'y', layer: 0, qubit: 1, angle: 'beta', step: 7 });
    const right = renderToStaticMarkup(<QlstmMistakeBody x={y} mistake={y.mistake as NonNullable<QlstmExplainSuccess['mistake']>} />);
    expect(right).not.toContain('is-wrong');
    expect(right).toContain('Here the two agree');
  });

  it('the bias result tabulates both quantities and judges each', () => {
    const r = explainExperiment(sine, { kind: 'qlstm-bias', circuit: 'f', layer: 1, qubit: 2, angle: 'beta', step: 5, shots: 20, seeds: 6 }, 'in-thread');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const b: QlstmBiasSuccess = r;
    const html = renderToStaticMarkup(<QlstmBiasResult b={b} x={x} />);
    for (const header of ['quantity', 'exact', 'mean ± standard error', 'bias (standard errors)', 'beyond noise']) expect(html).toContain(`<th scope="col">${header}</th>`);
    expect(html).toContain(`data-testid="qlstm-bias-occurrence">${val(b.occurrence.bias)} (${zText(b.occurrence)})</td>`);
    expect(html).toContain(`data-testid="qlstm-bias-parameter">${val(b.parameter.bias)} (${zText(b.parameter)})</td>`);
    expect(html).toContain('6 estimates at 20 shots per execution; each estimate ran 1,008 circuit executions');
    expect(count(html, 'The mean of ')).toBe(2);
  });
});
