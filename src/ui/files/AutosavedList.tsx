/**
 * "Autosaved work" in the Saved experiments dialog: the experiments other tabs autosaved in
 * this browser (and work a link could not displace), newest first, each with Open (as a new
 * document in this tab; the other tab's record stays) and Delete (asks once more). This tab's
 * own autosave is not listed: it is what the page shows.
 */
import { useState } from 'react';
import { labStore, useLab, type AutosavedWork } from '../../store';
import { otherAutosaves } from '../../store/persistenceSlice';

const when = (ms: number) => (ms > 0 ? new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'date unknown');

function AutosavedEntry({ work, onOpened }: { work: AutosavedWork; onOpened(): void }) {
  const [asking, setAsking] = useState(false);
  return (
    <li className="saved-entry">
      <div className="saved-entry-text">
        <span className="saved-entry-name">{work.name}</span>
        <span className="saved-entry-date">autosaved {when(work.savedAt)}</span>
      </div>
      {asking ? (
        <div className="saved-entry-actions">
          <span className="saved-entry-ask">Delete?</span>
          <button type="button" className="bar-button bar-button--danger" aria-label={`Confirm deleting autosaved ${work.name}`} onClick={() => labStore.getState().deleteAutosave(work.slot)}>Delete</button>
          <button type="button" className="bar-button" aria-label="Keep it" onClick={() => setAsking(false)}>Keep</button>
        </div>
      ) : (
        <div className="saved-entry-actions">
          <button type="button" className="bar-button" aria-label={`Open autosaved ${work.name}`} onClick={() => labStore.getState().openAutosave(work.slot) && onOpened()}>Open</button>
          <button type="button" className="bar-button" aria-label={`Delete autosaved ${work.name}`} onClick={() => setAsking(true)}>Delete</button>
        </div>
      )}
    </li>
  );
}

/** The list, or nothing when no other tab has autosaved work. */
export function AutosavedList({ onOpened }: { onOpened(): void }) {
  const autosaves = useLab((s) => s.autosaves);
  const own = useLab((s) => s.autosaveSlot);
  const others = otherAutosaves(autosaves, own);
  if (others.length === 0) return null;
  return (
    <>
      <h3 className="saved-heading" id="autosaved-heading">Autosaved work</h3>
      <p className="note">Kept by other tabs, or by this one before a link was opened.</p>
      <ul className="saved-list" aria-labelledby="autosaved-heading">
        {others.map((work) => (
          <AutosavedEntry key={work.slot} work={work} onOpened={onOpened} />
        ))}
      </ul>
    </>
  );
}
