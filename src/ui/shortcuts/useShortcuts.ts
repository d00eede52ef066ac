/**
 * Listens for the page-wide shortcuts on the window (after every control's own handler, so a
 * key a control took, its default prevented, is left alone) and runs their commands. Held
 * keys do not repeat a command.
 */
import { useEffect, useRef } from 'react';
import { labStore } from '../../store';
import { heardAt, runCommand } from './commands';
import { commandFor } from './keys';

/** Installs the listener while the calling component is mounted. */
export function useShortcuts(openOverlay: () => void): void {
  const open = useRef(openOverlay);
  useEffect(() => {
    open.current = openOverlay;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandFor(event);
      if (command === null || !heardAt(command, event.target)) return;
      if (event.repeat && command !== 'save') {
        event.preventDefault();
        return;
      }
      if (runCommand(labStore, command, () => open.current())) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
