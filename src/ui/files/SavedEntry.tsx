/**
 * One saved experiment in the list: its name and when it was saved, and Open, Rename (an
 * inline field; Enter keeps, Escape cancels) and Delete (asks once more before deleting).
 */
import { useState, type FormEvent } from 'react';
import { labStore, type SavedExperiment } from '../../store';

interface SavedEntryProps {
  entry: SavedExperiment;
  onOpened(): void;
}

const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A row of the saved list. */
export function SavedEntry({ entry, onOpened }: SavedEntryProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(entry.name);

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (labStore.getState().renameSavedExperiment(entry.id, name)) setMode('view');
  };

  if (mode === 'rename') {
    return (
      <li className="saved-entry">
        <form className="saved-rename" onSubmit={rename} onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          setMode('view');
        }}>
          <input type="text" value={name} maxLength={120} aria-label={`New name for ${entry.name}`} autoFocus onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="bar-button" aria-label="Keep the new name">Rename</button>
          <button type="button" className="bar-button" aria-label="Cancel renaming" onClick={() => setMode('view')}>Cancel</button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-entry">
      <div className="saved-entry-text">
        <span className="saved-entry-name">{entry.name}</span>
        <span className="saved-entry-date">{when(entry.savedAt)}</span>
      </div>
      {mode === 'delete' ? (
        <div className="saved-entry-actions">
          <span className="saved-entry-ask">Delete?</span>
          <button type="button" className="bar-button bar-button--danger" aria-label={`Confirm deleting ${entry.name}`} onClick={() => labStore.getState().deleteSavedExperiment(entry.id)}>Delete</button>
          <button type="button" className="bar-button" aria-label="Keep it" onClick={() => setMode('view')}>Keep</button>
        </div>
      ) : (
        <div className="saved-entry-actions">
          <button type="button" className="bar-button" aria-label={`Open ${entry.name}`} onClick={() => labStore.getState().openSavedExperiment(entry.id) && onOpened()}>Open</button>
          <button type="button" className="bar-button" aria-label={`Rename ${entry.name}`} onClick={() => setMode('rename')}>Rename</button>
          <button type="button" className="bar-button" aria-label={`Delete ${entry.name}`} onClick={() => setMode('delete')}>Delete</button>
        </div>
      )}
    </li>
  );
}
