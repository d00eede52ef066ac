/**
 * What a lesson is made of: steps with a title and a few paragraphs, buttons that drive the
 * lab (load the preset, choose a parameter, press Step, open Explain on an occurrence, open
 * and run the method comparison, show a Gradients tab), and at most one "predict, then
 * reveal" prompt per step whose answer is computed from the store when it is revealed, never
 * written into the lesson. Types only; the lessons are in `content/`, the registry in
 * `lessons.ts`.
 */
import type { LabState } from '../../store';

/** The Gradients card's tabs, by the ids `GradientPlotsCard.tsx` gives them (`gradients-tab-ID`). */
export type GradientTab = 'bars' | 'heatmap' | 'memory';

/** Something a lesson's button does to the lab. */
export type LessonAction =
  /** Loads a preset of `public/experiments/` (listed in `src/app/presets.ts`). */
  | { kind: 'load-preset'; file: string }
  /** Chooses a parameter in the timeline's picker, so its occurrences light up. */
  | { kind: 'choose-param'; param: string }
  /** Opens the Explain panel on the occurrence of `param`'s first gate at `step`. */
  | { kind: 'explain'; param: string; step: number }
  /** Chooses `param`, opens the method comparison and runs it with its current settings. */
  | { kind: 'compare'; param: string }
  /** The Training panel's Step: one epoch (starting a paused run if there is none). */
  | { kind: 'train-step' }
  /** The Training panel's Reset. */
  | { kind: 'train-reset' }
  /** Opens a tab of the Gradients card. */
  | { kind: 'show-tab'; tab: GradientTab }
  /** Explains the QLSTM occurrence of `param` at `step` and measures its bias with `shots` shots over `seeds` seeds. */
  | { kind: 'measure-bias'; param: string; step: number; shots: number; seeds: number };

/** One option of a choice prompt. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/** How the student gives a prediction: one of several options, or a number. */
export type PromptInput =
  | { kind: 'choice'; options: readonly ChoiceOption[] }
  /** A typed number; a prediction within `tolerance` of the measured value counts as right. */
  | { kind: 'number'; label: string; tolerance: number };

/** The lab's answer to a prompt, measured from the store. */
export type Answer =
  /** `value` is the right option's value (choice) or the measured number; `text` says it in words. */
  | { ready: true; value: string | number; text: string }
  /** Not measurable yet: `hint` says what to do (press Step, run the comparison) or what is computing. */
  | { ready: false; hint: string };

/** A "predict, then reveal" prompt. */
export interface Prompt {
  question: string;
  input: PromptInput;
  /**
   * The occurrence whose parameter-shift walkthrough Reveal asks the worker for (the lesson's
   * probe); for a QLSTM occurrence with `bias`, its bias under shots as well.
   */
  probe?: { param: string; step: number; bias?: { shots: number; seeds: number } };
  /** The answer, computed from the lab's state (and the probe, when there is one). */
  answer(state: LabState): Answer;
}

/** One step of a lesson. */
export interface LessonStep {
  title: string;
  /** A few sentences, one paragraph each. */
  body: readonly string[];
  /** Buttons that drive the lab, in order. */
  actions?: readonly LessonAction[];
  prompt?: Prompt;
}

/** A lesson: a short guided sequence over one preset (3 to 6 steps). */
export interface Lesson {
  /** The name in links (`&lesson=NAME`); matches the link's lesson-name rule. */
  name: string;
  title: string;
  /** One line for the Lessons menu. */
  summary: string;
  /** The preset file the lesson is written for. */
  preset: string;
  /** That preset's experiment `name`, to tell whether the lab shows it. */
  experimentName: string;
  steps: readonly LessonStep[];
}
