/**
 * The Share dialog's body: whether the link was copied (a live status line), the link in a
 * read-only field selected on focus (the fallback where the clipboard is unavailable), its
 * length against the budget, the classroom flags it carries, and, for a link too long to
 * share reliably, a button that saves the experiment file instead.
 */
import { useEffect, useId, useRef } from 'react';
import { useLab } from '../../store';
import type { ShareLink } from './shareLink';

interface ShareLinkFieldProps {
  link: ShareLink;
  copied: boolean;
  onCopy(): void;
  onSaveFile(): void;
}

/** The flags as the link writes them: `hide=a,b`, `lock=cell`, `lesson=x`. */
function flagWords(flags: { hide?: string[]; lock?: string[]; lesson?: string }): string[] {
  const words: string[] = [];
  if (flags.hide?.length) words.push(`hide=${flags.hide.join(',')}`);
  if (flags.lock?.length) words.push(`lock=${flags.lock.join(',')}`);
  if (flags.lesson) words.push(`lesson=${flags.lesson}`);
  return words;
}

/** The link, its status and its budget. */
export function ShareLinkField({ link, copied, onCopy, onSaveFile }: ShareLinkFieldProps) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const flags = flagWords(useLab((s) => s.classroomFlags));
  const { note } = link;

  useEffect(() => {
    if (!copied) field.current?.select();
  }, [copied]);

  return (
    <>
      <p className={`share-status${copied ? ' share-status--copied' : ''}`} role="status" data-testid="share-status">
        {copied ? <><strong>Link copied to the clipboard.</strong> It opens this experiment with its current parameters.</> : 'The clipboard is not available here: copy the link from the field below.'}
      </p>
      <div className="share-link-row">
        <label htmlFor={`${id}-link`} className="visually-hidden">Share link</label>
        <input id={`${id}-link`} ref={field} className="share-link" type="text" readOnly value={link.url} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="bar-button" aria-label="Copy link" onClick={onCopy}>Copy</button>
      </div>
      <p className={`share-budget share-budget--${note.tone}`} data-budget={note.budget} data-testid="share-budget">
        <strong>{note.length}.</strong> {note.text}
      </p>
      {flags.length > 0 && <p className="share-flags">Classroom flags kept in the link: <code>{flags.join(' ')}</code></p>}
      {(note.budget === 'too-long' || note.budget === 'file-instead') && (
        <div className="dialog-actions">
          <button type="button" className="bar-button bar-button--primary" aria-label="Save file instead" onClick={onSaveFile}>Save file instead</button>
        </div>
      )}
    </>
  );
}
