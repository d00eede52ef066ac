/**
 * The shortcut overlay: a modal dialog titled "Keyboard shortcuts" listing the registry group
 * by group, each group a table of keys (as `<kbd>`) and what they do. Escape, the Close
 * button or a click on the backdrop closes it, and focus returns to what opened it.
 */
import { Dialog } from '../share/Dialog';
import { SCOPE_TITLES, shortcutsIn, type ShortcutScope } from './registry';
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
              {shortcutsIn(scope).map((s) => (
                <tr key={`${s.keys.join(' ')}:${s.what}`}>
                  <th scope="row">
                    {s.keys.map((k, i) => <span key={k}>{i > 0 && <span className="shortcut-or"> or </span>}<Keys combo={k} /></span>)}
                  </th>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
