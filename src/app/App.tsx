/**
 * The page layout, after TensorFlow Playground's rule that the controls, the model and the
 * loss share one screen: top bar; the "Cell" panel on the left; in the centre the cell
 * diagram, then the outputs and loss charts side by side, then the unrolled timeline and the
 * gradient plots beside the (collapsible, loaded on demand) hidden-register view; on the
 * right the training run (buttons and counters, always in sight) above the settings, data
 * and model. On a tablet the run becomes a strip under the top bar; on a phone a tab bar
 * chooses between the cell, the training settings and the plots, with the run strip kept
 * on every tab (styles.css). The Studies view opens over it all, loaded on demand. Holds only view state that no other part needs (the theme, the
 * phone tab); everything else is in the store.
 */
import { useEffect, useRef, useState } from 'react';
import { BlochCard } from '../bloch/BlochCard';
import { OutputsChart } from '../plots/OutputsChart';
import { labStore, useLab } from '../store';
import { selectCellLocked, selectHiddenPanels } from '../store/classroomSlice';
import { selectModelKind, selectSimulation } from '../store/selectors';
import { QlstmCellView } from '../ui/qlstmViews/QlstmCellView';
import { QlstmCellPanel, QlstmModelPanel } from '../ui/qlstmViews/QlstmPanels';
import { QlstmStatesCard } from '../ui/qlstmViews/QlstmStatesCard';
import { QlstmTimelineCard } from '../ui/qlstmViews/QlstmTimelineCard';
import { CellPanel } from '../ui/CellPanel';
import { ExportMenu } from '../ui/export/ExportMenu';
import { DataSection } from '../ui/files/DataSection';
import { FileButtons } from '../ui/files/FileButtons';
import { usePageDrop } from '../ui/files/usePageDrop';
import { ShareButton } from '../ui/share/ShareButton';
import { KeyboardShortcuts } from '../ui/shortcuts/KeyboardShortcuts';
import { LessonPanel } from '../ui/lessons/LessonPanel';
import { LessonsMenu } from '../ui/lessons/LessonsMenu';
import { CellEditor } from '../ui/editor/CellEditor';
import { HistoryButtons } from '../ui/editor/HistoryButtons';
import { MessageBar } from '../ui/MessageBar';
import { ModelPanel } from '../ui/ModelPanel';
import { PresetPicker } from '../ui/PresetPicker';
import { TrainingRun, TrainingSettingsSection } from '../ui/TrainingPanel';
import { PhoneTabs, type PhoneTab } from '../ui/PhoneTabs';
import { StartHint } from '../ui/StartHint';
import { ExperimentName } from '../ui/ExperimentName';
import { ExperimentAbout } from '../ui/ExperimentAbout';
import { TeachingPanels } from '../ui/explain/TeachingPanels';
import { StudiesButton } from '../ui/study/StudiesButton';
import { StudiesMount } from '../ui/study/StudiesMount';
import { GradientPlotsCard } from '../ui/timeline/GradientPlotsCard';
import { TimelineCard } from '../ui/timeline/TimelineCard';
import { SimulationStatus } from '../ui/SimulationStatus';
import { TrainingAnnouncer } from '../ui/TrainingAnnouncer';
import { ThemeToggle, type Theme } from '../ui/ThemeToggle';
import { LossCard } from './LossCard';
import { loadPreset, presetOfDocument, PRESETS } from '../store/presets';
import { chooseTheme, onSystemThemeChange, storedTheme, systemTheme } from './theme';

