/**
 * What each output predicts, when the data say (docs/spec.md §5.3): the Lorenz target
 * components (`"target": ["y", "z"]` gives `y`, `z`) or the CSV target columns (by header
 * name, or `column 2` for an index). `null` when the data name no targets (one series, inline
 * rows) or name fewer than `m`. The outputs chart calls them `ŷ (y)`, the Model panel adds
 * them to each head's formula.
 */
import type { DataSpec } from '../model/types';

function named(list: unknown): string[] | null {
  if (!Array.isArray(list)) return null;
  const names = list.map((c) => (typeof c === 'string' ? c : typeof c === 'number' ? `column ${c}` : null));
  return names.every((n): n is string => n !== null) ? names : null;
}

/** The targets' names, one per output, or `null`. */
export function targetNames(data: DataSpec, m: number): string[] | null {
  const list = data.kind === 'lorenz' ? named(Array.isArray(data.target) ? data.target : [data.target ?? data.component ?? 'x'])
    : data.kind === 'csv' ? named(Array.isArray(data.targetColumns) ? data.targetColumns : [data.targetColumn ?? data.column ?? 0])
    : null;
  return list !== null && list.length === m ? list : null;
}

/** The outputs chart's names: `ŷ (y)`, `ŷ (z)`; `undefined` for one output or unnamed targets (the chart numbers them). */
export function outputLegendNames(data: DataSpec, m: number): string[] | undefined {
  const names = m > 1 ? targetNames(data, m) : null;
  return names ? names.map((n) => `ŷ (${n})`) : undefined;
}
