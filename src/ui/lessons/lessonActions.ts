/**
 * What a lesson's buttons do to the lab, through the same store actions as the page's own
 * controls: load a preset, choose a parameter, open Explain on an occurrence (and, for a
 * QLSTM, measure its bias under shots), open and run the method comparison, Step or Reset the training run, open a tab of the Gradients card
 * (whose tab state is the card's own, so the tab is clicked). Each returns `null`, or a
 * sentence saying why it could not act on the experiment on screen.
 */
import { loadPreset, PRESETS } from '../../store/presets';
import type { LabStore } from '../../store';
import type { GradientTab, LessonAction } from './lessonTypes';
import { gateOfParam } from './measures';

/** The Gradients card's tab labels, by id. */
const TAB_LABELS: Readonly<Record<GradientTab, string>> = { bars: 'Occurrences', heatmap: 'Heat map', memory: 'Memory' };

/** The button's text. */
export function actionLabel(action: LessonAction): string {
  switch (action.kind) {
    case 'load-preset': return `Load ${action.file}`;
    case 'choose-param': return `Choose ${action.param} in the timeline`;
    case 'explain': return `Explain ${action.param} at step ${action.step}`;
    case 'compare': return `Compare methods for dL/d${action.param}`;
    case 'train-step': return 'Step one epoch';
    case 'train-reset': return 'Reset training';
    case 'show-tab': return `Show the ${TAB_LABELS[action.tab]} tab`;
    case 'measure-bias': return `Measure the bias at ${action.shots} shots`;
  }
}

/** Brings a card into view by its heading's id, without stealing focus. */
function reveal(id: string): void {
  // The whole card, not its heading: scrolled to the heading alone, the occurrences it lights stayed below the fold.
  const heading = document.getElementById(id);
  (heading?.closest('section') ?? heading)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/** Runs `action` on `store`; resolves to `null`, or why it did nothing. */
export async function runAction(store: LabStore, action: LessonAction): Promise<string | null> {
  const state = store.getState();
  if (action.kind === 'load-preset') {
    const preset = PRESETS.find((p) => p.file === action.file);
    if (!preset) return `There is no preset ${action.file}.`;
    return (await loadPreset(store, preset)) === 'failed' ? `${action.file} could not be loaded (see the message at the top).` : null;
  }
  if (action.kind === 'train-step') {
    if (!['idle', 'paused', 'error'].includes(state.trainingStatus)) return `Step needs a paused run; the run is ${state.trainingStatus}.`;
    reveal('training-panel-heading');
    await state.stepTraining();
    return null;
  }
  if (action.kind === 'train-reset') {
    await state.resetTraining();
    return null;
  }
  if (action.kind === 'show-tab') {
    const tab = document.getElementById(`gradients-tab-${action.tab}`);
    if (!tab) return 'The Gradients card is not on the page.';
    tab.click();
    reveal('gradients-heading');
    return null;
  }
  const gate = gateOfParam(state, action.param);
  if (gate < 0) return `The experiment on screen has no gate with the parameter ${action.param}: load the lesson’s preset first.`;
  state.chooseParam(action.param);
  if (action.kind === 'choose-param') {
    reveal('timeline-heading');
    return null;
  }
  if (action.kind === 'explain' || action.kind === 'measure-bias') {
    state.focusOccurrence({ gate, step: action.step });
    await state.openExplain({ gate, step: action.step });
    if (action.kind === 'measure-bias') {
      store.getState().setBiasSettings({ shots: action.shots, seeds: action.seeds });
      await store.getState().measureBias();
    }
    return null;
  }
  state.openCompare();
  await store.getState().runCompare();
  return null;
}
