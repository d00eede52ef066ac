/**
 * The data the timeline draws, read from the store: the model, the steps with their inputs,
 * targets and washout (from the analysis, else the simulation), the chosen parameter, its
 * occurrences in order, the contributions by (parameter, gate, step) and the colour extent.
 * An angle with a parameter and a bias (docs/spec.md §5.1) is drawn once per step but holds
 * two occurrences: it shows the chosen one's contribution when it holds the chosen
 * parameter, else its `param`'s. Recomputed only when one of those store values changes.
 */
import { useMemo } from 'react';
import { contributionExtent, contributionColor } from '../../plots/heatmapScale';
import { contributionGrid, gridIndex, occurrenceSlot } from '../../plots/heatmapData';
import { useLab, type OccurrenceRef } from '../../store';
import { selectAnalysis, selectChosenParam, selectContributions, selectFocusedOccurrence, selectTimelineSteps, selectTimelineZoom } from '../../store/analysisSelectors';
import { selectModel, selectSimulation } from '../../store/selectors';
import type { OccurrenceLook } from './TimelineGate';
import { angleNames } from '../editor/params';
import { describeOccurrence } from '../../text/occurrence';
import { timelineLayout } from './timelineLayout';

/**
 * Everything the timeline needs to draw one frame. `rover` is the occurrence that last had
 * keyboard focus: the roving tab stop stays there (hover moves the readout, not the tab stop).
 */
export function useTimelineData(rover: OccurrenceRef | null = null) {
  const model = useLab(selectModel);
  const steps = useLab(selectTimelineSteps);
  const zoom = useLab(selectTimelineZoom);
  const table = useLab(selectContributions);
  const param = useLab(selectChosenParam);
  const focused = useLab(selectFocusedOccurrence);
  const analysis = useLab(selectAnalysis);
  const simulation = useLab(selectSimulation);

  const source = analysis ?? simulation;
  const layout = useMemo(() => (model ? timelineLayout(model, steps, zoom) : null), [model, steps, zoom]);
  const cell = model?.cell;
  const cellLength = cell?.length ?? 0;
  const grid = useMemo(() => contributionGrid(table, cell ?? [], steps), [table, cell, steps]);

  /** The parameter gate `gate` shows: the chosen one when it holds it, else its first. */
  const shownParam = (gate: number): string | null => {
    const names = angleNames(cell?.[gate]?.angle);
    return param !== null && names.includes(param) ? param : names[0] ?? null;
  };
  /** The contribution of `name`'s occurrence at (gate, step); `NaN` when there is none (yet). */
  const contributionOf = (name: string | null, gate: number, step: number): number => {
    const slot = occurrenceSlot(cell?.[gate], name);
    return slot === null ? Number.NaN : grid[gridIndex(cellLength, gate, step, slot)];
  };

  /** The chosen parameter's occurrences, by step then cell order (from the model, so they exist before any gradient). */
  const chosen = useMemo(() => {
    if (!cell || param === null) return [];
    const gates = cell.flatMap((g, i) => (angleNames(g.angle).includes(param) ? [i] : []));
    return Array.from({ length: steps }, (_, step) => gates.map((gate) => ({ gate, step }))).flat();
  }, [cell, param, steps]);

  const extent = useMemo(() => contributionExtent(chosen.map((o) => {
    const slot = occurrenceSlot(cell?.[o.gate], param);
    return slot === null ? Number.NaN : grid[gridIndex(cellLength, o.gate, o.step, slot)];
  }).filter((v) => !Number.isNaN(v))), [chosen, grid, cell, cellLength, param]);
  const rovingIndex = Math.max(0, rover ? chosen.findIndex((o) => o.gate === rover.gate && o.step === rover.step) : 0);

  const lookOf = (gate: number, step: number): OccurrenceLook | null => {
    if (!model) return null;
    const spec = model.cell[gate];
    const name = shownParam(gate);
    if (name === null) return null;
    const value = contributionOf(name, gate, step);
    const contribution = Number.isNaN(value) ? null : value;
    const isChosen = name === param;
    const rover = chosen[rovingIndex];
    return {
      label: describeOccurrence(spec, model.dataQubits, step, contribution, name),
      fill: isChosen ? (contribution === null ? 'var(--contribution-zero)' : contributionColor(contribution, extent)) : null,
      negative: isChosen && contribution !== null && contribution < 0,
      tabIndex: isChosen ? (rover && rover.gate === gate && rover.step === step ? 0 : -1) : null,
      focused: focused !== null && focused.gate === gate && focused.step === step,
    };
  };

  return {
    model, layout, param, chosen, extent, focused, lookOf,
    inputs: source?.inputs ?? [],
    targets: source?.targets ?? [],
    washout: source?.washout ?? 0,
    /** The contribution the timeline shows at (gate, step): the chosen parameter's when the gate holds it. */
    contributionAt: (gate: number, step: number) => contributionOf(shownParam(gate), gate, step),
    /** Whether gate `gate` holds the chosen parameter (as its `param` or its `bias`). */
    holdsChosen: (gate: number) => param !== null && angleNames(cell?.[gate]?.angle).includes(param),
    shownParam,
  };
}
