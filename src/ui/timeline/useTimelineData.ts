/**
 * The data the timeline draws, read from the store: the model, the steps with their inputs,
 * targets and washout (from the analysis, else the simulation), the chosen parameter, its
 * occurrences in order, the contributions by (gate, step) and the colour extent. Recomputed
 * only when one of those store values changes.
 */
import { useMemo } from 'react';
import { contributionExtent, contributionColor } from '../../plots/heatmapScale';
import { contributionGrid } from '../../plots/heatmapData';
import { useLab, type OccurrenceRef } from '../../store';
import { selectAnalysis, selectChosenParam, selectContributions, selectFocusedOccurrence, selectTimelineSteps, selectTimelineZoom } from '../../store/analysisSelectors';
import { selectModel, selectSimulation } from '../../store/selectors';
import type { OccurrenceLook } from './TimelineGate';
import { paramOf } from './TimelineStep';
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
  const cellLength = model?.cell.length ?? 0;
  const grid = useMemo(() => contributionGrid(table, cellLength, steps), [table, cellLength, steps]);

  /** The chosen parameter's occurrences, by step then cell order (from the model, so they exist before any gradient). */
  const chosen = useMemo(() => {
    if (!model || param === null) return [];
    const gates = model.cell.flatMap((g, i) => (paramOf(g) === param ? [i] : []));
    return Array.from({ length: steps }, (_, step) => gates.map((gate) => ({ gate, step }))).flat();
  }, [model, param, steps]);

  const extent = useMemo(() => contributionExtent(chosen.map((o) => grid[o.step * cellLength + o.gate]).filter((v) => !Number.isNaN(v))), [chosen, grid, cellLength]);
  const rovingIndex = Math.max(0, rover ? chosen.findIndex((o) => o.gate === rover.gate && o.step === rover.step) : 0);

  const lookOf = (gate: number, step: number): OccurrenceLook | null => {
    if (!model) return null;
    const spec = model.cell[gate];
    const name = paramOf(spec);
    if (name === null) return null;
    const value = grid[step * cellLength + gate];
    const contribution = Number.isNaN(value) ? null : value;
    const isChosen = name === param;
    const rover = chosen[rovingIndex];
    return {
      label: describeOccurrence(spec, model.dataQubits, step, contribution),
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
    contributionAt: (gate: number, step: number) => grid[step * cellLength + gate],
  };
}
