/**
 * The entry point and composition root: applies the stored theme, starts the lab worker and
 * connects it to the store, renders the page, and opens the default preset.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { labStore } from '../store';
import { createLabClient } from '../worker/client';
import { App } from './App';
import { connectWorker } from './connectWorker';
import { DEFAULT_PRESET, loadPreset } from './presets';
import { applyStoredTheme } from './theme';
import './styles.css';

applyStoredTheme();

const client = createLabClient({
  onCrash: (message) => labStore.getState().simulationFailed(`The lab worker crashed (${message}) and was restarted.`),
});
connectWorker(labStore, client);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App initialPreset={DEFAULT_PRESET.file} />
  </StrictMode>,
);

void loadPreset(labStore, DEFAULT_PRESET);
