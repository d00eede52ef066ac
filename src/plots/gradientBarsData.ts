/**
 * The gradient bars' data from the lab state: the chosen parameter's occurrences with their
 * sentences, the total from the same source, the head's part (what the total holds beyond
 * the occurrences) and, when the contributions are the exact analysis, the adjoint total as
 * the reference mark. Live training reports have no reference: their total is the batch's.
 */
import type { LabState } from '../store';
import { selectChosenParam, selectContributions, selectContributionSource, selectFocusedOccurrence, selectGradient } from '../store/analysisSelectors';
import { describeOccurrence } from '../text/occurrence';
import type { GradientBarsData } from './gradientBarsLayout';
import { occurrencesOf } from './heatmapData';
import { selectQlstm, selectQrnn } from '../store/selectors';
import { describeQlstmOccurrence } from '../text/qlstm';

/** Below this share of the total, a difference between the total and the occurrences' sum is rounding, not the head. */
const HEAD_TOLERANCE = 1e-9;

/** Builds the chart's data from `state`. */
export function gradientBarsData(state: LabState): GradientBarsData {
  const param = selectChosenParam(state);
  const model = selectQrnn(state)?.model;
  const qlstm = selectQlstm(state);
  const gradient = selectGradient(state);
  if (param === null || (!model && !qlstm)) return { param: null, bars: [], total: null, headPart: 0, reference: null };
  const occurrences = occurrencesOf(selectContributions(state), param);
  // A QLSTM's occurrence is its parameter at one step (its `gate` is the parameter's slot).
  const bars = model
    ? occurrences.filter((o) => o.gate < model.cell.length).map((o) => ({ ...o, label: describeOccurrence(model.cell[o.gate], model.dataQubits, o.step, o.contribution, param) }))
    : occurrences.map((o) => ({ ...o, label: describeQlstmOccurrence(param, o.step, o.contribution) }));
  const total = gradient?.[param] ?? null;
  const sum = bars.reduce((s, b) => s + b.contribution, 0);
  const rest = total === null ? 0 : total - sum;
  const headPart = Math.abs(rest) > HEAD_TOLERANCE * Math.max(1, Math.abs(total ?? 0)) ? rest : 0;
  const exact = selectContributionSource(state) === 'analysis' ? state.analysis?.gradient[param] : undefined;
  return {
    param,
    bars,
    total,
    headPart,
    reference: exact === undefined ? null : { value: exact, label: 'adjoint' },
    focused: selectFocusedOccurrence(state),
  };
}

/** Whether a state change can change {@link gradientBarsData}. */
export const gradientBarsChanged = (a: LabState, b: LabState) =>
  selectChosenParam(a) !== selectChosenParam(b) || selectContributions(a) !== selectContributions(b)
  || selectGradient(a) !== selectGradient(b) || a.focusedOccurrence !== b.focusedOccurrence || a.experiment !== b.experiment;
