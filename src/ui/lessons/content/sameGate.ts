/**
 * Lesson `same-gate`: the same gate at every step on `shared-gate.json` (RY(theta) on the
 * hidden wire in each of four steps). The student predicts the number of occurrences, their
 * signs, the largest, and whether the parameter-shift contributions add up to the adjoint
 * gradient; the contributions come from the lab's exact analysis, the sum from the worker's
 * parameter-shift walkthrough.
 */
import { sci } from '../../explain/explainFormat';
import type { Lesson } from '../lessonTypes';
import { analysisFor, contributionsOf, isAnswer, missingParam, num, probeOf } from '../measures';

const PRESET = 'shared-gate.json';
const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] as const;
const STEPS = [0, 1, 2, 3].map((t) => ({ value: String(t), label: `Step ${t}` }));

/** `step 0: −0.250; step 1: −0.432; …`, each kept on one line. */
const listed = (cs: { step: number; contribution: number }[]) => cs.map((c) => `step\u00a0${c.step}:\u00a0${num(c.contribution)}`).join('; ');

/** The lesson. */
export const sameGate: Lesson = {
  name: 'same-gate',
  title: 'The same gate at every step',
  summary: 'One parameter, one occurrence per step: the contributions add up to the gradient.',
  preset: PRESET,
  experimentName: 'The same gate at every step',
  steps: [
    {
      title: 'One parameter, many gates',
      body: [
        'The cell runs once per step of the sequence, with the same parameters every time. RY(θ) on the hidden wire h0 is one gate of the cell, but unrolled over the sequence it acts once per step.',
        'Each of these gates is an occurrence of θ. Choose θ and the timeline lights them up.',
      ],
      actions: [{ kind: 'load-preset', file: PRESET }, { kind: 'choose-param', param: 'theta' }],
      prompt: {
        question: 'How many occurrences of θ does the timeline light up?',
        input: { kind: 'choice', options: [{ value: '1', label: 'One' }, { value: '4', label: 'Four' }, { value: '8', label: 'Eight' }] },
        answer(s) {
          const a = analysisFor(s, 'theta', PRESET);
          if (isAnswer(a)) return a;
          const cs = contributionsOf(a, 'theta');
          return { ready: true, value: String(cs.length), text: `${cs.length} occurrences over the ${a.steps} steps: one per step.` };
        },
      },
    },
    {
      title: 'One contribution per occurrence',
      body: [
        'Give each occurrence its own copy θₜ of the parameter. Then dL/dθ = Σₜ dL/dθₜ: each term is that occurrence’s contribution, how fast the loss changes when only that one gate’s angle moves.',
        'The timeline colours each occurrence by its contribution: blue negative, orange positive, paler when small.',
      ],
      prompt: {
        question: 'Will all four contributions have the same sign?',
        input: { kind: 'choice', options: YES_NO },
        answer(s) {
          const a = analysisFor(s, 'theta', PRESET);
          if (isAnswer(a)) return a;
          const cs = contributionsOf(a, 'theta');
          const same = cs.every((c) => Math.sign(c.contribution) === Math.sign(cs[0].contribution));
          return { ready: true, value: same ? 'yes' : 'no', text: `The lab’s contributions: ${listed(cs)}.` };
        },
      },
    },
    {
      title: 'Which step pulls hardest?',
      body: [
        'The Occurrences tab stacks the contributions into the total, one bar per occurrence, each starting where the previous one ended.',
      ],
      actions: [{ kind: 'show-tab', tab: 'bars' }, { kind: 'explain', param: 'theta', step: 1 }],
      prompt: {
        question: 'Which occurrence has the largest contribution in size?',
        input: { kind: 'choice', options: STEPS },
        answer(s) {
          const a = analysisFor(s, 'theta', PRESET);
          if (isAnswer(a)) return a;
          const cs = contributionsOf(a, 'theta');
          const top = cs.reduce((best, c) => (Math.abs(c.contribution) > Math.abs(best.contribution) ? c : best), cs[0]);
          return { ready: true, value: String(top.step), text: `Step ${top.step}: ${num(top.contribution)}. All of them: ${listed(cs)}.` };
        },
      },
    },
    {
      title: 'The sum is the gradient',
      body: [
        'Reveal asks the worker to run the parameter-shift rule on every occurrence separately (two shifted runs each) and to add the four contributions up, then compares the sum with the adjoint gradient, the dashed mark on the bars.',
      ],
      prompt: {
        question: 'Does the sum of the four parameter-shift contributions equal dL/dθ?',
        input: { kind: 'choice', options: [{ value: 'yes', label: 'Yes, to rounding' }, { value: 'approximately', label: 'Only approximately' }, { value: 'no', label: 'No' }] },
        probe: { param: 'theta', step: 0 },
        answer(s) {
          const missing = missingParam(s, 'theta', PRESET);
          if (missing) return missing;
          const p = probeOf(s, 'theta', 0);
          if (isAnswer(p)) return p;
          const gap = Math.abs(p.sum + p.headPart - p.adjoint);
          const value = gap < 1e-9 ? 'yes' : gap < 1e-3 ? 'approximately' : 'no';
          return { ready: true, value, text: `Σ of the ${p.occurrences.length} parameter-shift contributions = ${num(p.sum, 6)}; adjoint dL/dθ = ${num(p.adjoint, 6)}; they differ by ${gap === 0 ? 'nothing at all' : gap < 1e-9 ? `${sci(gap)}, round-off` : sci(gap)}.` };
        },
      },
    },
    {
      title: 'Training moves θ by the sum',
      body: [
        'Press Step: θ moves against the total, not against any one occurrence, and every contribution is recomputed at the new θ. A step whose contribution has the other sign is outvoted.',
        'Next: “Measurement does not break the rule”, on the same cell.',
      ],
      actions: [{ kind: 'train-step' }],
    },
  ],
};
