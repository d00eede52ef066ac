/**
 * The shortcut overlay: a modal dialog titled "Keyboard shortcuts" listing the registry group
 * by group, each group a table of keys (as `<kbd>`; single keys side by side, longer ones
 * joined by "or") and what they do. Escape, the Close
 * button or a click on the backdrop closes it, and focus returns to what opened it.
 */
import { Dialog } from '../share/Dialog';
import { SCOPE_TITLES, shortcutsIn, type Shortcut, type ShortcutScope } from './registry';
import './shortcuts.css';

/** One combination, each key in its own `<kbd>`: `Ctrl` `+` `Shift` `+` `Z`. */
function Keys({ combo }: { combo: string }) {
  const parts = combo.split('+');
  return (
    <kbd className="shortcut-combo">
      {parts.map((part, i) => (
        <span key={i}>{i > 0 && <span className="shortcut-plus">+</span>}<kbd>{part}</kbd></span>
      ))}
    </kbd>
  );
}

/** One shortcut: its keys (single keys side by side, longer ones joined by "or") and what it does. */
function Row({ shortcut }: { shortcut: Shortcut }) {
  const single = shortcut.keys.every((k) => [...k].length === 1);
  return (
    <tr>
      <th scope="row">
        {shortcut.keys.map((k, i) => <span key={k}>{i > 0 && <span className="shortcut-or">{single ? ' ' : ' or '}</span>}<Keys combo={k} /></span>)}
      </th>
      <td>{shortcut.what}</td>
    </tr>
  );
}

/** The overlay, shown while `open`. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <p className="shortcuts-intro">Ctrl is Cmd on a Mac. Every control is also reached with Tab and Shift+Tab, with a visible focus ring.</p>
      <div className="shortcuts-groups">
        {(Object.keys(SCOPE_TITLES) as ShortcutScope[]).map((scope) => (
          <table key={scope} className="shortcuts-table" data-testid={`shortcuts-${scope}`}>
            <caption>{SCOPE_TITLES[scope]}</caption>
            <thead className="visually-hidden">
              <tr><th scope="col">Keys</th><th scope="col">Action</th></tr>
            </thead>
            <tbody>
              {shortcutsIn(scope).map((s) => <Row key={`${s.keys.join(' ')}:${s.what}`} shortcut={s} />)}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
