/**
 * Reading a contribution table (one column per field, as the worker sends it) for the
 * views: the contributions of one parameter's occurrences in step order, the parameters x
 * steps grid of the heat map, and a lookup by (parameter, gate, step) for the timeline: an
 * angle with a `param` and a `bias` (docs/spec.md §5.1) is two occurrences at one (gate,
 * step), each with its own contribution. Pure functions over typed arrays; no d3 and no DOM,
 * so the UI uses them too.
 */
import type { Angle, GateSpec } from '../model/types';
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
 * Which of an angle's parameters `name` is: slot 0 its `param`, slot 1 its `bias`
 * (docs/spec.md §5.1); `null` when the gate holds no parameter of that name.
 */
export function occurrenceSlot(gate: GateSpec | undefined, name: string | null): 0 | 1 | null {
  const angle: Angle | undefined = gate?.angle;
  if (typeof angle !== 'object' || name === null) return null;
  return angle.param === name ? 0 : angle.bias === name ? 1 : null;
}

/** Where occurrence (slot of `gate`, `step`) sits in a {@link contributionGrid}. */
export const gridIndex = (cellLength: number, gate: number, step: number, slot: 0 | 1) => 2 * (step * cellLength + gate) + slot;

/**
 * Contributions by occurrence, two slots per (gate, step) (see {@link occurrenceSlot}) at
 * {@link gridIndex}; `NaN` where the gate holds no such parameter at that step, the table
 * does not reach it, or the table names a parameter the gate no longer holds (a table from
 * before an edit).
 */
export function contributionGrid(table: ContributionTable | null, cell: readonly GateSpec[], steps: number): Float64Array {
  const grid = new Float64Array(Math.max(0, 2 * cell.length * steps)).fill(NaN);
  if (!table) return grid;
  for (let i = 0; i < table.step.length; i++) {
    const step = table.step[i];
    const gate = table.gate[i];
    if (step >= steps || gate >= cell.length) continue;
    const slot = occurrenceSlot(cell[gate], table.names[table.param[i]] ?? null);
    if (slot !== null) grid[gridIndex(cell.length, gate, step, slot)] = table.contribution[i];
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

/** Only the rows whose name `keep` accepts, in their order. */
export function keepRows(rows: HeatmapRows, keep: (name: string) => boolean): HeatmapRows {
  const kept = rows.names.map((name, i) => [name, i] as const).filter(([name]) => keep(name));
  const values = new Float64Array(kept.length * rows.steps);
  kept.forEach(([, i], r) => values.set(rows.values.subarray(i * rows.steps, (i + 1) * rows.steps), r * rows.steps));
  return { names: kept.map(([name]) => name), steps: rows.steps, values };
}
