/**
 * The CSV column picker: a dialog listing the columns of the CSV waiting in the draft, as
 * radio buttons (columns without numbers are disabled), and "Use column", which makes the
 * chosen column the experiment's series. A refused column says why (row and column) inside
 * the dialog, so another can be chosen; Cancel or Escape changes nothing.
 */
import { useState, type FormEvent } from 'react';
import { labStore } from '../../store';
import { Dialog } from '../share/Dialog';
import { columnOptions, hiddenColumnsNote } from './csvPicker';
import { cancelCsvDraft, chooseCsvColumn, useCsvDraft, type CsvDraft } from './csvDraft';

/** The picker, open while a CSV waits for its column. */
export function CsvColumnDialog() {
  const draft = useCsvDraft((s) => s.draft);
  return (
    <Dialog open={draft !== null} title="Choose a CSV column" className="csv-dialog" onClose={cancelCsvDraft}>
      {draft && <CsvColumnForm key={`${draft.fileName}:${draft.text.length}`} draft={draft} />}
    </Dialog>
  );
}

function CsvColumnForm({ draft }: { draft: CsvDraft }) {
  const [chosen, setChosen] = useState(draft.initial);
  const [busy, setBusy] = useState(false);
  const problem = useCsvDraft((s) => s.problem);
  const options = columnOptions(draft.columns, draft.rows, draft.initial);
  const hidden = hiddenColumnsNote(draft.columns.length, options.length);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await chooseCsvColumn(labStore, chosen);
    setBusy(false);
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <p className="note">
        {draft.fileName}: {draft.rows.toLocaleString('en-US')} data row{draft.rows === 1 ? '' : 's'}{draft.header ? ', with a header row' : ''}. The chosen column becomes the series; the windows, horizon, split and normalisation stay as they are.
      </p>
      <p className="note" data-testid="csv-choice-reason">{draft.initialReason}</p>
      <fieldset className="csv-columns">
        <legend>Series column</legend>
        {options.map((o) => (
          <label key={o.index} className={`csv-column${o.usable ? '' : ' is-disabled'}`}>
            <input type="radio" name="csv-column" value={o.index} checked={chosen === o.index} disabled={!o.usable} onChange={() => setChosen(o.index)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      {hidden && <p className="note" data-testid="csv-hidden-columns">{hidden}</p>}
      {problem && <p className="dialog-problem" role="alert" data-testid="csv-problem">{problem}</p>}
      <div className="dialog-actions">
        <button type="button" className="bar-button" aria-label="Cancel" onClick={cancelCsvDraft}>Cancel</button>
        <button type="submit" className="bar-button bar-button--primary" aria-label="Use column" disabled={busy}>Use column</button>
      </div>
    </form>
  );
}
