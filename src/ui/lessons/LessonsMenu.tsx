/**
 * "Lessons" in the top bar: a menu button (the ARIA menu pattern of the Export menu: arrow
 * keys, Home, End, Escape back to the button) listing the lessons by title with their link
 * name. Choosing one opens it in the lesson panel and loads its preset; focus goes to the
 * lesson's first step.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { labStore, useLab } from '../../store';
import { startLesson } from './connectLessons';
import { LESSONS } from './lessons';
import { menuKey } from '../menuKeys';
import './lessons.css';

/** The button and its menu. */
export function LessonsMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const current = useLab((s) => s.lessonName);

  useEffect(() => {
    if (!open) return;
    const items = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    const at = LESSONS.findIndex((l) => l.name === current);
    items?.[Math.max(at, 0)]?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, current]);

  const onMenuKey = (event: KeyboardEvent) => {
    const closing = menuKey(event, Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []));
    if (!closing) return;
    setOpen(false);
    if (closing === 'escape') button.current?.focus();
  };

  return (
    <div className="lessons-menu">
      <button
        ref={button} type="button" className="bar-button" aria-label="Lessons" aria-haspopup="menu" aria-expanded={open} data-lessons-button
        aria-controls={open ? `${id}-menu` : undefined} onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false"><path d="M4 5.5A1.5 1.5 0 0 1 5.5 4H11v16H5.5A1.5 1.5 0 0 1 4 18.5ZM13 4h5.5A1.5 1.5 0 0 1 20 5.5v13a1.5 1.5 0 0 1-1.5 1.5H13Z" /></svg>
        <span>Lessons</span>
      </button>
      {open && (
        <div ref={menu} className="menu lessons-menu-list" role="menu" id={`${id}-menu`} aria-label="Lessons" onKeyDown={onMenuKey}>
          {LESSONS.map((lesson) => (
            <button
              key={lesson.name} type="button" role="menuitem" tabIndex={-1} className="menu-item lessons-menu-item"
              aria-current={lesson.name === current ? 'true' : undefined}
              onClick={() => {
                setOpen(false);
                void startLesson(labStore, lesson.name);
              }}
            >
              <span className="lessons-menu-title">{lesson.title}</span>
              <span className="lessons-menu-summary">{lesson.summary}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
