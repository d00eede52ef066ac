/**
 * Lesson `measure-reset`: measurement and reset between the steps do not break the shift
 * rule, because each step is a linear channel on the hidden register. On `shared-gate.json`
 * the student compares the worker's parameter-shift contribution of every occurrence with
 * the adjoint one, counts what they cost, and meets the common mistake of shifting the
 * parameter in every step at once.
 */
import { formatExponent } from '../../../text/format';
import type { Lesson } from '../lessonTypes';
import { analysisFor, contributionsOf, isAnswer, missingParam, num, probeOf } from '../measures';

const PRESET = 'shared-gate.json';
const PROBE = { param: 'theta', step: 1 } as const;

/** The lesson. */
export const measureReset: Lesson = {
  name: 'measure-reset',
  title: 'Measurement does not break the rule',
  summary: 'The data qubit is measured and reset every step, and parameter-shift stays exact.',
  preset: PRESET,
  experimentName: 'The same gate at every step',
  steps: [
    {
      title: 'A measurement in every step',
      body: [
        'At the end of every step the data qubit d0 is measured and reset to |0⟩: the meter at the end of its wire. Only the hidden wire h0 carries over to the next step.',
        'A measurement is not a unitary gate. Does the parameter-shift rule still hold for an occurrence of θ that has measurements after it?',
      ],
      actions: [{ kind: 'load-preset', file: PRESET }, { kind: 'choose-param', param: 'theta' }],
    },
    {
      title: 'Each step is a linear channel',
      body: [
        'Averaged over its outcomes, measure-and-reset is a fixed linear map on density matrices, and so is the whole step: ρₕ ↦ Tr_d[M(U (|0⟩⟨0| ⊗ ρₕ) U†)].',
        'An angle a enters U as exp(−iaG/2) with G² = 1, so every later expectation is A + B cos a + C sin a, whatever linear maps follow: exactly the form the two-term rule differentiates.',
      ],
      prompt: {
        question: 'Will parameter-shift give the same contribution as the adjoint method for every occurrence of θ?',
        input: { kind: 'choice', options: [{ value: 'yes', label: 'Yes, to rounding' }, { value: 'approximately', label: 'Only approximately' }, { value: 'no', label: 'No, the rule breaks' }] },
        probe: PROBE,
        answer(s) {
          const a = analysisFor(s, 'theta', PRESET);
          if (isAnswer(a)) return a;
          const p = probeOf(s, PROBE.param, PROBE.step);
          if (isAnswer(p)) return p;
          const adjoint = contributionsOf(a, 'theta');
          const rows = p.occurrences.map((o) => ({ step: o.step, shift: o.contribution, adjoint: adjoint.find((c) => c.step === o.step && c.gate === o.gate)?.contribution ?? NaN }));
          const gap = Math.max(...rows.map((r) => Math.abs(r.shift - r.adjoint)));
          const value = gap < 1e-9 ? 'yes' : gap < 1e-3 ? 'approximately' : 'no';
          const listed = rows.map((r) => `step ${r.step}: ${num(r.shift, 6)} vs ${num(r.adjoint, 6)}`).join('; ');
          return { ready: true, value, text: `Parameter-shift vs adjoint, per occurrence: ${listed}. Largest difference ${formatExponent(gap, 1)}.` };
        },
      },
    },
    {
      title: 'What one contribution costs',
      body: [
        'Each occurrence gets its own pair of runs of the whole sequence: θ shifted by +π/2 at that step only, then by −π/2, everything else as it was. Explain shows the pair for step 1.',
      ],
      actions: [{ kind: 'explain', param: 'theta', step: 1 }],
      prompt: {
        question: 'How many circuit executions does parameter-shift need for all of θ’s contributions?',
        input: { kind: 'choice', options: [{ value: '2', label: '2' }, { value: '4', label: '4' }, { value: '8', label: '8' }] },
        probe: PROBE,
        answer(s) {
          const missing = missingParam(s, 'theta', PRESET);
          if (missing) return missing;
          const p = probeOf(s, PROBE.param, PROBE.step);
          if (isAnswer(p)) return p;
          const runs = p.occurrences.length * p.shifted.length;
          return { ready: true, value: String(runs), text: `${p.occurrences.length} occurrences × ${p.shifted.length} shifted runs (the ${p.rule} rule) = ${runs} executions of the sequence.` };
        },
      },
    },
    {
      title: 'The common mistake',
      body: [
        'Shifting θ itself, in all four steps at once, is not the rule: the four shifts interact through the hidden register, and the half-difference is no longer the derivative.',
      ],
      prompt: {
        question: 'Shift θ by ±π/2 in every step at once and take the half-difference: is that dL/dθ?',
        input: { kind: 'choice', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
        probe: PROBE,
        answer(s) {
          const missing = missingParam(s, 'theta', PRESET);
          if (missing) return missing;
          const p = probeOf(s, PROBE.param, PROBE.step);
          if (isAnswer(p)) return p;
          if (p.mistake === null) return { ready: true, value: 'no', text: 'The lab did not compute the shifted-at-once value.' };
          const same = Math.abs(p.mistake - p.total) < 1e-9;
          return { ready: true, value: same ? 'yes' : 'no', text: `Shifted at once: ${num(p.mistake, 4)}. The sum of the occurrences’ contributions, dL/dθ: ${num(p.total, 4)}.` };
        },
      },
    },
  ],
};
