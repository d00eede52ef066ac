/**
 * Reading a contribution table (one column per field, as the worker sends it) for the
 * views: the contributions of one parameter's occurrences in step order, the parameters x
 * steps grid of the heat map, and a lookup by (gate, step) for the timeline. Pure functions
 * over typed arrays; no d3 and no DOM, so the UI uses them too.
 */
import type { ContributionTable } from '../worker/protocol';

/** One occurrence with its contribution. */
export interface OccurrenceValue {
  gate: number;
  step: number;
  contribution: number;
}

/** The occurrences of `param`, by step and, within a step, in cell order. */
export function occurrencesOf(table: ContributionTable | null, param: string | null): OccurrenceValue[] {
  if (!table || param === null) return [];
  const id = table.names.indexOf(param);
  if (id < 0) return [];
  const out: OccurrenceValue[] = [];
  for (let i = 0; i < table.param.length; i++) {
    if (table.param[i] === id) out.push({ gate: table.gate[i], step: table.step[i], contribution: table.contribution[i] });
  }
  return out.sort((a, b) => a.step - b.step || a.gate - b.gate);
}

/**
 * Contributions by occurrence: entry `step * cellLength + gate`, `NaN` where the gate binds
 * no parameter at that step (or the table does not reach it).
 */
export function contributionGrid(table: ContributionTable | null, cellLength: number, steps: number): Float64Array {
  const grid = new Float64Array(Math.max(0, cellLength * steps)).fill(NaN);
  if (!table) return grid;
  for (let i = 0; i < table.step.length; i++) {
    const step = table.step[i];
    const gate = table.gate[i];
    if (step < steps && gate < cellLength) grid[step * cellLength + gate] = table.contribution[i];
  }
  return grid;
}

/** The heat map's rows: for each parameter of the table, its contributions summed per step. */
export interface HeatmapRows {
  names: string[];
  steps: number;
  /** `values[row * steps + step]`; `NaN` where the parameter has no occurrence at that step. */
  values: Float64Array;
}

/** Sums each parameter's contributions per step (a parameter bound by two gates has two per step). */
export function heatmapRows(table: ContributionTable | null, steps: number): HeatmapRows {
  const names = table ? [...table.names] : [];
  const values = new Float64Array(names.length * steps).fill(NaN);
  if (!table) return { names, steps, values };
  for (let i = 0; i < table.param.length; i++) {
    const step = table.step[i];
    if (step >= steps) continue;
    const at = table.param[i] * steps + step;
    values[at] = (Number.isNaN(values[at]) ? 0 : values[at]) + table.contribution[i];
  }
  return { names, steps, values };
}
