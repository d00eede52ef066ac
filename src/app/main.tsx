/**
 * The entry point and composition root: applies the stored theme, starts the lab's workers
 * (one per lane of work, `worker/client.ts`) and connects them to the store: simulation with
 * its progress, analysis, training, the teaching views and the studies (comparisons and study
 * runs go to the page's worker pool), and Cancel. A worker that dies, loudly or silently, is restarted by the client; here
 * the lab says so and recovers: a lost simulation or analysis is run again, a lost training
 * run is reset with a message (Play starts a new one). Then it renders the page, exposes the
 * read-only test handle, and opens the first experiment (`openLab.ts`).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { labStore } from '../store';
import { attachExportApi } from '../ui/export/exportApi';
import { attachCsvApi } from '../ui/files/csvDraft';
import { createLabClient } from '../worker/client';
import { App } from './App';
import { connectAnalysis } from './connectAnalysis';
import { connectStudy } from './connectStudy';
import { connectTraining } from './connectTraining';
import { connectWorker } from './connectWorker';
import { openLab } from './openLab';
import { createStudyApi } from './studyApi';
import { createTeachingApi } from './teachingApi';
import { DEFAULT_PRESET } from '../store/presets';
import { testHandle } from './testHandle';
import { applyStoredTheme } from './theme';
import './styles.css';

applyStoredTheme();

const client = createLabClient({
  onCrash: (message, lane) => {
    if (lane === 'simulate') simulation.resimulate(`The computation worker stopped (${message.replace(/\.$/, '')}) and was restarted; the simulation was run again.`);
    else if (lane === 'analyze') analysis.reanalyze();
    else if (lane === 'training') labStore.getState().trainingCrashed(`The training worker stopped (${message.replace(/\.$/, '')}) and was restarted; the run was lost. Press Play to start again.`);
  },
  onProgress: (progress, lane) => {
    if (lane === 'simulate') labStore.getState().simulationProgressed(progress);
    else if (lane === 'analyze') labStore.getState().analysisProgressed(progress);
  },
});
const simulation = connectWorker(labStore, client);
connectTraining(labStore, client);
attachExportApi(client);
attachCsvApi(client);
const analysis = connectAnalysis(labStore, client);
labStore.getState().attachComputationCanceller(() => {
  client.cancel('simulate');
  client.cancel('analyze');
});
labStore.getState().attachTeachingApi(createTeachingApi(client));
connectStudy(labStore, createStudyApi(client));
window.__qrnnLab = testHandle(labStore);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App initialPreset={DEFAULT_PRESET.file} />
  </StrictMode>,
);

void openLab(labStore);
