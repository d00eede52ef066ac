/**
 * A lesson step's buttons that drive the lab (`lessonActions.ts`), as a labelled group, with
 * a polite status line under them that says why an action could not be done on the
 * experiment on screen (for example a parameter it does not have).
 */
import { useState } from 'react';
import { labStore } from '../../store';
import { actionLabel, runAction } from './lessonActions';
import type { LessonAction } from './lessonTypes';

interface LessonActionsProps {
  actions: readonly LessonAction[];
  /** The group's accessible name. */
  label: string;
}

/** The buttons and their status line. */
export function LessonActions({ actions, label }: LessonActionsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: LessonAction) => {
    setProblem(null);
    setProblem(await runAction(labStore, action));
  };
  return (
    <div className="lesson-actions">
      <div role="group" aria-label={label} className="lesson-action-buttons">
        {actions.map((action) => (
          <button key={actionLabel(action)} type="button" className="bar-button lesson-action" aria-label={actionLabel(action)} onClick={() => void run(action)}>
            {actionLabel(action)}
          </button>
        ))}
      </div>
      <p className="lesson-action-problem" aria-live="polite">{problem}</p>
    </div>
  );
}
