/**
 * Lesson `memory-beside`: "Memory in a circuit or beside it" (docs/spec.md §7). A QRNN keeps
 * its memory in the hidden qubits, so every step is a linear channel and shifting one
 * occurrence, then re-running the whole sequence, gives its exact contribution; a QLSTM keeps
 * it beside the circuits, in `c_t`, and the same recipe gives a wrong number except in the
 * output map; with shots, estimates fed through σ and tanh bias the gradient. Every answer is
 * read from the lab by the lesson's probe (the walkthrough the Explain panel shows, kept by
 * the lesson): the QRNN's, the QLSTM's with its common mistake, and its bias measurement.
 */
import { formatExponent } from '../../../text/format';
import type { Lesson } from '../lessonTypes';
import { isAnswer, missingParam, num, probeOf, qlstmBiasProbeOf, qlstmProbeOf } from '../measures';

const QRNN = 'sine.json';
const QLSTM = 'qlstm-sine.json';
/** An occurrence of the candidate-memory circuit, whose result reaches the loss only through c_t. */
const GATE = { param: 'g.0.1.beta', step: 3 };
/** An occurrence of the output map, whose result reaches only that step's prediction, through the head. */
const OUTPUT = { param: 'y.0.0.alpha', step: 5 };
const SHOTS = 10;
const SEEDS = 200;
const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] as const;

/** Whether two values agree to rounding. */
const agree = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The lesson. */
export const memoryBeside: Lesson = {
  name: 'memory-beside',
  title: 'Memory in a circuit or beside it',
  summary: 'QRNN against QLSTM: where parameter-shift may re-run the sequence, and where shots bias it.',
  preset: QRNN,
  experimentName: 'Sine prediction, 1 data + 2 hidden',
  steps: [
    {
      title: 'Memory in the circuit',
      body: [
        'A QRNN carries its memory in the hidden qubits: each step applies one quantum channel to the state, and nothing but measurement outcomes leaves the device until the outputs.',
        'Its parameter-shift rule shifts one occurrence of a parameter by ±π/2 and re-runs the whole sequence; the two runs give that occurrence’s contribution.',
      ],
      actions: [{ kind: 'load-preset', file: QRNN }, { kind: 'explain', param: 'a', step: 0 }],
      prompt: {
        question: 'Will the contributions found this way, one re-run sequence per shift, add up to the exact (adjoint) dL/da?',
        input: { kind: 'choice', options: YES_NO },
        probe: { param: 'a', step: 0 },
        answer(s) {
          const missing = missingParam(s, 'a', QRNN);
          if (missing) return missing;
          const p = probeOf(s, 'a', 0);
          if (isAnswer(p)) return p;
          const total = p.sum + p.headPart;
          return {
            ready: true, value: agree(total, p.adjoint) ? 'yes' : 'no',
            text: `Σ of the ${p.occurrences.length} contributions = ${num(total, 6)}; adjoint dL/da = ${num(p.adjoint, 6)}; difference ${formatExponent(Math.abs(total - p.adjoint), 1)}. Every step is linear in the state, so each output is a sinusoid in one occurrence’s angle, and two shifted runs give its exact derivative.`,
          };
        },
      },
    },
    {
      title: 'Memory beside the circuits',
      body: [
        'A QLSTM (Chen, Yoo & Fang) is an LSTM whose four gates and two output maps are small circuits. Its memory c_t is classical: each circuit’s results go through σ or tanh, into c_t and into later circuits’ inputs.',
        'Open the cell’s circuits to see them. Here parameter-shift is local: the occurrence is shifted inside that one circuit evaluation, which gives ∂a/∂β, and back-propagation through the classical LSTM supplies ∂L/∂a.',
      ],
      actions: [{ kind: 'load-preset', file: QLSTM }, { kind: 'explain', ...GATE }],
      prompt: {
        question: `Shift ${GATE.param} at step ${GATE.step} (in VQC_g, the candidate memory) by ±π/2 and re-run the whole sequence, as the QRNN does. Will that give the same contribution as the local rule?`,
        input: { kind: 'choice', options: YES_NO },
        probe: GATE,
        answer(s) {
          const x = qlstmProbeOf(s, GATE.param, GATE.step, QLSTM);
          if (isAnswer(x)) return x;
          return {
            ready: true, value: agree(x.mistake.contribution, x.contribution) ? 'yes' : 'no',
            text: `The whole-sequence shift gives ${formatExponent(x.mistake.contribution, 4)}; the local rule ${formatExponent(x.contribution, 4)} (which the adjoint confirms). The shifted results pass through σ, tanh and c_t into every later step: the outputs are no longer sinusoids in the angle. Switch on “Show the common mistake” to see both.`,
          };
        },
      },
    },
    {
      title: 'Where the recipe still holds',
      body: [
        'VQC_y, the output map, is read by the head alone: its results at step t reach only that step’s prediction, linearly, and feed no memory.',
      ],
      actions: [{ kind: 'explain', ...OUTPUT }],
      prompt: {
        question: `And for ${OUTPUT.param} at step ${OUTPUT.step}, in the output map: will the whole-sequence shift agree with the local rule?`,
        input: { kind: 'choice', options: YES_NO },
        probe: OUTPUT,
        answer(s) {
          const x = qlstmProbeOf(s, OUTPUT.param, OUTPUT.step, QLSTM);
          if (isAnswer(x)) return x;
          return {
            ready: true, value: agree(x.mistake.contribution, x.contribution) ? 'yes' : 'no',
            text: `Both give ${formatExponent(x.contribution, 4)} (difference ${formatExponent(Math.abs(x.mistake.difference), 1)}): an output map’s result is a sinusoid in its own angle, and the head adds it linearly.`,
          };
        },
      },
    },
    {
      title: 'Shots and the non-linear gates',
      body: [
        `On hardware each result is a mean of shots. Parameter-shift with ${SHOTS} shots per execution gives a noisy estimate; the question is whether it is right on average.`,
        `The button explains ${GATE.param} at step ${GATE.step} again and repeats its estimate with ${SEEDS} seeds in the Explain panel, which compares their mean with the exact value; Reveal measures it the same way.`,
      ],
      actions: [{ kind: 'measure-bias', ...GATE, shots: SHOTS, seeds: SEEDS }],
      prompt: {
        question: `Will the mean of the ${SEEDS} estimates land on the exact contribution, within its noise?`,
        input: { kind: 'choice', options: YES_NO },
        probe: { ...GATE, bias: { shots: SHOTS, seeds: SEEDS } },
        answer(s) {
          const b = qlstmBiasProbeOf(s, GATE.param, GATE.step, QLSTM);
          if (isAnswer(b)) return b;
          const o = b.occurrence;
          return {
            ready: true, value: o.beyondNoise ? 'no' : 'yes',
            text: `Mean ${formatExponent(o.mean, 3)} ± ${formatExponent(o.standardError, 2)} against the exact ${formatExponent(o.exact, 3)}: a bias of ${num(Math.abs(o.bias / o.standardError), 1)} standard errors. The estimated results feed σ and tanh, whose curvature turns noise into a shift; in a QRNN the estimate of each output is unbiased.`,
          };
        },
      },
    },
    {
      title: 'What to take away',
      body: [
        'Quantum memory (a QRNN): every occurrence may be shifted and the whole sequence re-run; the rule is exact, and with shots unbiased.',
        'Classical memory beside circuits (a QLSTM): shift locally, inside one circuit evaluation, and chain through the classical part; with few shots, expect a biased gradient. Compare the two models on the same data in the study “The QRNN against the QLSTM, beside an LSTM”.',
      ],
    },
  ],
};
