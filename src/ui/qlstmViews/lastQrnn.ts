/**
 * The QRNN a QLSTM switches back to: the newest entry of the undo history, at or before the
 * current one, that holds a QRNN (the one the switch came from, when it did); else the
 * default preset's cell (a QLSTM opened first never had one).
 */
import { parseAnyExperimentText } from '../../model/parse';
import { isQlstmExperiment, type Experiment } from '../../model/types';
import type { LabState } from '../../store';
import { revisionText } from '../../store/historySlice';
import { DEFAULT_PRESET, fetchPresetText } from '../../store/presets';

/** The document's last QRNN from the history, or `null`. */
export function historyQrnn(state: LabState): Experiment | null {
  for (let i = state.revision; i >= 0; i--) {
    const entry = state.revisions[i];
    if (!entry) continue;
    const parsed = parseAnyExperimentText(revisionText(entry));
    if (parsed.ok && !isQlstmExperiment(parsed.experiment)) return parsed.experiment;
  }
  return null;
}

/** The QRNN to switch back to: the history's, or the default preset's. */
export async function qrnnToRestore(state: LabState): Promise<Experiment> {
  const kept = historyQrnn(state);
  if (kept) return kept;
  const parsed = parseAnyExperimentText(await fetchPresetText(DEFAULT_PRESET.file));
  if (!parsed.ok || isQlstmExperiment(parsed.experiment)) throw new Error(`the default preset ${DEFAULT_PRESET.file} did not load`);
  return parsed.experiment;
}
