/**
 * One open lesson: its title and Close, the progress ("Step 2 of 5"), a note when the lab
 * shows another experiment than the lesson's preset (with a button to load it), the current
 * step, and Back and Next (Finish on the last step). On every change of step, focus moves to
 * the step's heading, so a screen reader reads the new step and Tab continues from there.
 */
import { useEffect, useRef } from 'react';
import { labStore, useLab } from '../../store';
import { selectExperimentName } from '../../store/selectors';
import { presetOfDocument } from '../../store/presets';
import { LessonActions } from './LessonActions';
import type { Lesson } from './lessonTypes';
import { PredictReveal } from './PredictReveal';
import { closeLessonToMenu } from './closeLesson';

/** The × of the panel's Close buttons. */
export const CloseIcon = () => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" /></svg>
);

/**
 * The preset step `index` is written for: the last one an earlier step loads (a lesson may
 * move on to another preset), else the lesson's own; `null` when the step loads one itself
 * (its own button does it).
 */
export function stepPreset(lesson: Lesson, index: number): string | null {
  const loads = (i: number) => (lesson.steps[i]?.actions ?? []).filter((a) => a.kind === 'load-preset').map((a) => (a.kind === 'load-preset' ? a.file : ''));
  if (loads(index).length > 0) return null;
  for (let i = index - 1; i >= 0; i--) {
    const files = loads(i);
    if (files.length > 0) return files[files.length - 1];
  }
  return lesson.preset;
}

/** A note and a button when the experiment on screen is not the one the step is written for. */
function PresetNote({ lesson, index }: { lesson: Lesson; index: number }) {
  const name = useLab(selectExperimentName);
  const documentId = useLab((s) => s.documentId);
  const text = useLab((s) => s.experimentText);
  const expected = stepPreset(lesson, index);
  if (name === null || expected === null) return null;
  // The lesson's own preset is recognised by its name (edits keep it); another by the document it loaded.
  if (expected === lesson.preset ? name === lesson.experimentName : presetOfDocument(labStore, documentId, text) === expected) return null;
  return (
    <div className="lesson-note">
      <p>This step is written for <code>{expected}</code>; the lab shows “{name}”.</p>
      <LessonActions actions={[{ kind: 'load-preset', file: expected }]} label="The lesson's preset" />
    </div>
  );
}

/** The lesson at its current step. */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const index = useLab((s) => s.lessonStep);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = lesson.steps[Math.min(index, lesson.steps.length - 1)];
  const last = index >= lesson.steps.length - 1;
  const { goToLessonStep } = labStore.getState();

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [lesson.name, index]);

  return (
    <>
      <header className="lesson-header">
        <div>
          <p className="lesson-eyebrow">Lesson</p>
          <h2 id="lesson-heading" className="lesson-title">{lesson.title}</h2>
        </div>
        <button type="button" className="icon-button lesson-close" aria-label="Close the lesson" title="Close the lesson" onClick={closeLessonToMenu}>
          <CloseIcon />
        </button>
      </header>
      <div className="lesson-progress">
        <p data-testid="lesson-progress">Step {index + 1} of {lesson.steps.length}</p>
        <ol className="lesson-dots" aria-hidden="true">
          {lesson.steps.map((s, i) => <li key={s.title} className={i === index ? 'is-current' : i < index ? 'is-done' : undefined} />)}
        </ol>
      </div>
      <PresetNote lesson={lesson} index={index} />
      <section className="lesson-step" aria-labelledby="lesson-step-heading">
        <h3 id="lesson-step-heading" ref={heading} tabIndex={-1}>{step.title}</h3>
        {step.body.map((text) => <p key={text} className="lesson-text">{text}</p>)}
        {step.actions && step.actions.length > 0 && <LessonActions actions={step.actions} label="Try it in the lab" />}
        {step.prompt && <PredictReveal key={`${lesson.name}:${index}`} prompt={step.prompt} step={index} />}
      </section>
      <nav className="lesson-nav" aria-label="Lesson steps">
        <button type="button" className="bar-button" aria-label="Back" disabled={index === 0} onClick={() => goToLessonStep(index - 1)} title="Back ([)">
          Back
        </button>
        <button type="button" className="bar-button bar-button--primary" aria-label={last ? 'Finish' : 'Next'} onClick={() => (last ? closeLessonToMenu() : goToLessonStep(index + 1))} title={last ? 'Close the lesson' : 'Next (])'}>
          {last ? 'Finish' : 'Next'}
        </button>
      </nav>
    </>
  );
}
