/**
 * The entry point and composition root: applies the stored theme, starts the lab worker and
 * connects it to the store (simulation and training; a crashed worker resets training and
 * says so; the teaching views, whose comparisons get a worker of their own), renders the page, exposes the read-only test handle, and opens the first
 * experiment (a link, the autosaved one or the default preset; `openLab.ts`).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { labStore } from '../store';
import { attachExportApi } from '../ui/export/exportApi';
import { attachCsvApi } from '../ui/files/csvDraft';
import { createLabClient } from '../worker/client';
import { App } from './App';
import { connectAnalysis } from './connectAnalysis';
import { connectTraining } from './connectTraining';
import { connectWorker } from './connectWorker';
import { openLab } from './openLab';
import { createTeachingApi } from './teachingApi';
import { DEFAULT_PRESET } from '../store/presets';
import { testHandle } from './testHandle';
import { applyStoredTheme } from './theme';
import './styles.css';

applyStoredTheme();

const client = createLabClient({
  onCrash: (message) => {
    labStore.getState().simulationFailed(`The lab worker crashed (${message}) and was restarted.`);
    labStore.getState().trainingCrashed();
  },
});
connectWorker(labStore, client);
connectTraining(labStore, client);
attachExportApi(client);
attachCsvApi(client);
connectAnalysis(labStore, client);
labStore.getState().attachTeachingApi(createTeachingApi(client, () => createLabClient()));
window.__qrnnLab = testHandle(labStore);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App initialPreset={DEFAULT_PRESET.file} />
  </StrictMode>,
);

void openLab(labStore);
