/**
 * Share, in the top bar: makes the link of the current experiment (trained parameters and
 * classroom flags included), puts it in the address bar, copies it to the clipboard and
 * opens a dialog that confirms the copy (or, where the browser has no clipboard for the
 * page, says to copy it from the field), shows the link's length against the budget, and
 * past 32 KB offers the experiment file instead.
 */
import { useState } from 'react';
import { labStore, useLab } from '../../store';
import { saveExperimentFile } from '../files/openFiles';
import { copyText } from './clipboard';
import { isLinkTooLong } from '../../share/link';
import { Dialog } from './Dialog';
import { makeShareLink, showFragment, type ShareLink } from './shareLink';
import { ShareLinkField } from './ShareLinkField';

type Shared = { ok: true; link: ShareLink; copied: boolean } | { ok: false; message: string };

/** The Share button and its dialog. */
export function ShareButton() {
  const [shared, setShared] = useState<Shared | null>(null);
  const [busy, setBusy] = useState(false);
  const hasExperiment = useLab((s) => s.experiment !== null);

  const share = async () => {
    setBusy(true);
    try {
      const link = await makeShareLink(labStore.getState(), window.location);
      if (!link) return;
      showFragment(link.fragment);
      setShared({ ok: true, link, copied: await copyText(link.url) });
    } catch (error) {
      const message = isLinkTooLong(error)
        ? 'This experiment is too large for a link that opens reliably. Save it as a file and share the file instead.'
        : `This browser could not make the link (${error instanceof Error ? error.message : String(error)}). Save the experiment as a file instead.`;
      setShared({ ok: false, message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="bar-button bar-button--primary" aria-label="Share" title="Copy a link to this experiment" disabled={!hasExperiment || busy} onClick={() => void share()}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
          <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
        </svg>
        <span>Share</span>
      </button>
      <Dialog open={shared !== null} title="Share link" className="share-dialog" onClose={() => setShared(null)}>
        {shared?.ok === false && <p className="dialog-problem" role="alert">{shared.message}</p>}
        {shared?.ok && (
          <ShareLinkField
            link={shared.link}
            copied={shared.copied}
            onCopy={async () => setShared({ ...shared, copied: await copyText(shared.link.url) })}
            onSaveFile={() => saveExperimentFile(labStore)}
          />
        )}
      </Dialog>
    </>
  );
}
