/**
 * Drag and drop of files onto the page: while files are dragged over it the page root gets
 * `data-dragging` (and the data area `data-drop-over` when the pointer is on it), so CSS can
 * show where to drop; a drop opens the file by its kind (`openDroppedFiles`): an experiment
 * `.json` anywhere, a CSV anywhere (the data area says so). Drags that carry no files (text,
 * a gate of the editor) are left alone.
 */
import { useEffect } from 'react';
import { labStore } from '../../store';
import { openDroppedFiles } from './openFiles';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Listens for file drops on the window; `root` is marked while files are dragged. */
export function usePageDrop(root: { current: HTMLElement | null }): void {
  useEffect(() => {
    let depth = 0;
    const mark = (on: boolean, target?: EventTarget | null) => {
      const el = root.current;
      if (!el) return;
      el.toggleAttribute('data-dragging', on);
      const area = el.querySelector('[data-drop="csv"]');
      area?.toggleAttribute('data-drop-over', on && target instanceof Node && area.contains(target));
    };
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      mark(true, event.target);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      mark(true, event.target);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) mark(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      mark(false);
      const files = event.dataTransfer?.files;
      if (files && files.length > 0) void openDroppedFiles(labStore, Array.from(files));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [root]);
}
