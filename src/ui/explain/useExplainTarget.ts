/**
 * The occurrence an "Explain this occurrence" button acts on: the one under the pointer or
 * keyboard focus; once the pointer has left it (to reach the button), the last one picked;
 * before any is picked, the chosen parameter's first occurrence. `null` when the experiment
 * has no occurrence at all. For a QLSTM an occurrence is its parameter's slot (`gate`, the
 * index in `qlstmParamNames`, as the page's QLSTM views focus it) at a step; the teaching
 * slice's `openExplain` reads it back as circuit, layer, qubit and angle.
 */
import { useState } from 'react';
import { qlstmParamNames, type Model, type QlstmModel } from '../../model/types';
import { useLab, type OccurrenceRef } from '../../store';
import { selectChosenParam, selectContributions, selectFocusedOccurrence, selectTimelineSteps } from '../../store/analysisSelectors';
import { occurrencesOf } from '../../plots/heatmapData';
import { selectModel, selectQlstm } from '../../store/selectors';
import { angleNames } from '../editor/params';

/** Whether gate `gate` holds a parameter (its `param`, or a bias, docs/spec.md §5.1). */
const bindsParam = (model: Model, gate: number) => angleNames(model.cell[gate]?.angle).length > 0;

/** Whether `at` is an occurrence of `model` over `steps` steps. */
const isOccurrence = (model: Model, steps: number, at: OccurrenceRef) => at.step >= 0 && at.step < steps && bindsParam(model, at.gate);

/** Whether `at` is a QLSTM occurrence: a circuit angle's slot at a step of the window. */
const isQlstmOccurrence = (model: QlstmModel, steps: number, at: OccurrenceRef) => at.step >= 0 && at.step < steps && at.gate >= 0 && at.gate < qlstmParamNames(model).length;

/** The target and the parameter's first occurrence fallback. */
export function useExplainTarget(): OccurrenceRef | null {
  const model = useLab(selectModel);
  const qlstm = useLab(selectQlstm)?.model ?? null;
  const steps = useLab(selectTimelineSteps);
  const focused = useLab(selectFocusedOccurrence);
  const param = useLab(selectChosenParam);
  const table = useLab(selectContributions);
  const [last, setLast] = useState<OccurrenceRef | null>(null);
  if (focused !== null && focused !== last) setLast(focused);
  if (steps === 0) return null;
  const picked = focused ?? last;
  if (qlstm) {
    // Only an occurrence of the chosen parameter: the lit row is that parameter's (choosing another leaves the old pick behind).
    const slot = param === null ? -1 : qlstmParamNames(qlstm).indexOf(param);
    if (picked && picked.gate === slot && isQlstmOccurrence(qlstm, steps, picked)) return picked;
    // Else the parameter's occurrence that pulls hardest (step 0 of a gate circuit is often idle: c_{-1} = 0).
    const strongest = occurrencesOf(table, param).reduce<{ step: number; contribution: number } | null>((best, o) => (best === null || Math.abs(o.contribution) > Math.abs(best.contribution) ? o : best), null);
    return slot >= 0 ? { gate: slot, step: strongest && strongest.step < steps ? strongest.step : 0 } : null;
  }
  if (!model) return null;
  if (picked && isOccurrence(model, steps, picked)) return picked;
  const first = param === null ? -1 : model.cell.findIndex((g) => angleNames(g.angle).includes(param));
  return first >= 0 ? { gate: first, step: 0 } : null;
}