/** The lab page. */
export function App({ initialPreset }: { initialPreset: string }) {
  const [theme, setTheme] = useState<Theme>(() => storedTheme() ?? systemTheme());
  const [phoneTab, setPhoneTab] = useState<PhoneTab>('cell');
  const documentId = useLab((s) => s.documentId);
  const experimentText = useLab((s) => s.experimentText);
  const preset = presetOfDocument(labStore, documentId, experimentText) ?? (documentId === 0 ? initialPreset : '');
  const hidden = useLab(selectHiddenPanels);
  const locked = useLab(selectCellLocked);
  const root = useRef<HTMLDivElement>(null);
  usePageDrop(root);
  const computedIn = useLab((s) => selectSimulation(s)?.computedIn ?? null);
  // A QLSTM (docs/spec.md §7) has no cell of gates: its own views take the cell's places.
  const qlstm = useLab(selectModelKind) === 'qlstm';

  useEffect(() => onSystemThemeChange((system) => setTheme(storedTheme() ?? system)), []);

  const toggleTheme = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    chooseTheme(next);
    setTheme(next);
  };
  const selectPreset = (file: string) => {
    const option = PRESETS.find((p) => p.file === file);
    if (option) void loadPreset(labStore, option);
  };

  return (
    <div className="lab" ref={root} data-hide={hidden.length > 0 ? hidden.join(' ') : undefined} data-lock={locked ? 'cell' : undefined} data-phone-tab={phoneTab}>
      <a className="skip-link" href="#cell-editor">Skip to the cell editor</a>
      <a className="skip-link" href="#training-run">Skip to the training controls</a>
      <header className="topbar">
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9" />
            <path d="M12 3v18M3 12h18" />
          </svg>
          <span className="brand-name">QRNN Lab</span>
        </div>
        <ExperimentName />
        <SimulationStatus />
        <HistoryButtons />
        <ShareButton />
        <FileButtons />
        <ExportMenu />
        <LessonsMenu />
        <StudiesButton />
        <PresetPicker presets={PRESETS} selected={preset} onSelect={selectPreset} />
        <KeyboardShortcuts />
        <ThemeToggle theme={theme} onToggle={toggleTheme} />
      </header>
      <MessageBar />
      <TrainingAnnouncer />
      <aside className="panel panel--left" aria-labelledby="cell-panel-heading" data-panel="palette" data-phone="cell" inert={locked}>
        <h2 id="cell-panel-heading">{qlstm ? 'QLSTM' : 'Cell'}</h2>
        {qlstm ? <QlstmCellPanel /> : <CellPanel />}
      </aside>
      <aside className="panel panel--run" id="training-run" tabIndex={-1} aria-labelledby="training-panel-heading" data-panel="training">
        <h2 id="training-panel-heading">Training</h2>
        <TrainingRun />
      </aside>
      <PhoneTabs tab={phoneTab} onChoose={setPhoneTab} />
      <main className="workspace">
        <StartHint />
        <section className="card card--diagram" id="cell-editor" tabIndex={-1} aria-labelledby="diagram-heading" data-phone="cell">
          <header className="card-header">
            <h2 id="diagram-heading">{qlstm ? 'One step of the QLSTM' : 'One step of the cell'}</h2>
            <p className="card-note">{qlstm ? 'Six circuits inside an LSTM cell, the same at every step t; open one to see its gates.' : 'The same cell, with the same parameters, runs at every step t.'}</p>
            {locked && <p className="lock-note">Locked by the link: the cell can be studied, not edited.</p>}
          </header>
          {qlstm ? <QlstmCellView /> : (
            <div className="lock-scope" inert={locked}>
              <CellEditor />
            </div>
          )}
          {/* After the editor, so the skip link's next Tab still lands on the cell editor. */}
          <ExperimentAbout />
        </section>
        <div className="chart-row" data-panel="plots" data-phone="plots">
          <section className="card card--chart" aria-labelledby="chart-heading" data-computed-by={computedIn ?? undefined}>
            <header className="card-header">
              <h2 id="chart-heading">Outputs per step</h2>
              <p className="card-note">First window; live while training.</p>
            </header>
            <div className="chart-frame">
              <OutputsChart />
            </div>
          </section>
          <LossCard />
        </div>
        <div className="timeline-slot" data-phone="cell">
          {qlstm ? <QlstmTimelineCard /> : <TimelineCard />}
        </div>
        <div className="analysis-row" data-phone="plots">
          <GradientPlotsCard />
          {qlstm ? <QlstmStatesCard /> : <BlochCard />}
        </div>
      </main>
      <aside className="panel panel--right" aria-label="Training settings, data and model" data-phone="training">
        <TrainingSettingsSection />
        <section className="panel-block" aria-labelledby="data-panel-heading" data-panel="data">
          <h2 id="data-panel-heading">Data</h2>
          <DataSection />
        </section>
        <section className="panel-block" aria-labelledby="model-panel-heading">
          <h2 id="model-panel-heading">Model</h2>
          {qlstm ? <QlstmModelPanel /> : <ModelPanel />}
        </section>
      </aside>
      <LessonPanel />
      <TeachingPanels />
      <StudiesMount />
    </div>
  );
}
