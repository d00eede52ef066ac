/**
 * The "Saved experiments" dialog: save the current experiment under a name (the same name
 * replaces the entry), and for each saved one: open it (as a new document: one Back step),
 * rename it in place, or delete it after a confirmation. Under "Autosaved work", every
 * other tab's autosaved experiment (and work a link could not displace), to open here or
 * delete. Says when the browser's storage is full or unavailable. Everything is text: names
 * are never read as markup.
 */
import { useState, type FormEvent } from 'react';
import { labStore, useLab } from '../../store';
import { Dialog } from '../share/Dialog';
import { SavedEntry } from './SavedEntry';
import { AutosavedList } from './AutosavedList';

interface SavedExperimentsDialogProps {
  open: boolean;
  onClose(): void;
}

/** The dialog; its content exists only while open. */
export function SavedExperimentsDialog({ open, onClose }: SavedExperimentsDialogProps) {
  return (
    <Dialog open={open} title="Saved experiments" className="saved-dialog" onClose={onClose}>
      <SavedExperimentsBody onOpened={onClose} />
    </Dialog>
  );
}

function SavedExperimentsBody({ onOpened }: { onOpened(): void }) {
  const entries = useLab((s) => s.savedExperiments);
  const message = useLab((s) => s.persistenceMessage);
  const current = useLab((s) => s.experiment?.name ?? '');
  const [name, setName] = useState(current);
  const [saved, setSaved] = useState<string | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const entry = labStore.getState().saveExperimentAs(name || current);
    setSaved(entry ? `Saved as '${entry.name}'.` : null);
  };

  return (
    <>
      {message && (
        <p className="dialog-problem" role="alert">
          {message}{' '}
          <button type="button" className="link-button" aria-label="Dismiss the storage message" onClick={() => labStore.getState().dismissPersistenceMessage()}>Dismiss</button>
        </p>
      )}
      <form className="saved-form" onSubmit={save}>
        <label htmlFor="saved-name">Save the current experiment as</label>
        <div className="saved-form-row">
          <input id="saved-name" type="text" value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="bar-button bar-button--primary" aria-label="Save current experiment">Save</button>
        </div>
        <p className="saved-confirm" role="status">{saved}</p>
      </form>
      <h3 className="saved-heading">In this browser</h3>
      {entries.length === 0 ? (
        <p className="note">Nothing saved yet. The current experiment is autosaved anyway; saving it here keeps a copy under a name.</p>
      ) : (
        <ul className="saved-list" aria-label="Saved experiments list">
          {entries.map((entry) => (
            <SavedEntry key={entry.id} entry={entry} onOpened={onOpened} />
          ))}
        </ul>
      )}
      <AutosavedList onOpened={onOpened} />
    </>
  );
}
