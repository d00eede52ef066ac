/**
 * What the lesson panel shows for a link that names a lesson the lab does not have: the name
 * it asked for, and every lesson there is, each a button that opens it (with its preset).
 * Focus goes to its heading when it appears, so a screen reader reads the message.
 */
import { useEffect, useRef } from 'react';
import { labStore } from '../../store';
import { quote } from '../../share/flags';
import { startLesson } from './connectLessons';
import { LESSONS } from './lessons';
import { CloseIcon } from './LessonView';
import { closeLessonToMenu } from './closeLesson';

/** The message and the list. */
export function UnknownLesson({ name }: { name: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [name]);
  return (
    <>
      <header className="lesson-header">
        <div>
          <p className="lesson-eyebrow">Lessons</p>
          <h2 id="lesson-heading" className="lesson-title" ref={heading} tabIndex={-1}>No such lesson</h2>
        </div>
        <button type="button" className="icon-button lesson-close" aria-label="Close the lesson panel" title="Close" onClick={closeLessonToMenu}>
          <CloseIcon />
        </button>
      </header>
      <p className="lesson-text">
        The link asks for the lesson {quote(name)}, which this lab does not have. The lessons are:
      </p>
      <ul className="lesson-list">
        {LESSONS.map((l) => (
          <li key={l.name}>
            <button type="button" className="lesson-list-button" onClick={() => void startLesson(labStore, l.name)}>
              <span className="lesson-list-title">{l.title}</span>
              <code>{l.name}</code>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
