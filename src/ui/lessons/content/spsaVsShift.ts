/**
 * Lesson `spsa-vs-shift`: SPSA against parameter-shift under shot noise, on the sine cell.
 * The student predicts one epoch's bill of SPSA (`spsa.json`, 1000 shots) and of
 * parameter-shift (`sine.json`), read from the training counters after Step, then which
 * estimate of dL/da lands closer to the exact value in the method comparison.
 */
import type { Lesson } from '../lessonTypes';
import { comparePoint, firstEpochBill, isAnswer, num } from '../measures';
import { formatCount } from '../../../text/format';

const BILL = [{ value: 'tens', label: 'Under 100' }, { value: 'hundreds', label: 'Hundreds' }, { value: 'thousands', label: 'Over 1,000' }] as const;
const bracket = (n: number) => (n < 100 ? 'tens' : n < 1000 ? 'hundreds' : 'thousands');
const COMPARED_SHOTS = 1000;

/** The lesson. */
export const spsaVsShift: Lesson = {
  name: 'spsa-vs-shift',
  title: 'SPSA against parameter-shift',
  summary: 'With shot noise: what one epoch costs each method, and how far each estimate lands.',
  preset: 'spsa.json',
  experimentName: 'SPSA on the sine cell, 1000 shots',
  steps: [
    {
      title: 'Two ways to pay for a gradient',
      body: [
        'On hardware every expectation is an average of shots, and every circuit execution costs time. Parameter-shift runs two shifted circuits per occurrence of every parameter.',
        'SPSA perturbs all parameters at once along a random ± direction and runs two circuits per update, whatever the number of parameters.',
      ],
      actions: [{ kind: 'load-preset', file: 'spsa.json' }],
    },
    {
      title: 'SPSA’s bill',
      body: [
        'spsa.json trains the sine cell (seven parameters, twelve steps per window) by SPSA with 1000 shots per expectation. Press Step for one epoch, then read Circuit executions and Shots in the Training panel.',
      ],
      actions: [{ kind: 'train-step' }],
      prompt: {
        question: 'How many circuit executions will one epoch of SPSA cost?',
        input: { kind: 'choice', options: BILL },
        answer(s) {
          const bill = firstEpochBill(s, 'spsa', 'spsa.json');
          if (isAnswer(bill)) return bill;
          return { ready: true, value: bracket(bill.executions), text: `Epoch 1 cost ${formatCount(bill.executions)} circuit executions and ${formatCount(bill.shots)} shots.` };
        },
      },
    },
    {
      title: 'Parameter-shift’s bill',
      body: [
        'sine.json is the same cell and data trained by parameter-shift, with exact expectations. Load it and press Step.',
      ],
      actions: [{ kind: 'load-preset', file: 'sine.json' }, { kind: 'train-step' }],
      prompt: {
        question: 'How many circuit executions will one epoch of parameter-shift cost?',
        input: { kind: 'choice', options: BILL },
        answer(s) {
          const bill = firstEpochBill(s, 'parameter-shift', 'sine.json');
          if (isAnswer(bill)) return bill;
          return { ready: true, value: bracket(bill.executions), text: `Epoch 1 cost ${formatCount(bill.executions)} circuit executions, with exact expectations (no shots).` };
        },
      },
    },
    {
      title: 'Spread against cost',
      body: [
        'Cheap is not free. SPSA’s estimate of one component of the gradient carries cross-talk from all the others. The method comparison estimates dL/da again and again with shot noise, by each method, and draws each one’s spread against its cost.',
      ],
      actions: [{ kind: 'compare', param: 'a' }],
      prompt: {
        question: `At ${formatCount(COMPARED_SHOTS)} shots, whose estimate of dL/da lands closer to the exact value?`,
        input: { kind: 'choice', options: [{ value: 'parameter-shift', label: 'Parameter-shift' }, { value: 'spsa', label: 'SPSA' }] },
        answer(s) {
          const shift = comparePoint(s, 'a', 'parameter-shift', COMPARED_SHOTS);
          if (isAnswer(shift)) return shift;
          const spsa = comparePoint(s, 'a', 'spsa', COMPARED_SHOTS);
          if (isAnswer(spsa)) return spsa;
          const closer = shift.rmse <= spsa.rmse ? 'parameter-shift' : 'spsa';
          return {
            ready: true, value: closer,
            text: `RMSE at ${formatCount(COMPARED_SHOTS)} shots: parameter-shift ${num(shift.rmse, 4)} for ${formatCount(shift.circuitExecutions)} executions per estimate; SPSA ${num(spsa.rmse, 4)} for ${formatCount(spsa.circuitExecutions)}.`,
          };
        },
      },
    },
    {
      title: 'Which to use',
      body: [
        'Parameter-shift pays per occurrence and returns every component without bias; SPSA pays per update and returns a noisy direction. With many parameters and a tight shot budget SPSA can win per shot spent; to measure one gradient well, parameter-shift does.',
        'Try the comparison again with other shot counts: parameter-shift’s spread shrinks as 1/√shots.',
      ],
    },
  ],
};
