/**
 * The lesson side panel: a column beside the lab (under the top bar on narrow screens), so
 * the lab stays in view and in reach while the lesson talks about it. It shows the open
 * lesson (its step, the step's buttons and prompt, Back and Next), or, for a link naming no
 * lesson, a message listing the lessons there are. It also starts following the classroom
 * flags, so a link's `&lesson=NAME` opens the lesson on load.
 */
import { useEffect } from 'react';
import { labStore, useLab } from '../../store';
import { connectLessons } from './connectLessons';
import { LessonView } from './LessonView';
import { lessonByName } from './lessons';
import { UnknownLesson } from './UnknownLesson';
import './lessons.css';

/** The panel, or nothing while no lesson is asked for. */
export function LessonPanel() {
  const name = useLab((s) => s.lessonName);
  const unknown = useLab((s) => s.lessonUnknown);
  useEffect(() => connectLessons(labStore), []);
  const lesson = name === null ? null : lessonByName(name);
  if (!lesson && unknown === null) return null;
  return (
    <aside className="panel panel--lesson lesson-panel" aria-labelledby="lesson-heading" data-testid="lesson-panel">
      {lesson ? <LessonView lesson={lesson} /> : <UnknownLesson name={unknown ?? ''} />}
    </aside>
  );
}
