/**
 * Reading and judging a student's prediction: a typed number may use a true minus sign or a
 * decimal comma; a number is right within the prompt's tolerance, a choice when it is the
 * lab's option.
 */
import type { Answer, PromptInput } from './lessonTypes';

/** The number typed, or `null` when it is not one. */
export function parsePrediction(text: string): number | null {
  const cleaned = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  // `1e999` is written like a number but is none (Infinity).
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Whether `prediction` matches a ready answer to a prompt of kind `input`. */
export function isRight(input: PromptInput, prediction: string, answer: Extract<Answer, { ready: true }>): boolean {
  if (input.kind === 'choice') return prediction === answer.value;
  const guess = parsePrediction(prediction);
  return guess !== null && typeof answer.value === 'number' && Math.abs(guess - answer.value) <= input.tolerance;
}

/** How a prediction reads back: a choice's label, or the number as typed. */
export function describePrediction(input: PromptInput, prediction: string): string {
  return input.kind === 'choice' ? (input.options.find((o) => o.value === prediction)?.label ?? prediction) : prediction;
}
