/**
 * Named selectors for the timeline, the gradient plots and the hidden-register view. While a
 * training run is running, contributions and the gradient come from its latest report (the
 * batch average of the file's gradient method); otherwise from the worker's exact analysis
 * of one sequence. Each returns a value already in the state, or a primitive, so it is safe
 * for `useLab` without `useShallow`.
 */
import { isQlstmExperiment } from '../model/types';
import type { AnalysisSuccess, ContributionTable } from '../worker/protocol';
import type { LabState } from './types';

/** Where the contributions on screen come from. */
export type ContributionSource = 'training' | 'analysis';

export const selectAnalysis = (s: LabState): AnalysisSuccess | null => s.analysis;
export const selectAnalysisError = (s: LabState) => s.analysisError;
export const selectChosenStep = (s: LabState) => s.chosenStep;
export const selectFocusedOccurrence = (s: LabState) => s.focusedOccurrence;
export const selectTimelineZoom = (s: LabState) => s.timelineZoom;

/** Whether the live training report feeds the views (a run is running and has reported). */
export const selectIsLive = (s: LabState): boolean =>
  s.trainingStatus === 'running' && s.trainingReport !== null && s.trainingReport.occurrences.names.length > 0;

export const selectContributionSource = (s: LabState): ContributionSource | null =>
  selectIsLive(s) ? 'training' : s.analysis ? 'analysis' : null;

/** The contributions to show: the live report's or the analysis'. */
export const selectContributions = (s: LabState): ContributionTable | null =>
  selectIsLive(s) ? (s.trainingReport?.occurrences ?? null) : (s.analysis?.occurrences ?? null);

/** The gradient that goes with {@link selectContributions}. */
export const selectGradient = (s: LabState): Record<string, number> | null =>
  selectIsLive(s) ? (s.trainingReport?.gradient ?? null) : (s.analysis?.gradient ?? null);

/** The chosen parameter if it still exists, else the first circuit parameter, else the first parameter. */
export const selectChosenParam = (s: LabState): string | null => {
  const params = s.experiment?.params;
  if (!params) return null;
  if (s.chosenParam !== null && s.chosenParam in params) return s.chosenParam;
  const table = selectContributions(s);
  // A QLSTM's first angle is often idle at first (the forget gate's, with c_{-1} = 0): its default is the angle with the largest gradient.
  if (s.experiment && isQlstmExperiment(s.experiment) && table) {
    const gradient = selectGradient(s);
    let best: string | null = null;
    for (const name of table.names) if (name in params && (best === null || Math.abs(gradient?.[name] ?? 0) > Math.abs(gradient?.[best] ?? 0))) best = name;
    if (best !== null) return best;
  }
  const first = table?.names.find((n) => n in params);
  return first ?? Object.keys(params)[0] ?? null;
};

/** Steps of the sequence on the timeline: the analysis', else the simulation's. */
export const selectTimelineSteps = (s: LabState): number =>
  s.analysis?.steps ?? (s.simulationReply?.ok ? s.simulationReply.result.outputs.length : 0);
