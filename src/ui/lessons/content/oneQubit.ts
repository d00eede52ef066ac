/**
 * Lesson `one-qubit`: the parameter-shift rule by hand on `one-qubit.json`, where the cell
 * is RY(theta) on one qubit, the output is ⟨Z⟩ = cos theta and the target is 0. The student
 * predicts the output, which shifted circuit reads higher, the sign of dL/dtheta and the
 * direction of one training step; each answer is read from the lab.
 */
import type { Lesson } from '../lessonTypes';
import { analysisFor, isAnswer, missingParam, notYet, num, probeOf } from '../measures';

const PRESET = 'one-qubit.json';
const UP_DOWN = [{ value: 'larger', label: 'Larger' }, { value: 'smaller', label: 'Smaller' }] as const;

/** The lesson. */
export const oneQubit: Lesson = {
  name: 'one-qubit',
  title: 'The shift rule by hand',
  summary: 'One qubit, one parameter: ⟨Z⟩ = cos θ and its exact derivative from two shifted circuits.',
  preset: PRESET,
  experimentName: 'One qubit, one parameter',
  steps: [
    {
      title: '⟨Z⟩ = cos θ',
      body: [
        'The cell is a single gate, RY(θ), on one qubit that starts in |0⟩. Rotating by θ about the Y axis tips the Bloch vector; the readout ⟨Z⟩ is its height, cos θ.',
        'The head passes ⟨Z⟩ through unchanged, so the output is ŷ = cos θ, and the target is 0.',
      ],
      actions: [{ kind: 'load-preset', file: PRESET }, { kind: 'choose-param', param: 'theta' }],
      prompt: {
        question: 'θ starts at 0.6. What output ŷ will the lab compute?',
        input: { kind: 'number', label: 'Your ŷ', tolerance: 0.02 },
        answer(s) {
          const a = analysisFor(s, 'theta', PRESET);
          if (isAnswer(a)) return a;
          const y = a.outputs[0];
          return { ready: true, value: y, text: `The lab computes ŷ = ${num(y)} at θ = ${num(a.params.theta)}: cos θ.` };
        },
      },
    },
    {
      title: 'Two circuits, a quarter turn apart',
      body: [
        'RY(θ) = exp(−iθY/2), and Y has eigenvalues ±1, so ⟨Z⟩ is a sinusoid in θ. The slope of a sinusoid is exactly the half-difference of two values a quarter turn apart:',
        'd⟨Z⟩/dθ = [⟨Z⟩(θ + π/2) − ⟨Z⟩(θ − π/2)] / 2 = −sin θ.',
        'Not an approximation with a small step: exact, with shifts as large as π/2. Explain shows both shifted circuits.',
      ],
      actions: [{ kind: 'explain', param: 'theta', step: 0 }],
      prompt: {
        question: 'With θ = 0.6, which shifted circuit gives the larger ⟨Z⟩?',
        input: { kind: 'choice', options: [{ value: 'plus', label: 'θ + π/2' }, { value: 'minus', label: 'θ − π/2' }] },
        probe: { param: 'theta', step: 0 },
        answer(s) {
          const missing = missingParam(s, 'theta', PRESET);
          if (missing) return missing;
          const p = probeOf(s, 'theta', 0);
          if (isAnswer(p)) return p;
          const plus = p.shifted.find((r) => r.shift > 0)?.outputs[0][0];
          const minus = p.shifted.find((r) => r.shift < 0)?.outputs[0][0];
          if (plus === undefined || minus === undefined) return notYet('The lab returned no shifted circuits.');
          return {
            ready: true, value: plus > minus ? 'plus' : 'minus',
            text: `⟨Z⟩(θ + π/2) = ${num(plus)} and ⟨Z⟩(θ − π/2) = ${num(minus)}; their half-difference is ${num((plus - minus) / 2)} = −sin θ.`,
          };
        },
      },
    },
    {
      title: 'Through the loss',
      body: [
        'The loss is L = (ŷ − 0)², so the chain rule gives dL/dθ = 2ŷ · dŷ/dθ: the output times the slope of the last step.',
      ],
      prompt: {
        question: 'Before the lab computes it: is dL/dθ positive or negative?',
        input: { kind: 'choice', options: [{ value: 'positive', label: 'Positive' }, { value: 'negative', label: 'Negative' }, { value: 'zero', label: 'Zero' }] },
        answer(s) {
          const a = analysisFor(s, 'theta', PRESET);
          if (isAnswer(a)) return a;
          const g = a.gradient.theta;
          const sign = g > 0 ? 'positive' : g < 0 ? 'negative' : 'zero';
          return { ready: true, value: sign, text: `The lab gives dL/dθ = ${num(g)}: ${sign}. ŷ = ${num(a.outputs[0])} is above the target and falls as θ grows.` };
        },
      },
    },
    {
      title: 'One step downhill',
      body: [
        'Training moves θ against the gradient. Press Step: the lab trains one epoch (Adam, learning rate 0.05) and pauses.',
      ],
      actions: [{ kind: 'train-step' }],
      prompt: {
        question: 'After the step, will θ be larger or smaller than 0.6?',
        input: { kind: 'choice', options: UP_DOWN },
        answer(s) {
          const missing = missingParam(s, 'theta', PRESET);
          if (missing) return missing;
          const before = s.experiment?.params.theta;
          const after = s.trainingReport?.params.theta;
          if (before === undefined || after === undefined || s.trainingCounters.epoch < 1) return notYet('Press Step to train one epoch, then reveal.');
          return { ready: true, value: after > before ? 'larger' : 'smaller', text: `After epoch ${s.trainingCounters.epoch}, θ = ${num(after)} (it started at ${num(before)}).` };
        },
      },
    },
    {
      title: 'Where it ends',
      body: [
        'Keep pressing Step, or Play: θ climbs towards π/2 ≈ 1.571, where ŷ = cos θ meets the target 0 and dL/dθ = −sin 2θ vanishes.',
        'Next, the same rule on a recurrent cell: the lesson “The same gate at every step”.',
      ],
      actions: [{ kind: 'train-step' }],
    },
  ],
};
