/**
 * The top bar's file controls: Open file (a file picker for an experiment `.json`, or a CSV,
 * which goes to the column picker), Save file (downloads the experiment), and Saved
 * experiments (the dialog of experiments saved in the browser). A storage problem (full,
 * blocked) shows as a warning mark on Saved experiments, explained inside the dialog.
 */
import { useRef, useState } from 'react';
import { labStore, useLab } from '../../store';
import { openDroppedFiles, saveExperimentFile } from './openFiles';
import { SavedExperimentsDialog } from './SavedExperimentsDialog';
import './files.css';

const OPEN = 'M4 19V6a1 1 0 0 1 1-1h4l2 2h7a1 1 0 0 1 1 1v2M4 19l3-8h14l-3 8H4Z';
const SAVE = 'M12 4v11M7 10l5 5 5-5M5 20h14';
const LIST = 'M5 5h14v15l-7-4-7 4V5Z';

function Icon({ d }: { d: string }) {
  return <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d={d} /></svg>;
}

/** Open file, Save file and Saved experiments. */
export function FileButtons() {
  const input = useRef<HTMLInputElement>(null);
  const [savedOpen, setSavedOpen] = useState(false);
  const hasExperiment = useLab((s) => s.experiment !== null);
  const storageProblem = useLab((s) => s.persistenceMessage !== null);

  return (
    <div className="file-buttons" role="group" aria-label="Files">
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.csv,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (files) void openDroppedFiles(labStore, Array.from(files));
          event.currentTarget.value = '';
        }}
      />
      <button type="button" className="icon-button" aria-label="Open file" title="Open an experiment file (.json) or CSV data" onClick={() => input.current?.click()}>
        <Icon d={OPEN} />
      </button>
      <button type="button" className="icon-button" aria-label="Save file" title="Save the experiment as a file" disabled={!hasExperiment} onClick={() => saveExperimentFile(labStore)}>
        <Icon d={SAVE} />
      </button>
      <button
        type="button"
        className={`icon-button${storageProblem ? ' has-warning' : ''}`}
        aria-label="Saved experiments"
        aria-haspopup="dialog"
        title={storageProblem ? 'Saved experiments (the browser storage has a problem)' : 'Saved experiments'}
        onClick={() => setSavedOpen(true)}
      >
        <Icon d={LIST} />
      </button>
      <SavedExperimentsDialog open={savedOpen} onClose={() => setSavedOpen(false)} />
    </div>
  );
}
