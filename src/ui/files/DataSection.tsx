/**
 * The "Data" area of the right panel: what the experiment trains on (the generator or a CSV
 * and its column, the window, horizon and split), the targets to predict when the data offer
 * several (`TargetChoice`), a "Load CSV" button, and a drop target for
 * a CSV file. The drop itself is handled for the whole page (`usePageDrop`); this area only
 * shows where to drop and lights up while a file is dragged over it.
 */
import { useRef } from 'react';
import { labStore, useLab } from '../../store';
import { CsvColumnDialog } from './CsvColumnDialog';
import { openCsvFile } from './csvDraft';
import { describeData } from './dataSummary';
import { TargetChoice } from './TargetChoice';

/** The data area. */
export function DataSection() {
  const data = useLab((s) => s.experiment?.data ?? null);
  const input = useRef<HTMLInputElement>(null);
  if (!data) return null;
  return (
    <div className="data-area" data-drop="csv">
      <p className="data-summary" data-testid="data-summary">{describeData(data)}</p>
      <TargetChoice />
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,.tsv,text/tab-separated-values"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void openCsvFile(labStore, file);
          event.currentTarget.value = '';
        }}
      />
      <div className="data-actions">
        <button type="button" className="bar-button" aria-label="Load CSV" onClick={() => input.current?.click()}>Load CSV</button>
        <span className="data-hint">or drop a .csv here</span>
      </div>
      <CsvColumnDialog />
    </div>
  );
}
