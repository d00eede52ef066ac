/**
 * Whether the data's targets fit a number of outputs (docs/spec.md §5.3: one target per
 * output at every scored step), and when they do not, the fix to offer: Lorenz takes the
 * next components as targets (`"target": ["x", "y"]`), a CSV keeps its first target columns
 * (more are chosen in the Data panel), inline data keep the first targets of each row (they
 * cannot gain any), and a generator with one series (sine, Mackey-Glass, ...) can switch to
 * Lorenz. Pure; the Model and Data panels commit what it proposes with the heads in one edit.
 */
import type { DataSpec, GeneratedData, InlineData } from '../../model/types';

export const LORENZ_COMPONENTS = ['x', 'y', 'z'] as const;
export type LorenzComponent = (typeof LORENZ_COMPONENTS)[number];

/** What `fitTargets` found. */
export type TargetFit =
  | { kind: 'fits' }
  /** The data can follow in the same edit: `data`, described by `label` (a button). */
  | { kind: 'fix'; data: DataSpec; label: string; problem: string }
  /** No fix here: `problem` says why and where to go. */
  | { kind: 'none'; problem: string; dataPanel: boolean };

/** The Lorenz target components: the `target` list, the one `target`, else the input component. */
export function lorenzTargets(data: GeneratedData): LorenzComponent[] {
  const isComponent = (c: unknown): c is LorenzComponent => (LORENZ_COMPONENTS as readonly unknown[]).includes(c);
  if (Array.isArray(data.target)) return data.target.filter(isComponent);
  if (isComponent(data.target)) return [data.target];
  return [isComponent(data.component) ? data.component : 'x'];
}

/** The CSV target columns as written: `targetColumns`, else `[targetColumn]`, else `[column]` (default 0). */
export function csvTargets(data: GeneratedData): (string | number)[] {
  const named = (c: unknown): c is string | number => typeof c === 'string' || typeof c === 'number';
  if (Array.isArray(data.targetColumns)) return data.targetColumns.filter(named);
  if (named(data.targetColumn)) return [data.targetColumn];
  return [named(data.column) ? data.column : 0];
}

/** Targets per step the data give; `null` when unknown (inline data with every target `null`). */
export function targetCount(data: DataSpec): number | null {
  if (data.kind === 'inline') {
    const first = data.targets.find((t) => t !== null);
    return first === undefined ? null : typeof first === 'number' ? 1 : first.length;
  }
  if (data.kind === 'lorenz') return lorenzTargets(data).length;
  if (data.kind === 'csv') return csvTargets(data).length;
  return 1;
}

/** `x`, `x and y`, `x, y and z`. */
export function listWords(items: readonly (string | number)[]): string {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Lorenz `data` with the targets `list` (one written as a string, several as a list). */
export function withLorenzTargets(data: GeneratedData, list: readonly LorenzComponent[]): GeneratedData {
  return { ...data, target: list.length === 1 ? list[0] : [...list] };
}

/** CSV `data` with the target columns `list` (one written as `targetColumn`, several as `targetColumns`). */
export function withCsvTargets(data: GeneratedData, list: readonly (string | number)[]): GeneratedData {
  const { targetColumn: _one, targetColumns: _many, ...rest } = data;
  return list.length === 1 ? { ...rest, kind: 'csv', targetColumn: list[0] } : { ...rest, kind: 'csv', targetColumns: [...list] };
}

/** Inline `data` with each scored row cut to its first `m` targets. */
function cutRows(data: InlineData, m: number): InlineData {
  const targets = data.targets.map((t) => (t === null ? null : typeof t === 'number' ? t : m === 1 ? t[0] : t.slice(0, m)));
  return { ...data, targets };
}

/** The fields of a generator that carry over to another (its windowing and seed). */
const CARRIED = ['window', 'horizon', 'stride', 'split', 'normalize', 'seed'] as const;

/**
 * Lorenz with `m` targets from x, y, z, input x, sampled like the Lorenz preset (every 5th
 * step of 240), so a 12-step window covers a visible stretch of the attractor.
 */
function lorenzFor(data: GeneratedData, m: number): GeneratedData {
  const next: GeneratedData = { kind: 'lorenz', component: 'x', target: m === 1 ? 'x' : LORENZ_COMPONENTS.slice(0, m), length: 240, sampleEvery: 5 };
  for (const key of CARRIED) if (data[key] !== undefined) (next as Record<string, unknown>)[key] = data[key];
  return next;
}

/** What the data are called in a sentence's subject. */
const SUBJECTS: Record<DataSpec['kind'], string> = {
  inline: 'inline sequence', sine: 'sine wave', sequence: 'arithmetic sequence', 'mackey-glass': 'Mackey-Glass series',
  lorenz: 'Lorenz data', 'kuramoto-sivashinsky': 'Kuramoto-Sivashinsky series', csv: 'CSV data',
};

const outputsWord = (m: number) => (m === 1 ? '1 output' : `${m} outputs`);
const targetsWord = (n: number) => (n === 1 ? 'one target' : `${n} targets`);

/** Whether `data` fits `m` outputs, and if not, the fix or the reason. */
export function fitTargets(data: DataSpec, m: number): TargetFit {
  const n = targetCount(data);
  if (n === null || n === m) return { kind: 'fits' };
  const problem = `The ${SUBJECTS[data.kind]} gives ${targetsWord(n)} per step; ${outputsWord(m)} need ${targetsWord(m)}.`;
  if (data.kind === 'lorenz') {
    if (m > LORENZ_COMPONENTS.length) return { kind: 'none', problem: `${problem} Lorenz has three components (x, y, z), so at most 3 outputs.`, dataPanel: false };
    const list = lorenzTargets(data);
    const next = m < list.length ? list.slice(0, m) : [...list, ...LORENZ_COMPONENTS.filter((c) => !list.includes(c))].slice(0, m);
    return { kind: 'fix', data: withLorenzTargets(data, next), label: `Predict ${listWords(next)}`, problem };
  }
  if (data.kind === 'csv') {
    const list = csvTargets(data);
    if (m < list.length) return { kind: 'fix', data: withCsvTargets(data, list.slice(0, m)), label: `Keep target column${m === 1 ? '' : 's'} ${listWords(list.slice(0, m))}`, problem };
    return { kind: 'none', problem: `${problem} Choose ${m} target columns in the Data panel.`, dataPanel: true };
  }
  if (data.kind === 'inline') {
    if (m < n) return { kind: 'fix', data: cutRows(data, m), label: `Keep the first ${m === 1 ? 'target' : `${m} targets`} of each step`, problem };
    return { kind: 'none', problem: `${problem} Inline data keep their rows: open a file whose targets hold ${m} numbers per step.`, dataPanel: false };
  }
  if (m > LORENZ_COMPONENTS.length) return { kind: 'none', problem: `${problem} Several outputs need several target series: a CSV with ${m} target columns, or inline data.`, dataPanel: false };
  return { kind: 'fix', data: lorenzFor(data, m), label: `Switch to Lorenz, predicting ${listWords(LORENZ_COMPONENTS.slice(0, m))}`, problem: `${problem} Several outputs need several target series, such as the Lorenz components or a CSV's columns.` };
}
