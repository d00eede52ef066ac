/**
 * Lesson `vanishing-memory`: on `long-sequence.json` (windows of 40 steps), how much an
 * occurrence still moves a later output, against the distance in steps. The student predicts
 * whether the pull fades and guesses the Memory tab's fitted factor per step, read from the
 * lab's exact analysis.
 */
import { memoryTrend } from '../../../plots/memoryChartLayout';
import type { Lesson } from '../lessonTypes';
import { analysisFor, isAnswer, notYet, num } from '../measures';

const PRESET = 'long-sequence.json';

/** The lesson. */
export const vanishingMemory: Lesson = {
  name: 'vanishing-memory',
  title: 'Vanishing memory',
  summary: 'Forty steps: how fast an early gate’s pull on later outputs fades.',
  preset: PRESET,
  experimentName: 'A long sequence: vanishing memory',
  steps: [
    {
      title: 'Forty steps',
      body: [
        'long-sequence.json runs the sine cell over windows of 40 steps. The data qubit is measured and reset every step, and every later step mixes the hidden register again, so what one step writes there is gradually washed out.',
        'Choose a and scroll along the timeline: forty occurrences, each coloured by its contribution, summed over every later output it moves. The next step takes that pull apart by distance.',
      ],
      actions: [{ kind: 'load-preset', file: PRESET }, { kind: 'choose-param', param: 'a' }],
    },
    {
      title: 'Pull across time',
      body: [
        'For every occurrence and every later scored output, the Memory tab plots the sensitivity |dŷₛ/da| against the distance s − t in steps, on a log axis, with a fitted straight line: a constant factor per step.',
      ],
      actions: [{ kind: 'show-tab', tab: 'memory' }],
      prompt: {
        question: 'As the distance grows, does an occurrence’s pull on a later output grow, stay, or fade?',
        input: { kind: 'choice', options: [{ value: 'grows', label: 'It grows' }, { value: 'holds', label: 'It stays' }, { value: 'fades', label: 'It fades' }] },
        answer(s) {
          const a = analysisFor(s, 'a', PRESET);
          if (isAnswer(a)) return a;
          const fit = a.memory?.fit;
          if (!fit) return notYet('The memory profile has too few distances for a fit.');
          const value = memoryTrend(fit.factorPerStep);
          return { ready: true, value, text: `The fitted factor is × ${num(fit.factorPerStep)} per step: memory ${value}.` };
        },
      },
    },
    {
      title: 'How fast',
      body: [
        'A factor per step compounds: after k steps the pull is the factor to the power k.',
      ],
      prompt: {
        question: 'Guess the fitted factor per step.',
        input: { kind: 'number', label: 'Factor per step', tolerance: 0.05 },
        answer(s) {
          const a = analysisFor(s, 'a', PRESET);
          if (isAnswer(a)) return a;
          const f = a.memory?.fit?.factorPerStep;
          if (f === undefined) return notYet('The memory profile has too few distances for a fit.');
          return { ready: true, value: f, text: `× ${num(f)} per step: after 10 steps ${num(f ** 10, 2)} of the pull is left, after 30 steps ${num(f ** 30, 3)}.` };
        },
      },
    },
    {
      title: 'What it means for learning',
      body: [
        'The gradient is a sum of contributions, and those from far back are tiny: training hears mostly the last few steps, so long memories are hard to learn. This is the vanishing gradient of recurrent networks, here from measurement and mixing.',
        'Press Step: when the run pauses, the analysis is redone at the trained parameters; see whether the factor moves.',
      ],
      actions: [{ kind: 'train-step' }],
    },
  ],
};
