/**
 * The occurrence an "Explain this occurrence" button acts on: the one under the pointer or
 * keyboard focus; once the pointer has left it (to reach the button), the last one picked;
 * before any is picked, the chosen parameter's first occurrence. `null` when the experiment
 * has no occurrence at all.
 */
import { useState } from 'react';
import type { Model } from '../../model/types';
import { useLab, type OccurrenceRef } from '../../store';
import { selectChosenParam, selectFocusedOccurrence, selectTimelineSteps } from '../../store/analysisSelectors';
import { selectModel } from '../../store/selectors';
import { angleNames } from '../editor/params';

/** Whether gate `gate` holds a parameter (its `param`, or a bias, docs/spec.md §5.1). */
const bindsParam = (model: Model, gate: number) => angleNames(model.cell[gate]?.angle).length > 0;

/** Whether `at` is an occurrence of `model` over `steps` steps. */
const isOccurrence = (model: Model, steps: number, at: OccurrenceRef) => at.step >= 0 && at.step < steps && bindsParam(model, at.gate);

/** The target and the parameter's first occurrence fallback. */
export function useExplainTarget(): OccurrenceRef | null {
  const model = useLab(selectModel);
  const steps = useLab(selectTimelineSteps);
  const focused = useLab(selectFocusedOccurrence);
  const param = useLab(selectChosenParam);
  const [last, setLast] = useState<OccurrenceRef | null>(null);
  if (focused !== null && focused !== last) setLast(focused);
  if (!model || steps === 0) return null;
  const picked = focused ?? last;
  if (picked && isOccurrence(model, steps, picked)) return picked;
  const first = param === null ? -1 : model.cell.findIndex((g) => angleNames(g.angle).includes(param));
  return first >= 0 ? { gate: first, step: 0 } : null;
}
